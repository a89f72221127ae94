import { SsccIssuer, buildCatalog } from './codes.js';
import { mergeByTime } from './merge.js';
import { type SiteDayOptions } from './options.js';
import { type SimulatedCommand } from './simulated-command.js';
import { type SiteDayPlan, planSiteDay } from './site-day.js';
import { buildLayout } from './site-layout.js';
import { workerDay } from './worker-day.js';
import { World } from './world.js';

const suppliers = 40;

function openFloor(day: SiteDayPlan): World {
  const { options, root, workforce } = day;
  const itemsPerSupplier = Math.min(2_000, Math.max(10, Math.round(options.targetScans / 2_000)));
  const site = root.fork('site');
  const sitePrefix = `3${site.int(0, 7)}${String(site.int(0, 99_999)).padStart(5, '0')}`;
  return new World(
    buildLayout(workforce.stationCounts, options.bins),
    buildCatalog(root.fork('catalog'), { suppliers, itemsPerSupplier }),
    new SsccIssuer(1, options.date),
    new SsccIssuer(0, options.date),
    sitePrefix,
    day.toStowLimit,
  );
}

function* runSiteDay(day: SiteDayPlan): Generator<SimulatedCommand> {
  const world = openFloor(day);
  const rate = day.options.invalidCodeRate;
  // A misread comes on top of the good scan, so this chance makes misreads `rate` of all scans.
  const misreadChance = rate / (1 - rate);
  const taskIdPrefix = `t${day.options.date.replaceAll('-', '')}`;
  const people = day.workforce.workers.map((worker) =>
    workerDay({ worker, rng: day.root.fork(`worker:${worker.index}`), misreadChance, taskIdPrefix }, world),
  );
  for (const timed of mergeByTime(people)) {
    if (timed.command !== undefined) yield timed.command;
  }
}

/**
 * A seeded, realistic day of a warehouse site as commands, lazily and in
 * time order: shifts and declared breaks, and tasks whose scans move goods
 * from inbound pallets through bins to shipped parcels. The same options
 * give the same sequence, byte for byte; each iteration starts the day over.
 * Throws a RangeError naming the option at fault before anything is generated.
 */
export function simulateSiteDay(options: SiteDayOptions): Iterable<SimulatedCommand> {
  const day = planSiteDay(options);
  return { [Symbol.iterator]: () => runSiteDay(day) };
}
