import type { AppServices } from "../services";

/** Reads started before their screen renders, per signed-in session, each taken once by the screen. */
const started = new WeakMap<AppServices, Map<string, Promise<unknown>>>();

/**
 * Starts a screen's read as soon as the clients exist, before React has rendered the screen, so the
 * request is in flight while the shell and the page render. The screen takes it with `takeReadAhead`.
 */
export function readAhead<T>(services: AppServices, key: string, load: () => Promise<T>): void {
  let reads = started.get(services);
  if (!reads) started.set(services, (reads = new Map()));
  if (reads.has(key)) return;
  const pending = load();
  // Taken later (or never, if the person has moved on): a failure is the screen's to show, not unhandled.
  pending.catch(() => undefined);
  reads.set(key, pending);
}

/** The read started ahead for this screen, once; later loads (a retry, a refresh) go to SharePoint again. */
export function takeReadAhead<T>(services: AppServices, key: string): Promise<T> | undefined {
  const reads = started.get(services);
  const pending = reads?.get(key) as Promise<T> | undefined;
  reads?.delete(key);
  return pending;
}
