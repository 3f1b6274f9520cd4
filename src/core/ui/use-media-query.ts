import { useEffect, useState } from "react";

/**
 * Whether a media query matches now, kept current as the window or Teams tab is resized. Used where
 * CSS alone would leave two copies of the same controls in the page (one hidden), which confuses
 * assistive tech searches and duplicates ids. (State and effect, not useSyncExternalStore: the web
 * parts run on React 17.)
 */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener("change", update);
    return () => list.removeEventListener("change", update);
  }, [query]);
  return matches;
}
