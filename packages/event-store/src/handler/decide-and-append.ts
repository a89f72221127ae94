import { v7 } from 'uuid';
import { type Decider, type FairscanEvent, type RoutedCommand, routeOf } from '@fairscan/domain';
import { type EventStore } from '../port/event-store.js';
import { WrongExpectedVersionError } from '../port/errors.js';
import { type CommandMeta, envelope } from './envelope.js';
import { type CommandOutcome } from './outcome.js';

export interface DecideContext {
  readonly store: EventStore;
  readonly site: string;
  readonly maxRetries: number;
  readonly now: () => Date;
}

interface Loaded {
  readonly state: unknown;
  readonly version: number;
}

/**
 * The version is read before the events: if the stream was truncated to
 * nothing (retention), the fold is empty but the append must still expect the
 * stream's real version.
 */
async function load(store: EventStore, streamName: string, decider: Decider<RoutedCommand, unknown, FairscanEvent>): Promise<Loaded> {
  let version = await store.streamVersion(streamName);
  let state = decider.initialState();
  for await (const event of store.readStream(streamName)) {
    // Deciders ignore event types they do not know, so any stored event may be folded.
    state = decider.evolve(state, event as unknown as FairscanEvent);
    version = event.streamPosition;
  }
  return { state, version };
}

/** The instant the command says it happened (`occurredAt` or `at`), else now. */
function occurredAtOf(command: RoutedCommand, now: () => Date): string {
  const data = command.data as { occurredAt?: string; at?: string };
  return data.occurredAt ?? data.at ?? now().toISOString();
}

/** Tiny and jittered, so writers that collided do not collide again in lockstep. */
const backoff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 2 ** Math.min(attempt, 5)));

/** Load, fold, decide, append with the loaded version; on a conflict, start over (bounded). */
export async function decideAndAppend(ctx: DecideContext, command: RoutedCommand, meta: CommandMeta): Promise<CommandOutcome> {
  const route = routeOf(command);
  const streamName = route.streamName(command, ctx.site);
  for (let attempt = 0; ; attempt++) {
    const { state, version } = await load(ctx.store, streamName, route.decider);
    const decided = route.decider.decide(command, state);
    if (decided.length === 0) return { duplicate: false, writes: [] };
    const fields = { occurredAt: occurredAtOf(command, ctx.now), recordedAt: ctx.now().toISOString() };
    const events = decided.map((event) => envelope(event, { ...fields, eventId: v7() }, meta));
    try {
      const result = await ctx.store.appendToStream(streamName, events, { expectedVersion: version });
      return { duplicate: false, writes: [{ streamName, events, result }] };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= ctx.maxRetries) throw error;
      await backoff(attempt);
    }
  }
}
