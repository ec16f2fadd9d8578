import type { Clock } from './clock';

/** Items per second over the last few seconds (for a steady ETA), and over the whole run (for the report). */
export class RateMeter {
  private readonly started: number;
  private samples: { at: number; done: number }[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly windowMs = 5_000,
  ) {
    this.started = clock.now();
  }

  sample(done: number): number {
    const now = this.clock.now();
    const last = this.samples[this.samples.length - 1];
    // One sample per 100 ms is plenty and keeps the window small at thousands of items a second.
    if (!last || now - last.at >= 100) this.samples.push({ at: now, done });
    while (this.samples.length > 2 && (this.samples[0]?.at ?? now) < now - this.windowMs) this.samples.shift();
    const first = this.samples[0];
    if (!first || now - first.at < 250) return this.average(done);
    return ((done - first.done) * 1000) / (now - first.at);
  }

  average(done: number): number {
    const elapsed = this.clock.now() - this.started;
    return elapsed > 0 ? (done * 1000) / elapsed : 0;
  }
}
