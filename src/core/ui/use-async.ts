import { useMemo, useState } from "react";
import { useLatestRun } from "./use-latest-run";

export type AsyncState<T> = { status: "loading" } | { status: "ready"; value: T } | { status: "error"; error: unknown };

/** Runs a load on mount (and on `reload`), ignoring answers that arrive after unmount or a newer load. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  const reload = useLatestRun((isCurrent) => {
    setState({ status: "loading" });
    load().then(
      (value) => isCurrent() && setState({ status: "ready", value }),
      (error: unknown) => isCurrent() && setState({ status: "error", error }),
    );
  }, deps);
  // The same object until the state changes, so memos and effects keyed on it do not rerun every render.
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
