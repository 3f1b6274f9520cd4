import { useCallback, useEffect, useRef, useState } from "react";

export interface Refreshable<T> {
  /** The latest value; kept on screen while a refresh is under way. */
  value: T | undefined;
  error: unknown;
  /** True only for the first load: a refresh never takes the screen away (nor a message shown on it). */
  loading: boolean;
  refresh: () => void;
}

/**
 * Like useAsync, but a reload keeps showing what was there: after approving, the "Published"
 * message and the person's comment stay while the proposal is read again.
 */
export function useRefreshable<T>(load: () => Promise<T>, deps: readonly unknown[]): Refreshable<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    load().then(
      (v) => {
        if (mine !== generation.current) return;
        setValue(v);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== generation.current) return;
        setError(e);
        setLoading(false);
      },
    );
    // The caller's deps decide when the load changes, as with useAsync.
  }, deps);
  useEffect(() => {
    setLoading(true);
    setValue(undefined);
    run();
    return () => {
      generation.current++;
    };
  }, [run]);
  return { value, error, loading, refresh: run };
}
