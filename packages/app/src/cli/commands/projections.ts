import { type Command } from 'commander';
import { findLiveView, liveViewNames, projectionStatus, rebuildProjection } from '@fairscan/reporting';
import { withFairscan } from '../open-fairscan.js';
import { UsageError } from '../usage-error.js';
import { say } from './acting-as.js';

function registerStatus(projections: Command): void {
  projections
    .command('status')
    .description("each live projection's checkpoint against the store: generation, position, events still to apply")
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { format: string }, command: Command) => {
      await withFairscan(command, async (fairscan) => {
        const statuses = await projectionStatus(fairscan.store, fairscan.snapshots());
        if (options.format === 'json') return say(JSON.stringify(statuses, null, 2));
        say(['projection', 'generation', 'checkpoint', 'head', 'behind', 'saved at'].join('\t'));
        for (const s of statuses) say([s.name, s.generation ?? '-', s.checkpoint, s.head, s.behind, s.savedAt ?? 'never'].join('\t'));
      });
    });
}

function registerRebuild(projections: Command): void {
  projections
    .command('rebuild')
    .description('fold a projection from the first event into a new generation; a running serve keeps serving the old one until the new one has caught up')
    .argument('<name>', `one of: ${liveViewNames.join(', ')}`)
    .action(async (name: string, _options: unknown, command: Command) => {
      const view = findLiveView(name);
      if (view === undefined) throw new UsageError(`unknown projection "${name}"; choose one of: ${liveViewNames.join(', ')}`);
      await withFairscan(command, async (fairscan) => {
        const rebuilt = await rebuildProjection(fairscan.store, fairscan.snapshots(), view);
        say(`${rebuilt.name}: generation ${rebuilt.generation} folded ${rebuilt.applied} events up to position ${rebuilt.position} and activated`);
        say('a running fairscan serve starts it beside the served generation and swaps it in once it has caught up');
      });
    });
}

export function registerProjections(program: Command): void {
  const projections = program.command('projections').description('the async projections fairscan serve keeps live: status and rebuild');
  registerStatus(projections);
  registerRebuild(projections);
}
