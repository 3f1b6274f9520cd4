import type { Action } from "../../src/modules/actions/domain/action";
import { analyseConflict } from "../../src/modules/actions/domain/conflict";
import { isDueWithin, isOverdue, ragOf } from "../../src/modules/actions/domain/rag";
import { summarise } from "../../src/modules/actions/domain/summary";
import { draftToFields, emptyDraft, validateDraft, withPercent } from "../../src/modules/actions/domain/validation";
import { appliedFilters, filtersFromParams, filtersToParams, groupedRows, matchesFilters, serverFilter, sortActions, sortedBy, withoutFilter } from "../../src/modules/actions/domain/views";

const today = new Date("2026-11-25T10:00:00Z");
const action = (over: Partial<Action> = {}): Action => ({
  id: 1, etag: '"1"', title: "Conduct regular data audits", detail: null, principleKey: "data-quality", source: "What we will do",
  ownerId: 11, ownerName: "Sam Patel", ownerEmail: null, service: "Customer Services", status: "In progress",
  startDate: "2026-01-01T00:00:00Z", dueDate: "2027-06-30T00:00:00Z", percentComplete: 40, linkedMeasures: null, latestUpdate: null, modified: "2026-11-01T00:00:00Z", ...over,
});

describe("RAG rule", () => {
  it.each([
    ["a cancelled action has no RAG", { status: "Cancelled" as const }, "None"],
    ["a complete action is green even if it was late", { status: "Complete" as const, dueDate: "2026-01-01T00:00:00Z" }, "Green"],
    ["a blocked action is red", { status: "Blocked" as const }, "Red"],
    ["an action past its due date is red", { dueDate: "2026-11-24T00:00:00Z" }, "Red"],
    ["an action due today is not yet red", { dueDate: "2026-11-25T00:00:00Z", percentComplete: 90 }, "Green"],
    ["not started after its start date is amber", { status: "Not started" as const, percentComplete: 0 }, "Amber"],
    ["due within 30 days and under half done is amber", { dueDate: "2026-12-20T00:00:00Z", percentComplete: 49 }, "Amber"],
    ["due within 30 days and half done is green", { dueDate: "2026-12-20T00:00:00Z", percentComplete: 50 }, "Green"],
    ["on track is green", {}, "Green"],
    ["nobody owns it: amber, 'needs an owner', never green", { ownerId: null }, "Amber"],
    ["no due date: not rated, never green", { dueDate: null }, "None"],
    ["no owner and no dates: amber", { ownerId: null, dueDate: null, startDate: null }, "Amber"],
  ])("%s", (_name, over, rag) => {
    expect(ragOf(action(over), today)).toBe(rag);
  });

  it("knows overdue and due-soon, ignoring finished actions", () => {
    expect(isOverdue(action({ dueDate: "2026-11-01T00:00:00Z" }), today)).toBe(true);
    expect(isOverdue(action({ dueDate: "2026-11-01T00:00:00Z", status: "Complete" }), today)).toBe(false);
    expect(isDueWithin(action({ dueDate: "2026-12-25T00:00:00Z" }), today, 30)).toBe(true);
    expect(isDueWithin(action({ dueDate: "2026-12-26T00:00:00Z" }), today, 30)).toBe(false);
  });
});

