import principles from "../../manifest/seed/principles.json";
import { channelViews, EMPTY_DRAFT } from "../../src/hosts/teams/channel-views";
import { MODULES } from "../../src/modules";

const CONFIGURE_PAGE = "https://datahub.havant.gov.uk/tab/index.html#/configure";
const views = channelViews(MODULES);
const focusGroup = { moduleId: "focus-group", values: {} };
const dashboards = (department: string) => ({ moduleId: "dashboards", values: { department } });
const actions = (principle: string) => ({ moduleId: "actions", values: { principle } });

describe("the channel tab's choices", () => {
  it("are the modules that declare a channel view, in navigation order", () => {
    expect(views.choices.map((c) => c.moduleId)).toEqual(["actions", "dashboards", "focus-group"]);
  });

  it("offers every principle the strategy names, with the seed's titles, and the 'What next?' commitments", () => {
    const field = views.choices.find((c) => c.moduleId === "actions")!.fields[0]!;
    expect(field.kind).toBe("choice");
    const choices = field.kind === "choice" ? field.choices : [];
    const fromSeed = [...principles].sort((a, b) => a.order - b.order).map((p) => ({ value: p.key, label: p.title }));
    expect(choices.filter((c) => c.value !== "what-next")).toEqual(fromSeed);
    expect(choices.map((c) => c.value)).toEqual(["data-quality", "data-literacy", "data-ethics", "data-standards", "data-leadership", "what-next"]);
  });

  it("is incomplete until a department or principle is given where the choice needs one", () => {
    expect(views.viewFromDraft(EMPTY_DRAFT)).toBeNull();
    expect(views.viewFromDraft({ moduleId: "dashboards", values: { department: "   " } })).toBeNull();
    expect(views.viewFromDraft({ moduleId: "actions", values: {} })).toBeNull();
    expect(views.viewFromDraft({ moduleId: "actions", values: { principle: "made-up" } })).toBeNull();
    expect(views.viewFromDraft({ moduleId: "training", values: {} })).toBeNull();
    expect(views.viewFromDraft({ moduleId: "focus-group", values: {} })).toEqual(focusGroup);
    expect(views.viewFromDraft({ moduleId: "dashboards", values: { department: "  Customer   Services " } })).toEqual(dashboards("Customer Services"));
    expect(views.viewFromDraft({ moduleId: "actions", values: { principle: "data-quality" } })).toEqual(actions("data-quality"));
  });
});

describe("the configuration saved for the tab", () => {
  it("opens the focus group's page from the same index.html the configuration page came from", () => {
    expect(views.tabConfigFor(focusGroup, CONFIGURE_PAGE)).toEqual({
      entityId: "focus-group",
      contentUrl: "https://datahub.havant.gov.uk/tab/index.html#/focus-group",
      websiteUrl: "https://datahub.havant.gov.uk/tab/index.html#/focus-group",
      suggestedDisplayName: "Focus group",
    });
  });

  it("puts the department in the dashboards route, encoded, and in the tab's name", () => {
    const config = views.tabConfigFor(dashboards("Planning & Building Control"), CONFIGURE_PAGE);
    expect(config.contentUrl).toBe("https://datahub.havant.gov.uk/tab/index.html#/dashboards?department=Planning+%26+Building+Control");
    expect(config.suggestedDisplayName).toBe("Dashboards: Planning & Building Control");
    expect(config.entityId).toBe("dashboards:Planning & Building Control");
  });

  it("filters the action tracker to the principle chosen", () => {
    const config = views.tabConfigFor(actions("data-ethics"), CONFIGURE_PAGE);
    expect(config.contentUrl).toBe("https://datahub.havant.gov.uk/tab/index.html#/actions?principle=data-ethics");
    expect(config.suggestedDisplayName).toBe("Actions: Data ethics and responsibility");
  });

  it("drops the configuration page's own query string (a theme or persona switch) from the tab's address", () => {
    expect(views.tabConfigFor(focusGroup, "https://datahub.havant.gov.uk/index.html?theme=dark#/configure").contentUrl).toBe("https://datahub.havant.gov.uk/index.html#/focus-group");
  });

  it("keeps a long department whole in the address but shortens the tab's name and id", () => {
    const department = "Neighbourhood Support, Community Safety and Environmental Health Services";
    const config = views.tabConfigFor(dashboards(department), CONFIGURE_PAGE);
    expect(new URL(config.contentUrl).hash).toContain(encodeURIComponent("Environmental").replace(/%20/g, "+"));
    expect(views.viewFromContentUrl(config.contentUrl)).toEqual(dashboards(department));
    expect(config.suggestedDisplayName.length).toBeLessThanOrEqual(40);
    expect(config.suggestedDisplayName.endsWith("…")).toBe(true);
    expect(config.entityId.length).toBeLessThanOrEqual(64);
  });
});

describe("reopening an existing tab's settings", () => {
  it("recognises every saved choice from its contentUrl", () => {
    for (const view of [focusGroup, dashboards("Digital"), actions("what-next")]) {
      expect(views.viewFromContentUrl(views.tabConfigFor(view, CONFIGURE_PAGE).contentUrl)).toEqual(view);
      expect(views.draftFromView(view).moduleId).toBe(view.moduleId);
    }
  });

  it("ignores addresses it did not make", () => {
    expect(views.viewFromContentUrl(undefined)).toBeNull();
    expect(views.viewFromContentUrl("not a url")).toBeNull();
    expect(views.viewFromContentUrl("https://x.test/index.html#/actions?principle=made-up")).toBeNull();
    expect(views.viewFromContentUrl("https://x.test/index.html#/dashboards")).toBeNull();
    expect(views.viewFromContentUrl("https://x.test/index.html#/training")).toBeNull();
  });

  it("names each route the way the hub's router reads it", () => {
    expect(views.viewRoute(focusGroup)).toBe("#/focus-group");
    expect(views.viewRoute(actions("data-literacy"))).toBe("#/actions?principle=data-literacy");
    expect(views.suggestedName(actions("what-next"))).toBe("Actions: What next?");
    expect(views.entityIdFor(actions("data-standards"))).toBe("actions:data-standards");
  });
});
