/**
 * Which page of a module a SharePoint web part shows. Its property pane picks a starting page,
 * written as the same route parameters the Teams tab's links carry (`#/actions?principle=data-quality`),
 * so the module page reads them exactly as in the tab. Pure, so it is unit-tested at the root.
 */
export interface ConfiguredRoute {
  /** Path segments after the module id, e.g. a dashboard's id. */
  rest: string[];
  params: Record<string, string>;
}

export interface WebPartRoute {
  rest: string[];
  params: URLSearchParams;
}

/** A hub route as the shared router parses it (`parseRoute` in src/core/ui/router.ts). */
export interface HubRoute {
  moduleId: string;
  rest: string[];
  params: URLSearchParams;
}

/** A property's text, trimmed; anything else is empty. */
export const propertyText = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/**
 * What the module page gets. The page moves around by setting the page's hash (`#/actions/12`),
 * as in the tab; a hub route for this web part's module wins over the configured start, one for
 * another module leaves this web part where it was configured, and so does a hash that is not a hub
 * route at all (`undefined` here: a SharePoint heading anchor such as `#actions`). `pinned`
 * parameters keep their configured value unless the route names them: the councillors' glossary
 * stays plain when a reader opens a term.
 */
export function webPartRoute(moduleId: string, configured: ConfiguredRoute, route: HubRoute | undefined, pinned: readonly string[] = []): WebPartRoute {
  if (!route || route.moduleId !== moduleId) return { rest: [...configured.rest], params: new URLSearchParams(configured.params) };
  const params = new URLSearchParams(route.params);
  for (const key of pinned) {
    const value = configured.params[key];
    if (value !== undefined && !params.has(key)) params.set(key, value);
  }
  return { rest: [...route.rest], params };
}