describe("views and filters", () => {
  it("round-trips filters through the URL, ignoring junk", () => {
    const filters = filtersFromParams(new URLSearchParams("view=overdue&principle=data-quality&status=Blocked&q=audit+&sort=due&dir=desc&group=service"));
    expect(filters).toEqual({ view: "overdue", principle: "data-quality", status: "Blocked", search: "audit ", sort: "due", descending: true, group: "service" });
    expect(filtersFromParams(new URLSearchParams(filtersToParams(filters)))).toEqual(filters);
    expect(filtersFromParams(new URLSearchParams("view=everything&status=Done&sort=random&group=owner"))).toEqual({ view: "principle", sort: "principle", group: "none" });
  });

  it("asks SharePoint only about indexed columns, escaping quoted values", () => {
    const viewer = { siteUserId: 12, service: "Planning & Building O'Neill" };
    expect(serverFilter({ view: "mine", sort: "principle" }, viewer, today)).toBe("ActionOwnerId eq 12");
    expect(serverFilter({ view: "service", sort: "principle" }, viewer, today)).toBe("Service eq 'Planning & Building O''Neill'");
    expect(serverFilter({ view: "overdue", sort: "principle" }, viewer, today)).toBe("DueDate lt datetime'2026-11-25T00:00:00Z' and Status ne 'Complete' and Status ne 'Cancelled'");
    expect(serverFilter({ view: "principle", principle: "what-next", status: "Blocked", sort: "principle" }, viewer, today)).toBe("PrincipleKey eq null and Status eq 'Blocked'");
    expect(serverFilter({ view: "principle", sort: "principle", search: "audit" }, viewer, today)).toBeUndefined();
  });

  it("applies the same rules in the browser, with word-order-free search", () => {
    const viewer = { siteUserId: 11, service: "Customer Services" };
    expect(matchesFilters(action(), { view: "mine", sort: "principle", search: "audits regular" }, viewer, today)).toBe(true);
    expect(matchesFilters(action(), { view: "mine", sort: "principle", search: "budget" }, viewer, today)).toBe(false);
    expect(matchesFilters(action({ ownerId: 12 }), { view: "mine", sort: "principle" }, viewer, today)).toBe(false);
    expect(matchesFilters(action({ principleKey: null }), { view: "principle", principle: "what-next", sort: "principle" }, viewer, today)).toBe(true);
  });

  it("sorts by principle order, then due date, title or status", () => {
    const actions = [action({ id: 1, principleKey: null }), action({ id: 2, principleKey: "data-literacy", dueDate: null }), action({ id: 3, principleKey: "data-quality", title: "Alpha" })];
    expect(sortActions(actions, "principle", ["data-quality", "data-literacy"]).map((a) => a.id)).toEqual([3, 2, 1]);
    expect(sortActions(actions, "due", []).map((a) => a.id)).toEqual([1, 3, 2]);
    expect(sortActions(actions, "title", []).map((a) => a.id)[0]).toBe(3);
    expect(sortActions(actions, "principle", ["data-quality", "data-literacy"], true).map((a) => a.id)).toEqual([1, 2, 3]);
  });

  it("sorts by a column header's click, and the other way round on a second click", () => {
    const filters = { view: "principle" as const, sort: "principle" as const };
    const byDue = sortedBy(filters, "due");
    expect(byDue).toMatchObject({ sort: "due", descending: undefined });
    expect(sortedBy(byDue, "due")).toMatchObject({ sort: "due", descending: true });
    expect(sortedBy(sortedBy(byDue, "due"), "due").descending).toBeUndefined();
    expect(sortedBy({ ...byDue, descending: true }, "title")).toMatchObject({ sort: "title", descending: undefined });
  });

  it("puts a heading with its count over each group, in the strategy's order, keeping the sort within groups", () => {
    const title = (key: string | null) => (key === null ? "Across the strategy" : key === "data-quality" ? "Data quality" : "Data literacy");
    const sorted = [action({ id: 1, principleKey: null }), action({ id: 2, principleKey: "data-literacy" }), action({ id: 3, principleKey: "data-quality" }), action({ id: 4, principleKey: "data-literacy" })];
    const rows = groupedRows(sorted, "principle", title, ["data-quality", "data-literacy"]);
    expect(rows.map((r) => (r.kind === "group" ? `${r.label} (${r.count})` : r.action.id))).toEqual(["Data quality (1)", 3, "Data literacy (2)", 2, 4, "Across the strategy (1)", 1]);
    const byService = groupedRows([action({ id: 5, service: null }), action({ id: 6, service: "planning" }), action({ id: 7, service: "Benefits" })], "service", title, []);
    expect(byService.filter((r) => r.kind === "group").map((r) => (r.kind === "group" ? r.label : ""))).toEqual(["Benefits", "planning", "No service"]);
    expect(groupedRows(sorted, "none", title, []).every((r) => r.kind === "action")).toBe(true);
  });

  it("shows each applied filter as a chip that removes just that filter", () => {
    const filters = { view: "mine" as const, sort: "due" as const, principle: "what-next", status: "Blocked" as const, search: " audit " };
    const chips = appliedFilters(filters, (key) => (key === null ? "Across the strategy" : key));
    expect(chips).toEqual([
      { key: "principle", label: "Principle: Across the strategy" },
      { key: "status", label: "Status: Blocked" },
      { key: "search", label: "Search: audit" },
    ]);
    expect(withoutFilter(filters, "status")).toEqual({ view: "mine", sort: "due", principle: "what-next", search: " audit " });
    expect(withoutFilter(filters, "all")).toEqual({ view: "mine", sort: "due" });
  });
});

