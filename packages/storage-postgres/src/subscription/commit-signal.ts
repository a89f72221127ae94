import pg from 'pg';
import { CommitNotifier } from '@fairscan/event-store';
import { NOTIFY_CHANNEL } from '../schema/write-transaction.js';

/**
 * Wakes caught-up subscriptions: at once after a commit in this process, on a
 * NOTIFY from another process writing the same schema (LISTEN on one
 * dedicated connection), and every `pollMs` in any case, so a lost
 * connection or notification only delays delivery, never loses it.
 */
export class CommitSignal {
  private readonly notifier = new CommitNotifier();
  private listener: pg.Client | undefined;
  private listening = false;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly schema: string,
  ) {}

  wait(pollMs: number, signal?: AbortSignal): Promise<void> {
    this.listen();
    return this.notifier.wait(signal, pollMs);
  }

  notify(): void {
    this.notifier.notify();
  }

  /** Whether the LISTEN connection is up (polling alone otherwise). */
  get isListening(): boolean {
    return this.listening;
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.closed = true;
    this.listener = undefined;
    this.listening = false;
    this.notify();
    await listener?.end().catch(() => undefined);
  }

  /** Starts LISTEN once; if it fails or the connection drops, the next wait tries again. */
  private listen(): void {
    if (this.listener !== undefined || this.closed) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'fairscan-listen' });
    this.listener = client;
    const drop = (): void => {
      if (this.listener === client) [this.listener, this.listening] = [undefined, false];
      client.end().catch(() => undefined);
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', (message) => {
      if (message.payload === this.schema) this.notify();
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${NOTIFY_CHANNEL}`))
      .then(() => {
        if (this.listener === client) this.listening = true;
      })
      .catch(drop);
  }
}
