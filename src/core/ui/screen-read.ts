import { useMemo, useReducer } from "react";
import type { ListDeclaration } from "../../../manifest/schema";
import { cacheKeyFor } from "../data/view-cache";
import { type CachedLoad, cachedLoadTransition, type CachedLoadEvent } from "../domain/cached-load";
import type { AppServices } from "../services";
import { useServices } from "./services";
import { useLatestRun } from "./use-latest-run";

/**
 * A screen's read, declared once beside the screen: what it loads, the key it goes by, and whether its
 * answer may be kept in the view cache (`cacheOver`: the lists it reads; a restricted one means never).
 * The same declaration starts the read ahead of the screen's render (`readAhead`, a Home card's
 * `readAheadOnHome`) and reads it on the screen (`useScreenRead`), so the two cannot drift apart.
 */
export interface ScreenRead<T> {
  key: string;
  load: (services: AppServices) => Promise<T>;
  /** Where the view cache keeps the answer; undefined: not kept. */
  cacheKey: string | undefined;
  /** Starts the read as soon as the clients exist, before React renders the screen; the screen takes it once. */
  readAhead: (services: AppServices) => void;
}

/** Reads started ahead of their screen, per signed-in session, each taken once by the screen. */
const started = new WeakMap<AppServices, Map<string, Promise<unknown>>>();

function takeReadAhead<T>(services: AppServices, key: string): Promise<T> | undefined {
  const reads = started.get(services);
  const pending = reads?.get(key) as Promise<T> | undefined;
  reads?.delete(key);
  return pending;
}

export function screenRead<T>(key: string, load: (services: AppServices) => Promise<T>, options: { cacheOver?: readonly ListDeclaration[] } = {}): ScreenRead<T> {
  return {
    key,
    load,
    cacheKey: options.cacheOver ? cacheKeyFor(key, options.cacheOver) : undefined,
    readAhead: (services) => {
      let reads = started.get(services);
      if (!reads) started.set(services, (reads = new Map()));
      if (reads.has(key)) return;
      const pending = load(services);
      // Taken later (or never, if the person has moved on): a failure is the screen's to show, not unhandled.
      pending.catch(() => undefined);
      reads.set(key, pending);
    },
  };
}

/**
 * A screen's read, as `useAsync` gives one, except that the view cache's last answer (if the read is
 * cached) shows while the fresh read runs, the fresh answer replaces it and is saved for next time, and
 * a read started ahead is taken instead of starting another. A reload keeps what is shown.
 */
export function useScreenRead<T>(read: ScreenRead<T>): CachedLoad<T> & { reload: () => void } {
  const services = useServices();
  const [state, dispatch] = useReducer(cachedLoadTransition as (s: CachedLoad<T>, e: CachedLoadEvent<T>) => CachedLoad<T>, { status: "loading" });
  const reload = useLatestRun(
    (isCurrent) => {
      const { cacheKey } = read;
      const { viewCache } = services;
      dispatch({ type: "start" });
      if (cacheKey) void viewCache.read<T>(cacheKey).then((cached) => cached && isCurrent() && dispatch({ type: "cached", value: cached.value, savedAt: cached.savedAt }));
      (takeReadAhead<T>(services, read.key) ?? read.load(services)).then(
        (value) => {
          if (!isCurrent()) return;
          dispatch({ type: "fresh", value, at: Date.now() });
          if (cacheKey) void viewCache.write(cacheKey, value);
        },
        (error: unknown) => isCurrent() && dispatch({ type: "failed", error }),
      );
    },
    [services, read],
  );
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
