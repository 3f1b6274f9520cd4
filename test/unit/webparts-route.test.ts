import { parseRoute } from "../../src/core/ui/router";
import { filtersFromParams } from "../../src/modules/actions/domain/views";
import { catalogueFiltersFromParams } from "../../src/modules/training/domain/catalogue";
import { actionsRoute, dashboardsRoute, dictionaryRoute, trainingRoute, webPartRoute } from "../../webparts/src/host/route";

/**
 * A web part's property pane chooses the module page's starting route; the module page reads it
 * with its own parsers, exactly as it reads the Teams tab's links.
 */
const hub = (hash: string) => (hash.startsWith("#/") ? parseRoute(hash) : undefined);

describe("web part properties become the module page's route", () => {
  it("the action tracker opens on the chosen principle and view, read by the tracker's own filters", () => {
    const { params } = webPartRoute("actions", actionsRoute({ principle: "data-quality", view: "service" }), undefined);
    expect(filtersFromParams(params)).toMatchObject({ principle: "data-quality", view: "service" });
    expect(actionsRoute({ principle: "", view: "principle" })).toEqual({ rest: [], params: {} });
  });

  it("the training catalogue opens on the chosen audience", () => {
    const { params } = webPartRoute("training", trainingRoute({ audience: "Councillors" }), undefined);
    expect(catalogueFiltersFromParams(params).audience).toBe("Councillors");
  });

  it("the dashboards web part opens one dashboard by its number, or a department's catalogue", () => {
    expect(dashboardsRoute({ dashboardId: " 12 ", department: "Planning" })).toEqual({ rest: ["12"], params: {} });
    expect(dashboardsRoute({ dashboardId: "", department: "Customer Services" })).toEqual({ rest: [], params: { department: "Customer Services" } });
    expect(dashboardsRoute({ dashboardId: "twelve" })).toEqual({ rest: [], params: {} });
  });

  it("the dictionary's plain-language switch is the page's ?view=plain", () => {
    expect(dictionaryRoute({ plainLanguage: true }).params).toEqual({ view: "plain" });
    expect(dictionaryRoute({ plainLanguage: false }).params).toEqual({});
  });

  it("a hub link for the web part's own module moves it; one for another module or a heading anchor does not", () => {
    const configured = actionsRoute({ principle: "data-quality" });
    expect(webPartRoute("actions", configured, hub("#/actions/12?view=overdue"))).toEqual({ rest: ["12"], params: new URLSearchParams("view=overdue") });
    expect(webPartRoute("actions", configured, hub("#/dictionary/kpi")).params.get("principle")).toBe("data-quality");
    // SharePoint's heading anchors look like "#actions": not a hub route.
    expect(webPartRoute("actions", configured, hub("#actions")).params.get("principle")).toBe("data-quality");
  });

  it("the councillors' glossary stays plain when a reader opens a term, unless a link asks for the full view", () => {
    const configured = dictionaryRoute({ plainLanguage: true });
    expect(webPartRoute("dictionary", configured, hub("#/dictionary/kpi"), ["view"])).toEqual({ rest: ["kpi"], params: new URLSearchParams("view=plain") });
    expect(webPartRoute("dictionary", configured, hub("#/dictionary/kpi?view=full"), ["view"]).params.get("view")).toBe("full");
  });
});
