import { type EventStoreDBClient } from '@eventstore/db-client';
import { type AnyResolvedEvent } from '../event-codec.js';
import { type StreamState, streamStateOf } from '../streams/stream-state.js';

/**
 * `$all` on EventStoreDB returns the events of deleted, truncated and
 * expired streams until a scavenge removes them; the port promises they
 * are gone from every read. One metadata lookup per stream met, cached for
 * the read (bounded, so memory stays flat over millions of streams).
 */
export class Visibility {
  private readonly states = new Map<string, Promise<StreamState>>();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly now: () => number = Date.now,
    private readonly maxStreams = 10_000,
  ) {}

  async isVisible(resolved: AnyResolvedEvent): Promise<boolean> {
    const event = resolved.event;
    if (event === undefined) return false;
    const state = await this.stateOf(event.streamId);
    if (state.deleted || Number(event.revision) < state.truncateBefore) return false;
    return state.maxAge === undefined || this.now() - event.created.getTime() <= state.maxAge * 1000;
  }

  private stateOf(streamName: string): Promise<StreamState> {
    let state = this.states.get(streamName);
    if (state === undefined) {
      if (this.states.size >= this.maxStreams) this.states.clear();
      state = streamStateOf(this.client, streamName);
      this.states.set(streamName, state);
    }
    return state;
  }
}
