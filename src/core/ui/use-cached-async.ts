import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { type CachedLoad, cachedLoadTransition, type CachedLoadEvent } from "../domain/cached-load";
import { takeReadAhead } from "./read-ahead";
import { useServices } from "./services";

/**
 * `useAsync` for a screen whose last answer is kept in the view cache under `cacheKey`
 * (`cacheKeyFor` leaves restricted lists out: an undefined key caches nothing). The cached answer
 * shows while the fresh read runs; the fresh answer replaces it and is saved for next time.
 */
export function useCachedAsync<T>(cacheKey: string | undefined, load: () => Promise<T>, deps: readonly unknown[], options: { readAheadKey?: string } = {}): CachedLoad<T> & { reload: () => void } {
  const services = useServices();
  const { viewCache } = services;
  const readAheadKey = options.readAheadKey ?? cacheKey;
  const [state, dispatch] = useReducer(cachedLoadTransition as (s: CachedLoad<T>, e: CachedLoadEvent<T>) => CachedLoad<T>, { status: "loading" });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    dispatch({ type: "start" });
    if (cacheKey) void viewCache.read<T>(cacheKey).then((cached) => cached && current() && dispatch({ type: "cached", value: cached.value, savedAt: cached.savedAt }));
    // The read started before the screen rendered (`readAhead`), if there is one, else a new one.
    (takeReadAhead<T>(services, readAheadKey ?? "") ?? load()).then(
      (value) => {
        if (!current()) return;
        dispatch({ type: "fresh", value, at: Date.now() });
        if (cacheKey) void viewCache.write(cacheKey, value);
      },
      (error: unknown) => current() && dispatch({ type: "failed", error }),
    );
  }, [services, viewCache, cacheKey, readAheadKey, ...deps]);
  useEffect(() => {
    run();
    return () => {
      generation.current++;
    };
  }, [run]);
  return useMemo(() => ({ ...state, reload: run }), [state, run]);
}
