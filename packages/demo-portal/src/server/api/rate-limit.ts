/**
 * A fixed-window counter per key (a browser, an address). In memory, so it resets with the
 * process; a portal with several processes would keep it in its database or cache.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt. Returns the seconds to wait when the key is over its limit. */
  take(key: string): { ok: true } | { ok: false; retryAfter: number } {
    const now = this.now();
    // Forget finished windows now and then, so that the map cannot grow without bound.
    if (this.windows.size > 10_000) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    }
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count > this.max) {
      return { ok: false, retryAfter: Math.max(1, Math.ceil((w.resetAt - now) / 1000)) };
    }
    return { ok: true };
  }
}
