import { entryState, entryWords, type Kpi } from "../../src/modules/kpis/domain/kpi";
import { type KpiItem, kpiColumns, kpiFromItem, targetColumns, targetFromItem, type TargetItem, valueColumns, valueFromItem, valueKey } from "../../src/modules/kpis/domain/kpi-records";
import { type Occurrence, occurrenceKey } from "../../src/modules/kpis/domain/occurrences";
import { withStates } from "../../src/modules/kpis/domain/occurrence-state";
import { periodFromKey } from "../../src/modules/kpis/domain/periods";
import { type ReturnItem, returnColumns, returnsFromItems, type StageItem, stageItemColumns, submissionColumns, submissionFromItem, type SubmissionItem } from "../../src/modules/kpis/domain/return-records";
import { SEEDED_RETURNS } from "../../src/modules/kpis/seed/returns";

const kpi: Omit<Kpi, "targets" | "owner"> = {
  key: "calls",
  name: "Calls answered within 2 minutes",
  termKey: "call-answer-rate",
  statutory: false,
  highlightsSuccess: true,
  service: "Customer Services",
  unit: "%",
  polarity: "lower is better",
  frequency: "monthly",
  tolerance: { kind: "percent", amount: 10 },
  valueDue: { months: 0, days: 20 },
  dashboardId: 7,
};

/** What SharePoint hands back for written columns: the wire item with its own fields added. */
const asKpiItem = (columns: ReturnType<typeof kpiColumns>, created: string, extra: Partial<KpiItem> = {}): KpiItem => ({ Id: 3, Created: created, KpiOwner: { Title: "Sam Patel", EMail: "sam.patel@hbc.example" }, "odata.etag": '"2"', ...columns, ...extra }) as KpiItem;

describe("KPI list items", () => {
  it("read back as the KPI they were written from, with the owner as a person key", () => {
    const read = kpiFromItem(asKpiItem(kpiColumns(kpi, 11, "2026-04-01"), "2026-05-01T09:00:00Z"), []);
    expect(read).toMatchObject({ ...kpi, owner: "11", ownerId: 11, ownerName: "Sam Patel", trackedFrom: "2026-04-01", trackedFromColumn: "2026-04-01", addedOn: "2026-05-01", etag: '"2"' });
  });

  it("time entries from the day the KPI was added, in Havant, when the list leaves the date empty", () => {
    // 23:30 UTC on 30 June is 1 July in British Summer Time.
    const read = kpiFromItem(asKpiItem(kpiColumns(kpi, null, null), "2026-06-30T23:30:00Z"), []);
    expect(read.trackedFrom).toBe("2026-07-01");
    expect(read.trackedFromColumn).toBeNull();
  });

  it("have no amber when no tolerance is stored: just short of target is red, never amber by default", () => {
    const read = kpiFromItem(asKpiItem({ ...kpiColumns(kpi, null, null), ToleranceKind: null, ToleranceAmount: null }, "2026-05-01T09:00:00Z"), []);
    expect(read.tolerance).toEqual({ kind: "absolute", amount: 0 });
  });

  it("collect only their own targets", () => {
    const target = (id: number, kpiKey: string): TargetItem => ({ Id: id, ...targetColumns(kpiKey, { from: "2026-04", to: null, value: 80, tolerance: null }) }) as TargetItem;
    const targets = [target(1, "calls"), target(2, "other")].map(targetFromItem);
    expect(kpiFromItem(asKpiItem(kpiColumns(kpi, null, null), "2026-05-01T09:00:00Z"), targets).targets.map((t) => t.id)).toEqual([1]);
  });
});

describe("KPI values", () => {
  it("carry a unique key per KPI and period, and the period's end for the register's window", () => {
    expect(valueColumns("calls", { period: "2026/27 Q1", value: 81, note: null, source: null, confidence: "High" })).toMatchObject({ ValueKey: "calls|2026/27 Q1", PeriodEnd: "2026-06-30", Value: 81 });
    expect(valueKey("calls", "2026-05")).toBe("calls|2026-05");
  });

  it("are dated by SharePoint's Created, read in Havant: an entry at 00:30 BST on 1 August is 1 August", () => {
    const v = valueFromItem({ Id: 1, KpiKey: "calls", PeriodKey: "2026/27 Q1", Value: 80, Confidence: "High", Created: "2026-07-31T23:30:00Z" });
    expect(v.enteredOn).toBe("2026-08-01");
    // Due one month after 30 June is 31 July: entered on 1 August is late.
    expect(entryState({ valueDue: { months: 1, days: 0 } }, periodFromKey("2026/27 Q1"), v, "2026-11-30")).toBe("Entered late");
  });

  it("are back-filled, not late, when their period was due before the KPI's entries were timed", () => {
    const q1 = periodFromKey("2025/26 Q1");
    expect(entryState({ valueDue: { months: 1, days: 0 }, trackedFrom: "2026-04-01" }, q1, { enteredOn: "2026-11-01" }, "2026-11-30")).toBe("Back-filled");
    expect(entryState({ valueDue: { months: 1, days: 0 }, trackedFrom: "2025-01-01" }, q1, { enteredOn: "2026-11-01" }, "2026-11-30")).toBe("Entered late");
    expect(entryState({ valueDue: { months: 1, days: 0 }, trackedFrom: "2026-04-01" }, q1, null, "2026-11-30")).toBe("Missing");
  });

  it("read as words in the history table", () => {
    expect(entryWords("Entered late", "2026-08-01", "2026-07-31")).toBe("Entered late: 01/08/2026, due 31/07/2026");
    expect(entryWords("Entered", "2026-07-20", "2026-07-31")).toBe("Entered 20/07/2026");
    expect(entryWords("Missing", null, "2026-07-31")).toBe("Missing: due 31/07/2026");
    expect(entryWords("Not due yet", null, "2026-12-31")).toBe("Due 31/12/2026");
  });
});

