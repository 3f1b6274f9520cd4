import { type ConfiguredRoute, webPartRoute } from "../../src/core/domain/web-part-route";
import type { ModuleDefinition } from "../../src/core/module";
import { parseRoute } from "../../src/core/ui/router";
import { MODULES } from "../../src/modules";
import { filtersFromParams } from "../../src/modules/actions/domain/views";
import { catalogueFiltersFromParams } from "../../src/modules/training/domain/catalogue";

/**
 * A web part's property pane chooses the module page's starting route (each module's `webPart` in
 * module.ts); the module page reads it with its own parsers, exactly as it reads the Teams tab's links.
 */
const hub = (hash: string) => (hash.startsWith("#/") ? parseRoute(hash) : undefined);
const moduleOf = (id: string): ModuleDefinition => MODULES.find((m) => m.id === id)!;
const routeOf = (id: string, properties: Record<string, unknown>): ConfiguredRoute => moduleOf(id).webPart!.route(properties);

describe("the modules with a SharePoint web part", () => {
  it("are the action tracker, the dictionary, training and dashboards, each with its property pane", () => {
    expect(MODULES.filter((m) => m.webPart).map((m) => m.id)).toEqual(["actions", "dictionary", "training", "dashboards"]);
    for (const m of MODULES.filter((x) => x.webPart)) expect(m.webPart!.fields.length).toBeGreaterThan(0);
  });
});

describe("web part properties become the module page's route", () => {
  it("the action tracker opens on the chosen principle and view, read by the tracker's own filters", () => {
    const { params } = webPartRoute("actions", routeOf("actions", { principle: "data-quality", view: "service" }), undefined);
    expect(filtersFromParams(params)).toMatchObject({ principle: "data-quality", view: "service" });
    expect(routeOf("actions", { principle: "", view: "principle" })).toEqual({ rest: [], params: {} });
  });

  it("the training catalogue opens on the chosen audience", () => {
    const { params } = webPartRoute("training", routeOf("training", { audience: "Councillors" }), undefined);
    expect(catalogueFiltersFromParams(params).audience).toBe("Councillors");
  });

  it("the dashboards web part opens one dashboard by its number, or a department's catalogue", () => {
    expect(routeOf("dashboards", { dashboardId: " 12 ", department: "Planning" })).toEqual({ rest: ["12"], params: {} });
    expect(routeOf("dashboards", { dashboardId: "", department: "Customer Services" })).toEqual({ rest: [], params: { department: "Customer Services" } });
    expect(routeOf("dashboards", { dashboardId: "twelve" })).toEqual({ rest: [], params: {} });
    const idField = moduleOf("dashboards").webPart!.fields.find((f) => f.property === "dashboardId");
    expect(idField?.kind === "text" && idField.pattern?.test("twelve")).toBe(false);
  });

  it("the dictionary's plain-language switch is the page's ?view=plain", () => {
    expect(routeOf("dictionary", { plainLanguage: true }).params).toEqual({ view: "plain" });
    expect(routeOf("dictionary", { plainLanguage: false }).params).toEqual({});
  });

  it("a hub link for the web part's own module moves it; one for another module or a heading anchor does not", () => {
    const configured = routeOf("actions", { principle: "data-quality" });
    expect(webPartRoute("actions", configured, hub("#/actions/12?view=overdue"))).toEqual({ rest: ["12"], params: new URLSearchParams("view=overdue") });
    expect(webPartRoute("actions", configured, hub("#/dictionary/kpi")).params.get("principle")).toBe("data-quality");
    // SharePoint's heading anchors look like "#actions": not a hub route.
    expect(webPartRoute("actions", configured, hub("#actions")).params.get("principle")).toBe("data-quality");
  });

  it("the councillors' glossary stays plain when a reader opens a term, unless a link asks for the full view", () => {
    const configured = routeOf("dictionary", { plainLanguage: true });
    const pinned = moduleOf("dictionary").webPart!.pinned;
    expect(webPartRoute("dictionary", configured, hub("#/dictionary/kpi"), pinned)).toEqual({ rest: ["kpi"], params: new URLSearchParams("view=plain") });
    expect(webPartRoute("dictionary", configured, hub("#/dictionary/kpi?view=full"), pinned).params.get("view")).toBe("full");
  });
});
