import { parseCommand, parseGs1Code } from '@fairscan/domain';
import { expect } from 'chai';
import { type SiteDayOptions, describeSiteDay, occurredAtOf, simulateSiteDay } from './index.js';
import { type SimulatedCommand } from './simulated-command.js';

const options: SiteDayOptions = { seed: 20240301, site: 'lil1', date: '2024-03-01', targetScans: 30_000 };
const take = (commands: Iterable<SimulatedCommand>, n: number): SimulatedCommand[] => {
  const taken: SimulatedCommand[] = [];
  for (const command of commands) {
    if (taken.length === n) break;
    taken.push(command);
  }
  return taken;
};
const scansOf = (day: readonly SimulatedCommand[]) =>
  day.flatMap((command) => (command.type === 'RecordScan' ? [command.data] : []));

describe('simulateSiteDay', function () {
  this.timeout(30_000);
  let day: SimulatedCommand[];
  before(() => {
    day = [...simulateSiteDay(options)];
  });

  it('gives the same day, byte for byte, for the same options', () => {
    expect(JSON.stringify(take(simulateSiteDay({ ...options }), 5_000))).to.equal(JSON.stringify(day.slice(0, 5_000)));
    expect(JSON.stringify([...simulateSiteDay(options)])).to.equal(JSON.stringify(day));
  });

  it('starts the day over each time the same iterable is read', () => {
    const iterable = simulateSiteDay(options);
    expect(JSON.stringify(take(iterable, 2_000))).to.equal(JSON.stringify(take(iterable, 2_000)));
  });

  it('gives a different day for a different seed, site or date', () => {
    const first = JSON.stringify(day.slice(0, 5_000));
    expect(JSON.stringify(take(simulateSiteDay({ ...options, seed: 7 }), 5_000))).not.to.equal(first);
    expect(JSON.stringify(take(simulateSiteDay({ ...options, site: 'lyo2' }), 5_000))).not.to.equal(first);
    const otherDay = take(simulateSiteDay({ ...options, date: '2024-03-02' }), 5_000);
    expect(otherDay.every((command) => occurredAtOf(command).startsWith('2024-03-02'))).to.equal(true);
  });

  it('yields commands in occurredAt order', () => {
    const times = day.map((command) => Date.parse(occurredAtOf(command)));
    const backwards = times.findIndex((t, i) => i > 0 && t < (times[i - 1] ?? 0));
    expect(backwards).to.equal(-1);
  });

  it('writes instants as ISO-8601 UTC with milliseconds', () => {
    expect(day.every((command) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(occurredAtOf(command)))).to.equal(true);
  });

  it('produces the target number of scans within 10%, as describeSiteDay announced', () => {
    const scans = scansOf(day).length;
    expect(scans).to.be.within(27_000, 33_000);
    expect(Math.abs(describeSiteDay(options).expectedScans - scans) / scans).to.be.below(0.05);
  });

  it('produces commands the domain accepts, except misreads which fail on their check digit alone', () => {
    const rejected: string[] = [];
    for (const [i, command] of day.entries()) {
      const parsed = parseCommand(command.type, command.data);
      if (parsed.ok) continue;
      const misread = parsed.errors.length === 1 && parsed.errors[0]?.field === 'code' && /check digit/.test(parsed.errors[0].message);
      if (!misread) rejected.push(`command ${i} ${command.type}: ${JSON.stringify(parsed.errors)}`);
    }
    expect(rejected.slice(0, 3)).to.eql([]);
  });

  it('gives GTIN-13s for items and SSCC-18s for pallets and parcels, and a misread share near the rate', () => {
    const scans = scansOf(day);
    const invalid = scans.filter((scan) => !parseGs1Code(scan.code).ok).length;
    expect(invalid / scans.length).to.be.within(0.001, 0.003);
    for (const scan of scans) {
      const pallet = scan.bizStep === 'receiving' && scan.bizLocation.startsWith('dock-in-');
      const parcel = scan.bizStep === 'shipping' || (scan.bizStep === 'packing' && scan.code.length === 18);
      expect(scan.code).to.match(pallet || parcel ? /^\d{18}$/ : /^\d{13}$/);
    }
  });

  it('hits the configured misread rate over a long run', () => {
    const scans = scansOf([...simulateSiteDay({ ...options, invalidCodeRate: 0.02 })]);
    const invalid = scans.filter((scan) => !parseGs1Code(scan.code).ok).length;
    expect(invalid / scans.length).to.be.within(0.017, 0.023);
    expect(scansOf([...simulateSiteDay({ ...options, invalidCodeRate: 0 })]).every((scan) => parseGs1Code(scan.code).ok)).to.equal(true);
  });

  it('names stations as readPoints and bins, docks or stations as bizLocations', () => {
    const inBins = new Set(['storing', 'picking', 'cycle_counting']);
    for (const scan of scansOf(day)) {
      expect(scan.readPoint).to.match(/^(recv|stow|pick|pack|ship|count)-\d{2}$/);
      const where = inBins.has(scan.bizStep) ? /^[A-Z]+-\d{2}-\d{2}$/ : /^((recv|pack)-\d{2}|dock-(in|out)-\d{2})$/;
      expect(scan.bizLocation).to.match(where);
    }
  });

  it('uses the worker count it was given, one fresh pseudonym each', () => {
    const starts = day.filter((command) => command.type === 'StartShift');
    const fixed = [...simulateSiteDay({ ...options, workers: 8, targetScans: undefined })];
    expect(fixed.filter((command) => command.type === 'StartShift')).to.have.lengthOf(8);
    expect(starts).to.have.lengthOf(describeSiteDay(options).workers);
    const operators = starts.map((command) => command.data.operator);
    expect(new Set(operators).size).to.equal(operators.length);
    expect(operators.every((operator) => /^op_[a-z2-7]{16}$/.test(operator))).to.equal(true);
  });

  it('refuses bad options before generating anything, naming the option', () => {
    expect(() => simulateSiteDay({ ...options, date: '2024-02-30' })).to.throw(/"date"/);
    expect(() => describeSiteDay({ ...options, targetScans: -1 })).to.throw(/"targetScans"/);
  });

  it('runs a night shift past midnight that still belongs to its start day', () => {
    const night = [...simulateSiteDay({ ...options, nightShift: true })];
    const last = night.at(-1);
    expect(last && occurredAtOf(last) > '2024-03-02T04:59:00.000Z').to.equal(true);
    for (const command of night) {
      if ('shiftDate' in command.data) expect(command.data.shiftDate).to.equal('2024-03-01');
    }
    expect(describeSiteDay({ ...options, nightShift: true }).shifts.map((shift) => shift.name)).to.eql(['early', 'late', 'night']);
  });

  it('generates 100,000 scans well within the time a CLI can wait', function () {
    this.timeout(60_000);
    const started = process.hrtime.bigint();
    let scans = 0;
    for (const command of simulateSiteDay({ ...options, targetScans: 100_000 })) if (command.type === 'RecordScan') scans++;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`      ${scans} scans in ${seconds.toFixed(2)} s (${Math.round(scans / seconds)} scans/s)`);
    expect(scans).to.be.within(90_000, 110_000);
    expect(seconds).to.be.below(20);
  });
});
