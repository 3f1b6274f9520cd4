import { useCallback, useEffect, useRef } from "react";

/**
 * Runs `start` on mount, whenever `deps` change, and on the returned `rerun`. Each run is told, by
 * `isCurrent`, whether it is still the latest: answers of a run that a newer one (or unmount) has
 * replaced must be dropped, so a slow answer never overwrites a fresher one.
 */
export function useLatestRun(start: (isCurrent: () => boolean) => void, deps: readonly unknown[]): () => void {
  const generation = useRef(0);
  const rerun = useCallback(() => {
    const mine = ++generation.current;
    start(() => mine === generation.current);
    // The caller's deps decide when the run changes, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    rerun();
    return () => {
      generation.current++;
    };
  }, [rerun]);
  return rerun;
}
