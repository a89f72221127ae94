import { parseGs1Code } from '@fairscan/domain';
import { expect } from 'chai';
import { type SiteDayOptions, simulateSiteDay } from './index.js';
import { type ScanData, type SimulatedCommand } from './simulated-command.js';

/** The default day (100,000 scans): what `fairscan demo` and `simulate` produce. */
const options: SiteDayOptions = { seed: 42, site: 'lil1', date: '2024-03-01' };
const minute = 60_000;

interface TaskSeen {
  status: 'created' | 'assigned' | 'started' | 'completed';
  readonly bizStep: string;
  readonly station: string;
  readonly units: number;
  operator?: string;
  validScans: number;
}

type Data<T extends SimulatedCommand['type']> = Extract<SimulatedCommand, { type: T }>['data'];

/** Steps whose every valid scan is a unit of the task (receiving and packing also scan labels). */
const unitPerScan = new Set(['storing', 'picking', 'shipping', 'cycle_counting']);

/** Replays task commands and lists what breaks the create → assign → start → complete lifecycle. */
class TaskReplay {
  readonly problems: string[] = [];
  private readonly tasks = new Map<string, TaskSeen>();

  apply({ type, data }: SimulatedCommand): void {
    if (type === 'CreateTask') this.create(data);
    if (type === 'AssignTask') this.advance(data.taskId, 'created', 'assigned', data.operator);
    if (type === 'StartTask') this.advance(data.taskId, 'assigned', 'started');
    if (type === 'RecordScan') this.scan(data);
    if (type === 'CompleteTask') this.complete(data);
  }

  unfinished(): string[] {
    return [...this.tasks].filter(([, task]) => task.status !== 'completed').map(([id, task]) => `task ${id} left ${task.status}`);
  }

  private create(data: Data<'CreateTask'>): void {
    if (this.tasks.has(data.taskId)) this.problems.push(`task ${data.taskId} created twice`);
    this.tasks.set(data.taskId, { status: 'created', bizStep: data.bizStep, station: data.station, units: data.units, validScans: 0 });
  }

  private advance(taskId: string, from: TaskSeen['status'], to: TaskSeen['status'], operator?: string): TaskSeen | undefined {
    const task = this.tasks.get(taskId);
    if (task?.status !== from) {
      this.problems.push(`task ${taskId}: expected ${from}, was ${task?.status ?? 'unknown'}`);
      return undefined;
    }
    task.status = to;
    if (operator !== undefined) task.operator = operator;
    return task;
  }

  private scan(scan: ScanData): void {
    const task = this.tasks.get(scan.taskId);
    const mismatch =
      task?.status !== 'started' || task.operator !== scan.operator || task.bizStep !== scan.bizStep || task.station !== scan.readPoint;
    if (mismatch) this.problems.push(`scan ${scan.scanId} does not fit task ${scan.taskId}: ${JSON.stringify(task)}`);
    else if (parseGs1Code(scan.code).ok) task.validScans++;
  }

  private complete(data: Data<'CompleteTask'>): void {
    const task = this.advance(data.taskId, 'started', 'completed');
    if (task === undefined) return;
    if (data.unitsDone > task.units) this.problems.push(`task ${data.taskId}: ${data.unitsDone} done of ${task.units}`);
    if (unitPerScan.has(task.bizStep) && data.unitsDone !== task.validScans) {
      this.problems.push(`task ${data.taskId}: ${data.unitsDone} done, ${task.validScans} scanned`);
    }
  }
}

/** Replays shifts and breaks; returns scans outside a shift or inside a break, and broken shift/break sequences. */
function presenceProblems(day: readonly SimulatedCommand[]): string[] {
  const onShift = new Set<string>();
  const ended = new Set<string>();
  const onBreak = new Set<string>();
  const problems: string[] = [];
  const rules: Partial<Record<SimulatedCommand['type'], (op: string) => string | undefined>> = {
    StartShift: (op) => (onShift.has(op) || ended.has(op) ? 'second shift for one pseudonym' : (onShift.add(op), undefined)),
    EndShift: (op) => (!onShift.has(op) || onBreak.has(op) ? 'ends a shift not running, or on break' : (onShift.delete(op), ended.add(op), undefined)),
    StartBreak: (op) => (!onShift.has(op) || onBreak.has(op) ? 'break overlaps a break or is off shift' : (onBreak.add(op), undefined)),
    EndBreak: (op) => (!onBreak.has(op) ? 'ends a break not started' : (onBreak.delete(op), undefined)),
    RecordScan: (op) => (!onShift.has(op) || onBreak.has(op) ? 'scan off shift or on a break' : undefined),
  };
  for (const command of day) {
    const operator = 'operator' in command.data ? command.data.operator : undefined;
    const problem = operator === undefined ? undefined : rules[command.type]?.(operator);
    if (problem) problems.push(`${command.type} by ${operator}: ${problem}`);
  }
  return problems;
}

