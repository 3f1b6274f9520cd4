import { ConflictError } from "../../src/core/data/concurrency";
import { AlreadyRecordedError, correctSubmission, loadCalendar, loadReturn, recordSubmission, saveStage } from "../../src/modules/kpis/data/calendar-data";
import { REGISTER_MONTHS_BACK, ValueAlreadyEnteredError, addKpi, addTarget, addValue, correctValue, loadKpi, loadRegister } from "../../src/modules/kpis/data/kpi-data";
import { kpiColumns, valueColumns } from "../../src/modules/kpis/domain/kpi-records";
import type { Kpi } from "../../src/modules/kpis/domain/kpi";
import { summariseKpi } from "../../src/modules/kpis/domain/kpi-series";
import { withStates } from "../../src/modules/kpis/domain/occurrence-state";
import { calendarWindow, generateOccurrences } from "../../src/modules/kpis/domain/occurrences";
import { calendarTimeliness } from "../../src/modules/kpis/domain/reporting-figures";
import { returnColumns, stageItemColumns } from "../../src/modules/kpis/domain/return-records";
import { calendarDateOf } from "../../src/modules/kpis/domain/calendar-date";
import type { ReportingReturn } from "../../src/modules/kpis/domain/returns";
import { kpiValuesList, kpisList, reportingReturnsList, reportingStagesList } from "../../src/modules/kpis/lists";
import { MODULES } from "../../src/modules";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
  seedScale();
});
afterAll(() => tenant.close());

const TODAY = "2026-11-30";
const STAFF_ID = 11;
const status = (error: unknown) => (error as { status?: number }).status;

const baseKpi = (key: string, extra: Partial<Kpi> = {}): Omit<Kpi, "targets" | "owner"> => ({
  key,
  name: `Test KPI ${key}`,
  termKey: null,
  statutory: false,
  highlightsSuccess: true,
  service: "Customer Services",
  unit: "%",
  polarity: "higher is better",
  frequency: "quarterly",
  tolerance: { kind: "absolute", amount: 5 },
  valueDue: { months: 1, days: 0 },
  dashboardId: null,
  ...extra,
});

/** 300 monthly KPIs with 40 months of values each (2023-08 to 2026-11), seeded before any request. */
function seedScale() {
  tenant.seed(kpisList.title, Array.from({ length: 300 }, (_, i) => kpiColumns(baseKpi(`scale-${i}`, { frequency: "monthly" }), STAFF_ID, null)));
  const values = [];
  for (let i = 0; i < 300; i++) {
    for (let m = 0; m < 40; m++) {
      const index = 2023 * 12 + 7 + m;
      const period = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
      values.push(valueColumns(`scale-${i}`, { period, value: 50 + (m % 7), note: null, source: null, confidence: "High" }));
    }
  }
  tenant.seed(kpiValuesList.title, values, { as: "staff" });
}

