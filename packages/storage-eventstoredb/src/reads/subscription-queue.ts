import { type AllStreamResolvedEvent, type AllStreamSubscription } from '@eventstore/db-client';

export type Next = { readonly event: AllStreamResolvedEvent } | { readonly caughtUp: true } | { readonly ended: true };

/**
 * Turns the client's subscription stream into pulls, keeping its order and
 * its backpressure: past `highWater` waiting events the subscription is
 * paused, so gRPC flow control stops the server. `caughtUp` is reported once
 * every event delivered before it has been pulled.
 */
export class SubscriptionQueue {
  private readonly events: AllStreamResolvedEvent[] = [];
  private head = 0;
  private caughtUp = false;
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly subscription: AllStreamSubscription,
    private readonly highWater = 512,
  ) {
    subscription.on('data', (event: AllStreamResolvedEvent) => {
      this.events.push(event);
      if (this.events.length - this.head >= highWater) subscription.pause();
      this.notify();
    });
    subscription.on('caughtUp', () => this.markCaughtUp());
    subscription.on('error', (error: Error) => {
      this.failure = error;
      this.notify();
    });
    subscription.on('close', () => this.end());
  }

  markCaughtUp(): void {
    this.caughtUp = true;
    this.notify();
  }

  end(): void {
    this.ended = true;
    this.notify();
  }

  async next(): Promise<Next> {
    for (;;) {
      if (this.failure !== undefined) throw this.failure;
      if (this.head < this.events.length) return { event: this.take() };
      if (this.ended) return { ended: true };
      if (this.caughtUp && this.subscription.readableLength === 0) {
        this.caughtUp = false;
        return { caughtUp: true };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private take(): AllStreamResolvedEvent {
    const event = this.events[this.head++] as AllStreamResolvedEvent;
    if (this.head > 1024 && this.head * 2 > this.events.length) {
      this.events.splice(0, this.head);
      this.head = 0;
    }
    if (this.subscription.isPaused() && this.events.length - this.head < this.highWater / 2) this.subscription.resume();
    return event;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
