/**
 * Shares one pending request per key between concurrent callers: at start-up every module asks for
 * a token at once, and one silent request per resource is enough. Nothing is kept once it settles,
 * so this is not a second token cache on top of MSAL's.
 */
export class InFlight<K, V> {
  private readonly pending = new Map<K, Promise<V>>();

  run(key: K, start: () => Promise<V>): Promise<V> {
    const existing = this.pending.get(key);
    if (existing) return existing;
    const started = start().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }
}
