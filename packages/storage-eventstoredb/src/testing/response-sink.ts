import { type ServerWritableStream } from '@grpc/grpc-js';

/**
 * Writes responses with the backpressure gRPC gives (a slow reader pauses
 * the server, as on a real node, so the emulator never buffers a whole
 * `$all` in memory), and knows when the client went away. Waits never race
 * a long-lived "closed" promise: each race would leave a reaction on it for
 * the life of the call, a leak that grows with every pause.
 */
export class ResponseSink<Resp> {
  private gone = false;
  private readonly waiting = new Set<() => void>();

  constructor(private readonly call: ServerWritableStream<unknown, Resp>) {
    const end = (): void => {
      this.gone = true;
      for (const wake of [...this.waiting]) wake();
    };
    call.on('cancelled', end);
    call.on('close', end);
  }

  get cancelled(): boolean {
    return this.gone || this.call.cancelled;
  }

  /** Returns true when it had to wait for the client, so callers re-read shared state. */
  async send(response: Resp): Promise<boolean> {
    if (this.call.write(response)) return false;
    await this.until((wake) => {
      this.call.once('drain', wake);
      return () => this.call.off('drain', wake);
    });
    return true;
  }

  /** Resolves when `subscribe`'s event fires or the client goes away, whichever comes first. */
  until(subscribe: (wake: () => void) => () => void): Promise<void> {
    if (this.cancelled) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        this.waiting.delete(wake);
        unsubscribe();
        resolve();
      };
      const unsubscribe = subscribe(wake);
      this.waiting.add(wake);
    });
  }

  end(): void {
    if (!this.cancelled) this.call.end();
  }

  /** grpc-js turns an emitted error into the call's status and trailers (destroy would not send them). */
  fail(error: Error): void {
    if (!this.cancelled) this.call.emit('error', error);
  }
}
