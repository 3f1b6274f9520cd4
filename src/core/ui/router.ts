import { useEffect, useState } from "react";

/**
 * Hash routes (`#/actions/12?view=overdue`) work on any static host, in a Teams tab and on a
 * SharePoint page alike, and a copied link reopens the same view.
 */
export interface Route {
  /** First path segment: the module id ("" for Home). */
  moduleId: string;
  /** Remaining path segments, e.g. an item id. */
  rest: string[];
  params: URLSearchParams;
}

/** The module id of an address that cannot be read (bad percent-encoding): no module has it, so the shell shows "not found". */
export const UNREADABLE_ROUTE = "\u0000unreadable";

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [path = "", query = ""] = raw.split("?");
  let segments: string[];
  try {
    segments = path.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    // A crafted or truncated link such as `#/dictionary/%E0%A4%A`: a page, not a blank app.
    return { moduleId: UNREADABLE_ROUTE, rest: [], params: new URLSearchParams() };
  }
  return { moduleId: segments[0] ?? "", rest: segments.slice(1), params: new URLSearchParams(query) };
}

export function routeHref(moduleId: string, rest: string[] = [], params?: Record<string, string>): string {
  const path = [moduleId, ...rest].filter(Boolean).map(encodeURIComponent).join("/");
  const query = params && Object.keys(params).length ? `?${new URLSearchParams(params).toString()}` : "";
  return `#/${path}${query}`;
}

/** Goes to a route; `replace` for changes such as typing in a search box, which should not pile up history. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (window.location.hash === href) return;
  if (options.replace) window.location.replace(href);
  else window.location.hash = href;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
