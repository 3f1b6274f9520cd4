import { useCallback, useEffect, useMemo, useRef, useState } from "react";

export type AsyncState<T> = { status: "loading" } | { status: "ready"; value: T } | { status: "error"; error: unknown };

/** Runs a load on mount (and on `reload`), ignoring answers that arrive after unmount or a newer load. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState({ status: "loading" });
    load().then(
      (value) => mine === generation.current && setState({ status: "ready", value }),
      (error: unknown) => mine === generation.current && setState({ status: "error", error }),
    );
  }, deps);
  useEffect(() => {
    run();
    return () => {
      generation.current++;
    };
  }, [run]);
  // The same object until the state changes, so memos and effects keyed on it do not rerun every render.
  return useMemo(() => ({ ...state, reload: run }), [state, run]);
}