describe("a KPI with targets and values", () => {
  const key = "calls-answered";
  beforeAll(async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    // Entries timed from 2020, so a value typed in today for an old quarter is late.
    await addKpi(lead, kpiColumns(baseKpi(key), STAFF_ID, "2020-01-01"));
    await addTarget(lead, key, { from: "2025/26 Q1", to: "2025/26 Q4", value: 80, tolerance: null });
    await addTarget(lead, key, { from: "2026/27 Q1", to: null, value: 85, tolerance: { kind: "absolute", amount: 2 } });
  });

  it("takes values from its owner and computes the RAG of each against its target", async () => {
    const owner = clientsFor(tenant, "staff").sp;
    await addValue(owner, key, { period: "2025/26 Q4", value: 78, note: "Phone lines were down for a week", source: "Contact centre report", confidence: "High" });
    await addValue(owner, key, { period: "2026/27 Q1", value: 82, note: null, source: null, confidence: "Medium" });
    await addValue(owner, key, { period: "2026/27 Q2", value: 86, note: null, source: null, confidence: "High" });
    const page = (await loadKpi(owner, key))!;
    expect(page.kpi).toMatchObject({ key, ownerId: STAFF_ID, ownerName: "Sam Patel", trackedFrom: "2020-01-01", targets: [{ value: 80 }, { value: 85, tolerance: { kind: "absolute", amount: 2 } }] });
    const summary = summariseKpi(page.kpi, page.values, TODAY, 4);
    expect(summary.rows.map((r) => [r.period.key, r.value, r.target, r.rag])).toEqual([
      ["2025/26 Q3", null, 80, "No value"],
      ["2025/26 Q4", 78, 80, "Amber"],
      ["2026/27 Q1", 82, 85, "Red"],
      ["2026/27 Q2", 86, 85, "Green"],
    ]);
    expect(summary.trend.words).toBe("Improving for 2 quarters");
    expect(page.values.find((v) => v.period === "2025/26 Q4")).toMatchObject({ note: "Phone lines were down for a week", source: "Contact centre report", enteredBy: "Sam Patel" });
  });

  it("dates each entry by when SharePoint created it, so an old quarter entered today is late", async () => {
    const page = (await loadKpi(clientsFor(tenant, "staff").sp, key))!;
    const today = calendarDateOf(new Date());
    const value = page.values.find((v) => v.period === "2025/26 Q4")!;
    expect(value.enteredOn).toBe(today);
    const row = summariseKpi(page.kpi, page.values, today, 12).rows.find((r) => r.period.key === "2025/26 Q4")!;
    expect(row.entry).toBe("Entered late");
  });

  it("calls a value back-filled, not late, when its period was due before the KPI's entries were timed", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    await addKpi(lead, kpiColumns(baseKpi("backfilled"), STAFF_ID, null));
    await addValue(clientsFor(tenant, "staff").sp, "backfilled", { period: "2024/25 Q1", value: 70, note: null, source: "Old spreadsheet", confidence: "Medium" });
    const page = (await loadKpi(lead, "backfilled"))!;
    expect(page.kpi.trackedFrom).toBe(calendarDateOf(new Date()));
    expect(summariseKpi(page.kpi, page.values, calendarDateOf(new Date()), 12).rows.find((r) => r.period.key === "2024/25 Q1")!.entry).toBe("Back-filled");
  });

  it("refuses a second value for the same period and hands back the first", async () => {
    const error = await addValue(clientsFor(tenant, "data-lead").sp, key, { period: "2026/27 Q1", value: 90, note: null, source: null, confidence: "High" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValueAlreadyEnteredError);
    expect((error as ValueAlreadyEnteredError).current).toMatchObject({ period: "2026/27 Q1", value: 82 });
  });

  it("corrects a value with its ETag, and refuses a stale one with the current value", async () => {
    const owner = clientsFor(tenant, "staff").sp;
    const first = (await loadKpi(owner, key))!.values.find((v) => v.period === "2026/27 Q1")!;
    await correctValue(owner, first, key, { period: "2026/27 Q1", value: 83, note: "Corrected after the audit", source: null, confidence: "High" });
    const error = await correctValue(owner, first, key, { period: "2026/27 Q1", value: 99, note: null, source: null, confidence: "Low" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<{ value: number }>).current.value).toBe(83);
  });

  it("lets councillors read KPIs but not enter values (403), and only the data lead add KPIs", async () => {
    const councillor = clientsFor(tenant, "councillor").sp;
    expect((await loadKpi(councillor, key))!.kpi.key).toBe(key);
    expect(status(await addValue(councillor, key, { period: "2025/26 Q3", value: 80, note: null, source: null, confidence: "High" }).catch((e: unknown) => e))).toBe(403);
    expect(status(await addKpi(clientsFor(tenant, "manager").sp, kpiColumns(baseKpi("not-allowed"), null, null)).catch((e: unknown) => e))).toBe(403);
  });

  it("lets only whoever entered a value, or the data lead, correct it", async () => {
    const value = (await loadKpi(clientsFor(tenant, "manager").sp, key))!.values.find((v) => v.period === "2026/27 Q2")!;
    const refused = await correctValue(clientsFor(tenant, "manager").sp, value, key, { period: "2026/27 Q2", value: 1, note: null, source: null, confidence: "Low" }).catch((e: unknown) => e);
    expect(status(refused)).toBe(403);
    await correctValue(clientsFor(tenant, "data-lead").sp, value, key, { period: "2026/27 Q2", value: 87, note: null, source: null, confidence: "High" });
  });
});