describe("form validation", () => {
  const valid = { ...emptyDraft("data-quality"), title: "Publish the Data Quality Handbook" };
  it("accepts a minimal draft", () => expect(validateDraft(valid)).toEqual({}));
  it("moves a 'Not started' action to 'In progress' when progress is entered, and leaves other statuses alone", () => {
    expect(withPercent({ ...valid, status: "Not started" }, "10")).toMatchObject({ status: "In progress", percentComplete: "10" });
    expect(withPercent({ ...valid, status: "Not started" }, "0").status).toBe("Not started");
    expect(withPercent({ ...valid, status: "Blocked" }, "40").status).toBe("Blocked");
  });
  it.each([
    ["a missing title", { title: "  " }, "title", "Enter a title for the action."],
    ["a title over 255 characters", { title: "x".repeat(256) }, "title", "Shorten the title to 255 characters or fewer (it has 256)."],
    ["a due date before the start", { startDate: "2026-12-01", dueDate: "2026-11-30" }, "dueDate", "The due date must be on or after the start date."],
    ["a percentage over 100", { percentComplete: "101" }, "percentComplete", "Enter a whole number from 0 to 100."],
    ["a fractional percentage", { percentComplete: "12.5" }, "percentComplete", "Enter a whole number from 0 to 100."],
    ["complete but not 100%", { status: "Complete" as const, percentComplete: "80" }, "percentComplete", "A complete action is 100% done: set 100 or change the status."],
  ])("explains %s", (_name, over, field, message) => {
    expect(validateDraft({ ...valid, ...over })).toEqual({ [field]: message });
  });
  it("saves dates as SharePoint date-only values and a complete action as 100%", () => {
    expect(draftToFields({ ...valid, status: "Complete", dueDate: "2027-03-31" })).toMatchObject({ Status: "Complete", PercentComplete: 100, DueDate: "2027-03-31T00:00:00Z", StartDate: null });
  });
});

describe("conflict analysis", () => {
  it("separates their changes from mine and reapplies mine on top", () => {
    const base = { Status: "In progress", PercentComplete: 40, LatestUpdate: "old" };
    const theirs = { Status: "Blocked", PercentComplete: 40, LatestUpdate: "Waiting for the supplier" };
    const mine = { Status: "In progress", PercentComplete: 60, LatestUpdate: "Audit half done" };
    const result = analyseConflict(base, mine, theirs);
    expect(result.theirChanges).toEqual(["Status", "LatestUpdate"]);
    expect(result.myChanges).toEqual(["PercentComplete", "LatestUpdate"]);
    expect(result.overlapping).toEqual(["LatestUpdate"]);
    expect(result.merged).toEqual({ Status: "Blocked", PercentComplete: 60, LatestUpdate: "Audit half done" });
  });
});

describe("summary", () => {
  it("counts status and RAG per group", () => {
    const groups = summarise([action(), action({ status: "Blocked" }), action({ service: "Digital", status: "Complete" })], (a) => a.service ?? "", today);
    expect(groups).toEqual([
      expect.objectContaining({ key: "Customer Services", total: 2, byRag: { Red: 1, Amber: 0, Green: 1, None: 0 } }),
      expect.objectContaining({ key: "Digital", total: 1, byStatus: expect.objectContaining({ Complete: 1 }) }),
    ]);
  });
});
