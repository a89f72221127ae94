import { type RetentionReport, startRetentionTimer } from '@fairscan/privacy';
import { LiveProjections, liveViews, rebuildProjection, yieldingStore } from '@fairscan/reporting';
import { buildServer, type RetentionState, Sessions } from '@fairscan/reporting/http';
import { HandlerScanIngest } from '@fairscan/event-store';
import { DeviceDirectory, drainAndClose, scanRoutes } from '@fairscan/scanner-http';
import { type Fairscan } from '../container/build-container.js';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  /** How often the retention schedule runs inside serve; default hourly. */
  readonly retentionEveryMs?: number;
  readonly logger?: boolean;
  readonly onRetention?: (line: string) => void;
}

export interface Serving {
  readonly app: Awaited<ReturnType<typeof buildServer>>;
  readonly live: LiveProjections;
  readonly url: string;
  close(): Promise<void>;
}

/** What the privacy panel shows of the schedule: when it runs next and what the last run did. */
function retentionTracker(everyMs: number, clock: () => Date) {
  let state: RetentionState = { everyMs, nextRunAt: clock().toISOString() };
  const ran = (report?: RetentionReport, error?: unknown): void => {
    const at = clock();
    state = {
      everyMs,
      nextRunAt: new Date(at.getTime() + everyMs).toISOString(),
      lastRun: { at: at.toISOString(), ...(report ? { report } : {}), ...(error === undefined ? {} : { error: String(error) }) },
    };
  };
  return { read: () => state, ran };
}

/**
 * `fairscan serve`: the live projections (async, resumed from their snapshots),
 * the retention schedule (CNIL-RET-31 enforced without cron), and the HTTP API
 * with the dashboard. Closing stops them in reverse order and saves every
 * projection's snapshot.
 */
export async function startServe(fairscan: Fairscan, options: ServeOptions): Promise<Serving> {
  const { store, config } = fairscan;
  const clock = () => new Date();
  const live = new LiveProjections(store, fairscan.snapshots());
  await live.start();
  // Views folded from streams retention cuts are refolded without the deleted events; serve swaps each in when caught up.
  let rebuilding: Promise<void> = Promise.resolve();
  const rebuildAfterRetention = async (): Promise<void> => {
    for (const view of liveViews.filter((candidate) => candidate.rebuildAfterRetention)) await rebuildProjection(yieldingStore(store), fairscan.snapshots(), view);
  };
  const everyMs = options.retentionEveryMs ?? 3_600_000;
  const tracker = retentionTracker(everyMs, clock);
  const app = await buildServer({ store, site: config.site, live, sessions: new Sessions(), clock, retention: tracker.read }, { logger: options.logger ?? false });
  // Handhelds post scans to the same server the dashboard reads (device tokens from `fairscan device add`).
  await app.register(scanRoutes, { ingest: new HandlerScanIngest(fairscan.handler), devices: new DeviceDirectory(store, config.site) });
  const url = await app.listen({ port: options.port, host: options.host });
  // After listening: a first run can take a while (deletes, then VACUUM), and the API should already answer.
  const retention = startRetentionTimer(store, {
    site: config.site,
    actor: 'schedule:fairscan-serve',
    everyMs,
    clock,
    onRun: (report) => {
      tracker.ran(report);
      if (report.runId === undefined) return;
      options.onRetention?.(`retention run ${report.runId}: proofs written to audit-${config.site}`);
      rebuilding = rebuilding.then(rebuildAfterRetention).catch((error: unknown) => options.onRetention?.(`rebuild after retention failed: ${String(error)}`));
    },
    onError: (error) => {
      tracker.ran(undefined, error);
      options.onRetention?.(`retention run failed, retried next tick: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
  return {
    app,
    live,
    url,
    async close() {
      // Scans in flight finish and are stored before the store closes; idle keep-alive sockets would hold it up.
      await drainAndClose(app);
      await retention.stop();
      await rebuilding;
      await live.stop();
    },
  };
}