describe("the register at scale: 300 KPIs × 36 months (10,800 values, over the 5,000 threshold)", () => {
  it("reads every KPI and only the values of the last three years, in Id windows the threshold allows", async () => {
    const register = await loadRegister(clientsFor(tenant, "manager").sp, TODAY);
    expect(register.kpis.filter((k) => k.key.startsWith("scale-"))).toHaveLength(300);
    const scaleValues = register.values.filter((v) => v.kpiKey.startsWith("scale-"));
    // Months from 2023-08 to 2026-11: those ending on or after 30/11/2023 are the 36 from 2023-11.
    expect(REGISTER_MONTHS_BACK).toBe(36);
    expect(scaleValues).toHaveLength(300 * 37);
    expect(scaleValues.every((v) => v.period >= "2023-11")).toBe(true);
  });
});

describe("the reporting calendar", () => {
  const quarterly: ReportingReturn = {
    key: "test-quarterly",
    name: "Test quarterly return",
    kind: "return",
    reference: null,
    recipient: "Test department",
    channel: null,
    legalBasis: null,
    statutory: true,
    ownerRole: null,
    owner: null,
    sourceUrls: ["https://www.gov.uk/"],
    confidence: "verified",
    notes: null,
    stages: [{ key: "submission", name: "Submission", rule: { kind: "after-period-end", period: "quarter", basis: "financial", offset: { months: 1, days: 0 } }, overrides: [], firstPeriod: null, lastPeriod: null, checkTheDate: false, checkReason: null, certifier: null }],
  };
  beforeAll(() => {
    tenant.seed(reportingReturnsList.title, [{ ...returnColumns(quarterly, STAFF_ID), TrackedFrom: "2026-01-01" }]);
    tenant.seed(reportingStagesList.title, quarterly.stages.map((s, i) => stageItemColumns(quarterly.key, s, i)));
  });

  async function statuses(persona: Parameters<typeof clientsFor>[1] = "manager") {
    const calendar = await loadCalendar(clientsFor(tenant, persona).sp, calendarWindow(TODAY));
    const occurrences = generateOccurrences(calendar.returns.map((r) => r.item), calendarWindow(TODAY));
    return { calendar, all: withStates(occurrences, calendar.submissions, TODAY, { trackedFromByReturn: new Map(calendar.returns.map((r) => [r.item.key, r.trackedFrom])) }) };
  }

  it("holds the seeded returns with their stages, and generates their deadlines from the rules", async () => {
    const { calendar, all } = await statuses();
    expect(calendar.returns.length).toBeGreaterThanOrEqual(33);
    expect(calendar.returns.flatMap((r) => r.problems)).toEqual([]);
    const outturn = all.filter((o) => o.returnKey === "revenue-outturn");
    expect(new Set(outturn.map((o) => o.stageKey))).toEqual(new Set(["provisional", "certified"]));
    // One month after each financial quarter, from 3 years before today to 12 months after.
    expect(all.filter((o) => o.returnKey === "test-quarterly").map((o) => o.deadline)).toEqual([
      ...["2024", "2025", "2026", "2027"].flatMap((y) => [`${y}-01-31`, `${y}-04-30`, `${y}-07-31`, `${y}-10-31`]),
    ]);
  });

  it("records one deadline on time and one late, and the on-time rate counts the overdue ones too", async () => {
    const owner = clientsFor(tenant, "staff").sp;
    const { all } = await statuses();
    const mine = all.filter((o) => o.returnKey === "test-quarterly");
    await recordSubmission(owner, mine.find((o) => o.deadline === "2026-01-31")!, "2026-01-30", "https://www.gov.uk/submitted", STAFF_ID);
    await recordSubmission(owner, mine.find((o) => o.deadline === "2026-04-30")!, "2026-05-05", null, STAFF_ID);
    const after = (await statuses()).all.filter((o) => o.returnKey === "test-quarterly");
    const passed = after.filter((o) => o.deadline < TODAY);
    // Tracked from 1 January 2026: the eight deadlines before it are unknown, not overdue.
    expect(passed.slice(0, 8).map((o) => o.state)).toEqual(Array(8).fill("Not recorded"));
    expect(passed.slice(8).map((o) => [o.deadline, o.state])).toEqual([
      ["2026-01-31", "Submitted on time"],
      ["2026-04-30", "Submitted late"],
      ["2026-07-31", "Overdue"],
      ["2026-10-31", "Overdue"],
    ]);
    expect(calendarTimeliness(after)).toMatchObject({ onTime: 1, late: 1, overdue: 2, counted: 4, onTimeRate: 0.25, completionRate: 0.5 });
    expect(after.find((o) => o.deadline === "2026-01-31")).toMatchObject({ submittedOn: "2026-01-30", link: "https://www.gov.uk/submitted" });
  });

  it("refuses to record the same deadline twice and hands back the first record", async () => {
    const { all } = await statuses();
    const occurrence = all.find((o) => o.returnKey === "test-quarterly" && o.deadline === "2026-01-31")!;
    const error = await recordSubmission(clientsFor(tenant, "data-lead").sp, occurrence, "2026-01-29", null, 14).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlreadyRecordedError);
    expect((error as AlreadyRecordedError).current).toMatchObject({ submittedOn: "2026-01-30", byName: "Sam Patel" });
  });

  it("corrects a record with its ETag; a stale one is a conflict; someone else's is refused (403)", async () => {
    const staff = clientsFor(tenant, "staff").sp;
    const record = (await loadReturn(staff, "test-quarterly"))!.submissions.find((s) => s.deadline === "2026-04-30")!;
    await correctSubmission(staff, record, "2026-04-29", null);
    expect(await correctSubmission(staff, record, "2026-05-01", null).catch((e: unknown) => e)).toBeInstanceOf(ConflictError);
    const fresh = (await loadReturn(staff, "test-quarterly"))!.submissions.find((s) => s.deadline === "2026-04-30")!;
    expect(fresh.submittedOn).toBe("2026-04-29");
    expect(status(await correctSubmission(clientsFor(tenant, "manager").sp, fresh, "2026-05-01", null).catch((e: unknown) => e))).toBe(403);
  });

  it("lets councillors read the calendar but not mark a deadline (403)", async () => {
    const { all } = await statuses("councillor");
    const occurrence = all.find((o) => o.returnKey === "test-quarterly" && o.deadline === "2026-07-31")!;
    expect(status(await recordSubmission(clientsFor(tenant, "councillor").sp, occurrence, "2026-07-30", null, 16).catch((e: unknown) => e))).toBe(403);
  });

  it("moves a year's deadline through the stage's overrides, which only the data lead may change", async () => {
    const lead = clientsFor(tenant, "data-lead").sp;
    const stage = (await loadReturn(lead, "test-quarterly"))!.item.stages[0]!;
    expect(status(await saveStage(clientsFor(tenant, "staff").sp, stage, { Overrides: "2026/27 Q2 = 2026-11-15" }).catch((e: unknown) => e))).toBe(403);
    await saveStage(lead, stage, { Overrides: "2026/27 Q2 = 2026-11-15 https://www.gov.uk/moved" });
    const moved = (await statuses()).all.find((o) => o.key === "test-quarterly|submission|2026/27 Q2")!;
    expect(moved).toMatchObject({ deadline: "2026-11-15", ruleDeadline: "2026-10-31", fromOverride: true, state: "Overdue" });
  });
});

describe("the strategy figures", () => {
  it("load through PnPjs and compute a value or an honest null, with its basis", async () => {
    const kpis = MODULES.find((m) => m.id === "kpis")!;
    const { load, figures } = await kpis.measures!();
    const period = { start: "2026-01-01", end: "2026-12-31", label: "2026" };
    const data = await load(clientsFor(tenant, "data-lead"), period);
    const results = Object.fromEntries(figures.map((f) => [f.id, f.compute(data, period)]));
    expect(Object.keys(results)).toEqual(["reporting.on-time", "reporting.on-time-by-owner", "reporting.completion", "reporting.deadline-adherence", "kpis.count", "kpis.on-target"]);
    for (const r of Object.values(results)) expect(r.value === null || Number.isFinite(r.value)).toBe(true);
    expect(results["kpis.count"]!.value).toBeGreaterThanOrEqual(302);
  });
});