/** Follows goods: picks from stowed units, packs of picked items, shipping of labelled parcels once. */
function goodsProblems(scans: readonly ScanData[]): string[] {
  const inBins = new Map<string, number>();
  const picked = new Set<string>();
  const labelled = new Set<string>();
  const shipped = new Set<string>();
  const problems: string[] = [];
  const binKey = (scan: ScanData): string => `${scan.bizLocation}|${scan.code}`;
  const steps: Partial<Record<ScanData['bizStep'], (scan: ScanData) => string | undefined>> = {
    storing: (scan) => void inBins.set(binKey(scan), (inBins.get(binKey(scan)) ?? 0) + 1),
    picking: (scan) => {
      const left = inBins.get(binKey(scan)) ?? 0;
      inBins.set(binKey(scan), left - 1);
      picked.add(scan.code);
      return left > 0 ? undefined : `picks ${scan.code} from ${scan.bizLocation}, never stowed there`;
    },
    packing: (scan) => {
      if (scan.code.length === 18) labelled.add(scan.code);
      return scan.code.length === 18 || picked.has(scan.code) ? undefined : `packs unpicked ${scan.code}`;
    },
    shipping: (scan) => {
      const wrong = !labelled.has(scan.code) || shipped.has(scan.code);
      shipped.add(scan.code);
      return wrong ? `ships ${scan.code} unlabelled or twice` : undefined;
    },
  };
  for (const scan of scans) {
    const problem = steps[scan.bizStep]?.(scan);
    if (problem) problems.push(`scan ${scan.scanId}: ${problem}`);
  }
  return problems;
}

/** Per pseudonym, ms from shift start to the first break of 20 minutes or more (or to shift end). */
function timeToQualifyingBreak(day: readonly SimulatedCommand[]): number[] {
  const started = new Map<string, number>();
  const breakFrom = new Map<string, number>();
  const reached = new Map<string, number>();
  const record = (op: string, at: number): void => void (reached.has(op) || reached.set(op, at - (started.get(op) ?? at)));
  for (const { type, data } of day) {
    if (type === 'StartShift') started.set(data.operator, Date.parse(data.at));
    if (type === 'StartBreak') breakFrom.set(data.operator, Date.parse(data.at));
    const from = breakFrom.get('operator' in data ? data.operator : '') ?? 0;
    if (type === 'EndBreak' && Date.parse(data.at) - from >= 20 * minute) record(data.operator, from);
    if (type === 'EndShift') record(data.operator, Date.parse(data.at));
  }
  return [...reached.values()];
}

describe('a simulated site day follows the floor', function () {
  this.timeout(30_000);
  let day: SimulatedCommand[];
  let validScans: ScanData[];
  before(function () {
    day = [...simulateSiteDay(options)];
    validScans = day.flatMap((c) => (c.type === 'RecordScan' && parseGs1Code(c.data.code).ok ? [c.data] : []));
  });

  it('scans only within a started shift, outside breaks, and breaks never overlap', () => {
    expect(presenceProblems(day).slice(0, 3)).to.eql([]);
  });

  it('picks only units stowed in that bin before, packs only picked items, ships labelled parcels once', () => {
    expect(goodsProblems(validScans).slice(0, 3)).to.eql([]);
    const steps = new Set(validScans.map((scan) => scan.bizStep));
    expect([...steps].sort()).to.eql(['cycle_counting', 'packing', 'picking', 'receiving', 'shipping', 'storing']);
  });

  it('groups scans in tasks that are created, assigned, started and completed in order', () => {
    const replay = new TaskReplay();
    for (const command of day) replay.apply(command);
    expect([...replay.problems, ...replay.unfinished()].slice(0, 3)).to.eql([]);
  });

  it('picks at 100-150 units an hour per person on a typical task', () => {
    const started = new Map<string, number>();
    const rates: number[] = [];
    const picking = new Set(day.flatMap((c) => (c.type === 'CreateTask' && c.data.bizStep === 'picking' ? [c.data.taskId] : [])));
    for (const { type, data } of day) {
      if (type === 'StartTask' && picking.has(data.taskId)) started.set(data.taskId, Date.parse(data.at));
      if (type === 'CompleteTask' && picking.has(data.taskId) && data.unitsDone >= 10) {
        rates.push(data.unitsDone / ((Date.parse(data.at) - (started.get(data.taskId) ?? 0)) / 3_600_000));
      }
    }
    const median = rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? 0;
    expect(median).to.be.within(100, 150);
  });

  it('leaves some people past 6 hours without a 20-minute break, and most not', () => {
    const waits = timeToQualifyingBreak(day);
    const overdue = waits.filter((wait) => wait > 6 * 60 * minute).length;
    expect(overdue).to.be.at.least(1);
    expect(overdue / waits.length).to.be.below(0.15);
  });

  it('declares breaks by schedule, badge and the worker, each ended with its source', () => {
    const sources = day.flatMap((c) => (c.type === 'StartBreak' ? [c.data.source] : []));
    expect([...new Set(sources)].sort()).to.eql(['badge', 'schedule', 'worker']);
    const starts = day.filter((c) => c.type === 'StartBreak').length;
    expect(day.filter((c) => c.type === 'EndBreak')).to.have.lengthOf(starts);
  });
});
