/**
 * A screen's load when its last answer may be in the view cache: the cached answer shows at once,
 * the fresh one replaces it when it comes, and a failed refresh keeps what was shown and says so.
 */
export type CachedLoad<T> =
  | { status: "loading" }
  | {
      status: "ready";
      value: T;
      /** "cache": the last saved answer, not yet confirmed by SharePoint. */
      source: "cache" | "fresh";
      /** When what is shown was last read from SharePoint (epoch ms). */
      savedAt: number;
      /** A read is under way behind what is shown. */
      refreshing: boolean;
      /** The last refresh failed; what is shown is as of `savedAt`. */
      refreshError?: unknown;
    }
  | { status: "error"; error: unknown };

export type CachedLoadEvent<T> =
  | { type: "start" }
  | { type: "cached"; value: T; savedAt: number }
  | { type: "fresh"; value: T; at: number }
  | { type: "failed"; error: unknown };

export function cachedLoadTransition<T>(state: CachedLoad<T>, event: CachedLoadEvent<T>): CachedLoad<T> {
  switch (event.type) {
    case "start":
      // A reload keeps what is on screen (no flash of empty content) and reads behind it.
      return state.status === "ready" ? { ...state, refreshing: true, refreshError: undefined } : { status: "loading" };
    case "cached":
      // The cache only ever fills an empty screen: an answer from SharePoint is never replaced by an older one.
      return state.status === "loading" ? { status: "ready", value: event.value, source: "cache", savedAt: event.savedAt, refreshing: true } : state;
    case "fresh":
      return { status: "ready", value: event.value, source: "fresh", savedAt: event.at, refreshing: false };
    case "failed":
      return state.status === "ready" ? { ...state, refreshing: false, refreshError: event.error } : { status: "error", error: event.error };
  }
}