describe("reporting calendar list items", () => {
  /** Writes the seed as the lists hold it, then reads it back as the screens do. */
  function roundTrip() {
    const returnItems = SEEDED_RETURNS.map((r, i) => ({ Id: i + 1, Created: "2026-04-01T08:00:00Z", ...returnColumns(r) }) as ReturnItem);
    let id = 0;
    const stageItems = SEEDED_RETURNS.flatMap((r) => r.stages.map((s, order) => ({ Id: ++id, ...stageItemColumns(r.key, s, order) }) as StageItem));
    return returnsFromItems(returnItems, stageItems);
  }

  it("read back as the seeded returns they were written from, stages in order, with no problems", () => {
    const read = roundTrip();
    expect(read.flatMap((r) => r.problems)).toEqual([]);
    expect(read.map((r) => r.item)).toEqual(SEEDED_RETURNS.map((r) => ({ ...r, owner: null })));
    expect(read.find((r) => r.item.key === "revenue-outturn")!.stages.map((s) => s.stageId)).toEqual(["revenue-outturn|provisional", "revenue-outturn|certified"]);
  });

  it("track deadlines from the day the return was added unless the list says otherwise", () => {
    expect(roundTrip()[0]!.trackedFrom).toBe("2026-04-01");
    const withDate = returnsFromItems([{ Id: 1, Created: "2026-04-01T08:00:00Z", TrackedFrom: "2025-04-01", ...returnColumns(SEEDED_RETURNS[0]!) } as ReturnItem], []);
    expect(withDate[0]!.trackedFrom).toBe("2025-04-01");
  });

  it("keep a return whose stage cannot be read, naming the problem, so one bad line hides nothing else", () => {
    const r = SEEDED_RETURNS.find((x) => x.key === "revenue-outturn")!;
    const stages = r.stages.map((s, order) => ({ Id: order + 1, ...stageItemColumns(r.key, s, order) }) as StageItem);
    stages[1] = { ...stages[1]!, Overrides: "2024/25 = soon" };
    const [read] = returnsFromItems([{ Id: 1, Created: "2026-04-01T08:00:00Z", ...returnColumns(r) } as ReturnItem], stages);
    expect(read!.item.stages.map((s) => s.key)).toEqual(["provisional"]);
    expect(read!.problems).toEqual([expect.stringContaining('"soon" is not a date')]);
  });

  it("say a return with no rule has no deadlines", () => {
    const [read] = returnsFromItems([{ Id: 1, Created: "2026-04-01T08:00:00Z", ...returnColumns(SEEDED_RETURNS[0]!) } as ReturnItem], []);
    expect(read!.problems).toEqual([expect.stringContaining("no deadline rule yet")]);
  });

  it("record a submission against its occurrence, which then counts as met", () => {
    const o: Occurrence = { key: occurrenceKey("nndr1", "submission", "2026/27"), returnKey: "nndr1", returnName: "NNDR1", stageKey: "submission", stageName: null, period: periodFromKey("2026/27"), deadline: "2026-01-31", ruleDeadline: "2026-01-31", fromOverride: false, checkTheDate: false, owner: "11", recipient: "MHCLG", statutory: true };
    const item = { Id: 9, AuthorId: 11, SubmittedBy: { Title: "Sam Patel" }, ...submissionColumns(o, "2026-01-30", "https://example.gov.uk/nndr1", 11) } as SubmissionItem;
    const stored = submissionFromItem(item);
    expect(stored).toMatchObject({ occurrenceKey: "nndr1|submission|2026/27", submittedOn: "2026-01-30", link: "https://example.gov.uk/nndr1", byName: "Sam Patel", recordedById: 11, deadline: "2026-01-31" });
    expect(withStates([o], [stored], "2026-11-30")[0]!.state).toBe("Submitted on time");
  });
});

describe("states with a date tracked from per return", () => {
  it("call a return's old deadline not recorded, and another return's overdue, by each one's own date", () => {
    const make = (returnKey: string): Occurrence => ({ key: occurrenceKey(returnKey, "submission", "2025/26 Q1"), returnKey, returnName: returnKey, stageKey: "submission", stageName: null, period: periodFromKey("2025/26 Q1"), deadline: "2025-07-31", ruleDeadline: "2025-07-31", fromOverride: false, checkTheDate: false, owner: null, recipient: null, statutory: true });
    const states = withStates([make("old"), make("new"), make("other")], [], "2026-11-30", { trackedFrom: "2025-01-01", trackedFromByReturn: new Map([["new", "2026-04-01"], ["old", "2025-04-01"]]) });
    expect(states.map((s) => [s.returnKey, s.state])).toEqual([
      ["old", "Overdue"],
      ["new", "Not recorded"],
      ["other", "Overdue"],
    ]);
  });
});
