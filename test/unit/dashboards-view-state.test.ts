import { AuthError } from "../../src/core/auth/token-provider";
import { type DashboardViewEvent, type DashboardViewState, dashboardViewTransition, frameStatus, initialDashboardView } from "../../src/modules/dashboards/domain/dashboard-view-state";

/** Runs events from a state, returning the last state and every effect asked for, in order. */
function run(events: DashboardViewEvent[], from: DashboardViewState = initialDashboardView(null, true)) {
  let state = from;
  const effects: string[] = [];
  for (const event of events) {
    const next = dashboardViewTransition(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

const open = { type: "open", embeddable: true, online: true } as const;
const embedded = [open, { type: "token", token: "t1" }] as DashboardViewEvent[];
const loaded = [...embedded, { type: "report", event: { type: "loaded" } }] as DashboardViewEvent[];

describe("opening a dashboard", () => {
  it("asks for the viewer's token, then embeds with it", () => {
    const first = run([open]);
    expect(first.state.phase).toEqual({ kind: "preparing" });
    expect(first.effects).toEqual(["get-token"]);
    const second = run(embedded);
    expect(second.state.phase).toEqual({ kind: "embedding", token: "t1" });
    expect(frameStatus(second.state)).toBe("Opening the report…");
  });

  it("says an entry without usable ids is not set up, and offline is offline, without asking for a token", () => {
    expect(run([{ type: "open", embeddable: false, online: true }])).toEqual({ state: expect.objectContaining({ phase: { kind: "problem", problem: "not-configured" } }), effects: [] });
    expect(run([{ type: "open", embeddable: true, online: false }]).state.phase).toEqual({ kind: "problem", problem: "offline" });
  });

  it("turns a token failure into the state a person can act on", () => {
    const phaseAfter = (error: unknown) => run([open, { type: "token-failed", error }]).state.phase;
    expect(phaseAfter(new AuthError("no-licence", "no licence"))).toMatchObject({ kind: "problem", problem: "no-licence" });
    expect(phaseAfter(new AuthError("interaction-required", "sign in"))).toMatchObject({ kind: "signed-out" });
    expect(phaseAfter(new AuthError("interaction-required", "AADSTS65001: consent_required"))).toMatchObject({ kind: "problem", problem: "consent" });
    expect(phaseAfter(new TypeError("Failed to fetch"))).toMatchObject({ kind: "problem", problem: "offline" });
    expect(phaseAfter(new Error("boom"))).toMatchObject({ kind: "error" });
  });

  it("ignores a token that arrives after the person has moved on to a problem or a retry", () => {
    const { state } = run([{ type: "open", embeddable: false, online: true }, { type: "token", token: "late" }]);
    expect(state.phase).toEqual({ kind: "problem", problem: "not-configured" });
  });
});

describe("the report's own events", () => {
  it("counts an open once per attempt and reads the pages each time the report loads", () => {
    const once = run([...loaded, { type: "report", event: { type: "loaded" } }]);
    expect(once.effects).toEqual(["get-token", "count-open", "read-pages", "read-pages"]);
    expect(frameStatus(once.state)).toBe("Report ready.");
    const again = run([...loaded, { type: "retry" }, open, { type: "token", token: "t2" }, { type: "report", event: { type: "loaded" } }]);
    expect(again.effects.filter((e) => e === "count-open")).toHaveLength(2);
  });

  it("replaces the report with a problem when it fails before loading, or is refused as a whole", () => {
    expect(run([...embedded, { type: "report", event: { type: "error", error: { message: "Something odd" } } }]).state.phase).toMatchObject({ kind: "problem", problem: "report-error" });
    expect(run([...loaded, { type: "report", event: { type: "error", error: { message: "Forbidden" } } }]).state.phase).toMatchObject({ kind: "problem", problem: "no-access" });
  });

  it("keeps a loaded report on screen when one visual fails, with a warning", () => {
    const { state } = run([...loaded, { type: "report", event: { type: "error", error: { message: "Visual failed" } } }]);
    expect(state.phase.kind).toBe("embedding");
    expect(state.warning).toMatch(/Part of this report couldn't be shown/);
  });

  it("renews the token when the report says it expired, and signs out when renewal fails", () => {
    const expired = run([...loaded, { type: "report", event: { type: "error", error: { message: "TokenExpired" } } }]);
    expect(expired.effects.at(-1)).toBe("renew-token");
    expect(expired.state.phase.kind).toBe("embedding");
    const failed = run([...loaded, { type: "report", event: { type: "renewal-failed", error: new AuthError("interaction-required", "sign in") } }]);
    expect(failed.state.phase.kind).toBe("signed-out");
  });

  it("says the report is slow only while it is still loading", () => {
    expect(run([...embedded, { type: "slow" }]).state.slow).toBe(true);
    expect(run([...loaded, { type: "slow" }]).state.slow).toBe(false);
    expect(run([open, { type: "slow" }]).state.slow).toBe(false);
  });
});

describe("what the person does", () => {
  it("changes page and department filter through the report, with a warning if the report refuses", () => {
    const page = run([...loaded, { type: "choose-page", name: "ReportSection2" }]);
    expect(page.state.activePage).toBe("ReportSection2");
    expect(page.effects.at(-1)).toBe("set-page");
    expect(run([...loaded, { type: "choose-page", name: "x" }, { type: "page-failed" }]).state.warning).toMatch(/renamed in Power BI/);
    const filter = run([...loaded, { type: "filter-by-department", on: false }]);
    expect(filter.state.byDepartment).toBe(false);
    expect(filter.effects.at(-1)).toBe("set-filters");
  });

  it("starts again from a clean slate on retry, keeping the page the person was on", () => {
    const { state } = run([...loaded, { type: "choose-page", name: "ReportSection3" }, { type: "page-failed" }, { type: "retry" }, open]);
    expect(state).toMatchObject({ attempt: 1, phase: { kind: "preparing" }, load: "loading", warning: null, pages: [], activePage: "ReportSection3" });
  });

  it("follows the connection", () => {
    expect(run([{ type: "connection", online: false }]).state.offline).toBe(true);
    expect(run([{ type: "connection", online: false }, { type: "connection", online: true }]).state.offline).toBe(false);
  });
});
