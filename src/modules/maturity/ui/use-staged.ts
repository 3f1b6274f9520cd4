import { useEffect, useState } from "react";

/**
 * Renders a long screen in stages, one more after each paint: the first chart is on screen while
 * the rest are still being drawn, instead of everything waiting for the slowest part. (React 17's
 * web parts have no startTransition, so this waits for a frame and a task by hand.) Restarts when
 * `key` changes.
 */
export function useStaged(stages: number, key: unknown): number {
  const [shown, setShown] = useState({ key, count: 1 });
  const count = shown.key === key ? shown.count : 1;
  useEffect(() => {
    if (count >= stages) return;
    let timer = 0;
    // After the next frame is painted, then in a fresh task: the browser shows what is there first.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown({ key, count: count + 1 }));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, stages, key]);
  return count;
}
