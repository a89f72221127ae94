/**
 * Appends to one stream from this process run one after another: they would
 * conflict on the expected revision anyway, and waiting here costs less than
 * a failed round trip to the server. Other processes still race, and the
 * expected revision settles that.
 */
export class StreamLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(streamName: string, action: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(streamName) ?? Promise.resolve();
    const result = previous.then(action, action);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(streamName, settled);
    void settled.then(() => {
      if (this.tails.get(streamName) === settled) this.tails.delete(streamName);
    });
    return result;
  }
}
