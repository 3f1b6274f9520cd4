import principles from "../../manifest/seed/principles.json";
import {
  draftFromView,
  EMPTY_DRAFT,
  entityIdFor,
  PRINCIPLE_CHOICES,
  suggestedName,
  tabConfigFor,
  viewFromContentUrl,
  viewFromDraft,
  viewRoute,
} from "../../src/hosts/teams/channel-views";

const CONFIGURE_PAGE = "https://datahub.havant.gov.uk/tab/index.html#/configure";

describe("the channel tab's choices", () => {
  it("offers every principle the strategy names, with the seed's titles, and the 'What next?' commitments", () => {
    const fromSeed = (principles as { key: string; title: string }[]).map((p) => ({ key: p.key, title: p.title }));
    expect(PRINCIPLE_CHOICES.filter((p) => p.key !== "what-next")).toEqual(fromSeed);
    expect(PRINCIPLE_CHOICES.map((p) => p.key)).toEqual(["data-quality", "data-literacy", "data-ethics", "data-standards", "data-leadership", "what-next"]);
  });

  it("is incomplete until a department or principle is given where the choice needs one", () => {
    expect(viewFromDraft(EMPTY_DRAFT)).toBeNull();
    expect(viewFromDraft({ ...EMPTY_DRAFT, kind: "dashboards", department: "   " })).toBeNull();
    expect(viewFromDraft({ ...EMPTY_DRAFT, kind: "actions" })).toBeNull();
    expect(viewFromDraft({ ...EMPTY_DRAFT, kind: "focus-group" })).toEqual({ kind: "focus-group" });
    expect(viewFromDraft({ ...EMPTY_DRAFT, kind: "dashboards", department: "  Customer   Services " })).toEqual({ kind: "dashboards", department: "Customer Services" });
    expect(viewFromDraft({ ...EMPTY_DRAFT, kind: "actions", principle: "data-quality" })).toEqual({ kind: "actions", principle: "data-quality" });
  });
});

describe("the configuration saved for the tab", () => {
  it("opens the focus group's page from the same index.html the configuration page came from", () => {
    expect(tabConfigFor({ kind: "focus-group" }, CONFIGURE_PAGE)).toEqual({
      entityId: "focus-group",
      contentUrl: "https://datahub.havant.gov.uk/tab/index.html#/focus-group",
      websiteUrl: "https://datahub.havant.gov.uk/tab/index.html#/focus-group",
      suggestedDisplayName: "Focus group",
    });
  });

  it("puts the department in the dashboards route, encoded, and in the tab's name", () => {
    const config = tabConfigFor({ kind: "dashboards", department: "Planning & Building Control" }, CONFIGURE_PAGE);
    expect(config.contentUrl).toBe("https://datahub.havant.gov.uk/tab/index.html#/dashboards?department=Planning+%26+Building+Control");
    expect(config.suggestedDisplayName).toBe("Dashboards: Planning & Building Control");
    expect(config.entityId).toBe("dashboards:Planning & Building Control");
  });

  it("filters the action tracker to the principle chosen", () => {
    const config = tabConfigFor({ kind: "actions", principle: "data-ethics" }, CONFIGURE_PAGE);
    expect(config.contentUrl).toBe("https://datahub.havant.gov.uk/tab/index.html#/actions?principle=data-ethics");
    expect(config.suggestedDisplayName).toBe("Actions: Data ethics and responsibility");
  });

  it("drops the configuration page's own query string (a theme or persona switch) from the tab's address", () => {
    expect(tabConfigFor({ kind: "focus-group" }, "https://datahub.havant.gov.uk/index.html?theme=dark#/configure").contentUrl).toBe("https://datahub.havant.gov.uk/index.html#/focus-group");
  });

  it("keeps a long department whole in the address but shortens the tab's name and id", () => {
    const department = "Neighbourhood Support, Community Safety and Environmental Health Services";
    const config = tabConfigFor({ kind: "dashboards", department }, CONFIGURE_PAGE);
    expect(new URL(config.contentUrl).hash).toContain(encodeURIComponent("Environmental").replace(/%20/g, "+"));
    expect(viewFromContentUrl(config.contentUrl)).toEqual({ kind: "dashboards", department });
    expect(config.suggestedDisplayName.length).toBeLessThanOrEqual(40);
    expect(config.suggestedDisplayName.endsWith("…")).toBe(true);
    expect(config.entityId.length).toBeLessThanOrEqual(64);
  });
});

describe("reopening an existing tab's settings", () => {
  it("recognises every saved choice from its contentUrl", () => {
    for (const view of [{ kind: "focus-group" as const }, { kind: "dashboards" as const, department: "Digital" }, { kind: "actions" as const, principle: "what-next" as const }]) {
      expect(viewFromContentUrl(tabConfigFor(view, CONFIGURE_PAGE).contentUrl)).toEqual(view);
      expect(draftFromView(view).kind).toBe(view.kind);
    }
  });

  it("ignores addresses it did not make", () => {
    expect(viewFromContentUrl(undefined)).toBeNull();
    expect(viewFromContentUrl("not a url")).toBeNull();
    expect(viewFromContentUrl("https://x.test/index.html#/actions?principle=made-up")).toBeNull();
    expect(viewFromContentUrl("https://x.test/index.html#/dashboards")).toBeNull();
    expect(viewFromContentUrl("https://x.test/index.html#/training")).toBeNull();
  });

  it("names each route the way the hub's router reads it", () => {
    expect(viewRoute({ kind: "focus-group" })).toBe("#/focus-group");
    expect(viewRoute({ kind: "actions", principle: "data-literacy" })).toBe("#/actions?principle=data-literacy");
    expect(suggestedName({ kind: "actions", principle: "what-next" })).toBe("Actions: What next?");
    expect(entityIdFor({ kind: "actions", principle: "data-standards" })).toBe("actions:data-standards");
  });
});
