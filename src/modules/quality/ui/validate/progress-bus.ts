import { useEffect, useState } from "react";
import type { Progress } from "../../domain/validate-screen";

/**
 * Progress of the running job, for the progress bar alone: the worker reports ten times a second,
 * and re-rendering the whole screen (profile, rule form, results) each time would cost the page
 * the long tasks the worker exists to avoid.
 */
export class ProgressBus {
  private latest: Progress | null = null;
  private readonly listeners = new Set<(progress: Progress | null) => void>();

  publish(progress: Progress | null): void {
    this.latest = progress;
    for (const listener of this.listeners) listener(progress);
  }

  subscribe(listener: (progress: Progress | null) => void): () => void {
    this.listeners.add(listener);
    listener(this.latest);
    return () => this.listeners.delete(listener);
  }
}

export function useProgress(bus: ProgressBus): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => bus.subscribe(setProgress), [bus]);
  return progress;
}
