import { useEffect, useState } from "react";

/**
 * The value once it has stopped changing for `ms`. (React 18's useDeferredValue would do, but
 * these screens also run in SharePoint web parts, which get React 17.)
 */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
