import { type ServerWritableStream } from '@grpc/grpc-js';

/**
 * Writes responses with the backpressure gRPC gives (a slow reader pauses
 * the server, as on a real node, so the emulator never buffers a whole
 * `$all` in memory), and knows when the client went away.
 */
export class ResponseSink<Resp> {
  private gone = false;
  readonly closed: Promise<void>;

  constructor(private readonly call: ServerWritableStream<unknown, Resp>) {
    this.closed = new Promise((resolve) => {
      const end = (): void => {
        this.gone = true;
        resolve();
      };
      call.on('cancelled', end);
      call.on('close', end);
    });
  }

  get cancelled(): boolean {
    return this.gone || this.call.cancelled;
  }

  /** Returns true when it had to wait for the client, so callers re-read shared state. */
  async send(response: Resp): Promise<boolean> {
    if (this.call.write(response)) return false;
    await Promise.race([new Promise((resolve) => this.call.once('drain', resolve)), this.closed]);
    return true;
  }

  end(): void {
    if (!this.cancelled) this.call.end();
  }

  /** grpc-js turns an emitted error into the call's status and trailers (destroy would not send them). */
  fail(error: Error): void {
    if (!this.cancelled) this.call.emit('error', error);
  }
}
