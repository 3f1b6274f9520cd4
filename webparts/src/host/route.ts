/**
 * Which page of a module a web part shows. Its property pane picks a starting page, written as
 * the same route parameters the Teams tab's links carry (`#/actions?principle=data-quality`), so
 * the module page reads them exactly as in the tab. Pure and without imports, so the
 * root's Jest checks it (test/unit/webparts-route.test.ts) before any web part is built.
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

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** Action tracker: one principle (or "what-next"), and a view (mine, my service, overdue, due soon). */
export function actionsRoute(properties: { principle?: string; view?: string }): ConfiguredRoute {
  const params: Record<string, string> = {};
  if (text(properties.principle)) params.principle = text(properties.principle);
  if (text(properties.view) && text(properties.view) !== "principle") params.view = text(properties.view);
  return { rest: [], params };
}

/** Data dictionary: the plain-language glossary for councillors (no workflow), or the full dictionary. */
export function dictionaryRoute(properties: { plainLanguage?: boolean }): ConfiguredRoute {
  return { rest: [], params: properties.plainLanguage ? { view: "plain" } : {} };
}

/** Training catalogue: the courses for one audience (councillors, leaders…), or every course. */
export function trainingRoute(properties: { audience?: string }): ConfiguredRoute {
  return { rest: [], params: text(properties.audience) ? { audience: text(properties.audience) } : {} };
}

/** Dashboards: one dashboard by its catalogue id, or the catalogue filtered to a department. */
export function dashboardsRoute(properties: { department?: string; dashboardId?: string }): ConfiguredRoute {
  const id = text(properties.dashboardId);
  if (/^\d+$/.test(id)) return { rest: [id], params: {} };
  return { rest: [], params: text(properties.department) ? { department: text(properties.department) } : {} };
}

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
