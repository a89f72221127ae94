import { type EventStore, type SnapshotStore } from '@fairscan/event-store';
import { LiveProjection, type LiveProjectionOptions } from './live-projection.js';
import { type LiveView, liveViews } from './live-views.js';
import { yieldingStore } from './yielding-store.js';

export interface LiveProjectionsOptions extends Omit<LiveProjectionOptions, 'onApplied'> {
  /** How often to look for a rebuilt generation; default 1 s. */
  readonly refreshMs?: number;
}

type Listener = (name: string, position: number) => void;

/** Every view serve keeps live, started together; listeners hear which view moved (for server-sent events). */
export class LiveProjections {
  private readonly views = new Map<string, LiveProjection<unknown>>();
  private readonly listeners = new Set<Listener>();
  private timer?: NodeJS.Timeout;
  private refreshing: Promise<void> = Promise.resolve();

  constructor(
    store: EventStore,
    snapshots: SnapshotStore,
    private readonly options: LiveProjectionsOptions = {},
    views: readonly LiveView[] = liveViews,
  ) {
    const onApplied: Listener = (name, position) => {
      for (const listener of this.listeners) listener(name, position);
    };
    const reading = yieldingStore(store);
    for (const { projection } of views) this.views.set(projection.name, new LiveProjection(reading, snapshots, projection, { ...options, onApplied }));
  }

  async start(): Promise<void> {
    for (const view of this.views.values()) await view.start();
    this.timer = setInterval(() => {
      this.refreshing = this.refreshing.then(() => this.refresh()).catch(() => undefined);
    }, this.options.refreshMs ?? 1000);
    this.timer.unref();
  }

  async refresh(): Promise<void> {
    for (const view of this.views.values()) await view.refresh();
  }

  /** The served state of a view; throws for a name serve does not keep live. */
  view<S>(name: string): LiveProjection<S> {
    const view = this.views.get(name);
    if (view === undefined) throw new Error(`no live view "${name}"`);
    return view as LiveProjection<S>;
  }

  all(): LiveProjection<unknown>[] {
    return [...this.views.values()];
  }

  onApplied(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.refreshing;
    for (const view of this.views.values()) await view.stop();
  }
}
