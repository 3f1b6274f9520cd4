import { financialPeriodFromLabel } from "../../src/core/domain/financial-quarters";
import { MODULES } from "../../src/modules";
import { meetingsList } from "../../src/modules/focus-group/lists";
import { computedSeries, figureSources, type FigureSource } from "../../src/modules/measures/data/figures-data";
import { keepQuarter } from "../../src/modules/measures/data/keeping";
import { loadKeptFor, loadMeasures, loadSnapshots, loadTargets, loadValues, snapshotByKey } from "../../src/modules/measures/data/measures-data";
import { saveMeasure, saveTarget } from "../../src/modules/measures/data/settings-data";
import { addReview, saveReview } from "../../src/modules/measures/data/reviews-data";
import { addValue, openForOwners, saveValue, ValueAlreadyRecordedError } from "../../src/modules/measures/data/values-data";
import { ConflictError } from "../../src/core/data/concurrency";
import type { Measure, SeriesDefinition } from "../../src/modules/measures/domain/measure";
import { measureSnapshotsList, strategyReviewsList } from "../../src/modules/measures/lists";
import { measures as reviewLogMeasures } from "../../src/modules/measures/measures";
import { personForPersona, type PersonaId } from "../../tenant/src/identity/personas";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

/**
 * The strategy measures against the local tenant: figures gathered from MODULES, computed from
 * seeded lists and kept per quarter. Quarters long before today are used, so the local sample
 * snapshots (the last few quarters) never meet these.
 */
let tenant: Tenant;
let sources: FigureSource[];
let measures: Measure[];
beforeAll(async () => {
  tenant = await startTestTenant();
  sources = (await figureSources(MODULES)).sources;
  measures = await loadMeasures(clientsFor(tenant, "data-lead").sp);
});
afterAll(() => tenant.close());

const services = (persona: PersonaId = "data-lead") => clientsFor(tenant, persona);
const keep = (label: string, today: string, persona: PersonaId = "data-lead") => keepQuarter({ services: services(persona), sources, measures, targets: [], period: financialPeriodFromLabel(label), today });
const meetings = (...dates: string[]) => tenant.seed(meetingsList.title, dates.map((d, i) => ({ Title: `Meeting ${i + 1}`, MeetingDate: `${d}T00:00:00Z` })), { as: "focus-group" });
const valueOf = async (seriesKey: string, label: string) => (await snapshotByKey(services().sp, `${seriesKey}@${label}`))?.value;

describe("figures computed from the hub's lists and kept per quarter", () => {
  it("offers every module's figures, each for a strategy measure that is in the Measures list", () => {
    const series = computedSeries(sources);
    const keys = new Set(measures.map((m) => m.key));
    expect(measures).toHaveLength(47);
    expect(series.map((s) => s.key)).toEqual(expect.arrayContaining(["training.completion", "dashboards.opens", "dictionary.use", "focus-group.meetings", "measures.strategy-updates"]));
    expect(series.filter((s) => !keys.has(s.measureKey)).map((s) => s.key)).toEqual([]);
  });

  it("keeps an ended quarter's figures as final snapshots with the values the seeded lists give", async () => {
    meetings("2023-07-04", "2023-08-15", "2023-09-30", "2023-10-01");
    tenant.seed(strategyReviewsList.title, [
      { Title: "Quarterly review", ReviewDate: "2023-08-01T00:00:00Z", ReviewKind: "Quarterly review", Changes: "Dates moved.", StrategyChanged: true },
      { Title: "Check-in", ReviewDate: "2023-09-01T00:00:00Z", ReviewKind: "Other update", Changes: "Nothing changed.", StrategyChanged: false },
      { Title: "Next quarter", ReviewDate: "2023-10-02T00:00:00Z", ReviewKind: "Quarterly review", Changes: "Later.", StrategyChanged: true },
    ], { as: "data-lead" });

    const result = await keep("2023/24 Q2", "2026-11-25");

    const series = computedSeries(sources);
    expect(result).toMatchObject({ final: true, taken: series.length, failed: 0 });
    expect(result.errors).toEqual([]);
    const meetingsKept = await snapshotByKey(services().sp, "focus-group.meetings@2023/24 Q2");
    expect(meetingsKept).toMatchObject({ value: 3, final: true, measureKey: "data-ethics-m8", principleKey: "data-ethics", unit: "count", basis: "3 meetings held" });
    const updates = await snapshotByKey(services().sp, "measures.strategy-updates@2023/24 Q2");
    expect(updates).toMatchObject({ value: 1, final: true, basis: "2 reviews logged, 1 of them changed the strategy" });
    expect(updates?.breakdown).toEqual([
      { label: "Quarterly review", value: 1 },
      { label: "Annual review", value: 0 },
      { label: "Other update", value: 1 },
    ]);
  });

  it("never overwrites a final snapshot, even when the data behind it changes later", async () => {
    meetings("2023-08-20");
    const again = await keep("2023/24 Q2", "2026-11-26");
    expect(again).toMatchObject({ taken: 0, failed: 0 });
    expect(await valueOf("focus-group.meetings", "2023/24 Q2")).toBe(3);
  });

  it("keeps one snapshot per figure when two data leads open the page together, losing no value", async () => {
    meetings("2023-11-02", "2023-12-12");
    const [first, second] = await Promise.all([keep("2023/24 Q3", "2026-11-25"), keep("2023/24 Q3", "2026-11-25")]);

    const series = computedSeries(sources);
    expect(first.failed + second.failed).toBe(0);
    // Every figure was taken by one of them and found already taken by the other.
    expect(first.taken + second.taken).toBe(series.length);
    const kept = await loadKeptFor(services().sp, "2023/24 Q3");
    expect(kept).toHaveLength(series.length);
    expect(new Set(kept.map((k) => k.key)).size).toBe(series.length);
    expect(kept.every((k) => k.final)).toBe(true);
    // These two and the meeting of 1 October seeded with the quarter before.
    expect(await valueOf("focus-group.meetings", "2023/24 Q3")).toBe(3);
  });

  it("a quarter kept while it runs is provisional and brought up to date, then made final once it ends", async () => {
    meetings("2024-01-10");
    expect(await keep("2023/24 Q4", "2024-02-15")).toMatchObject({ final: false, failed: 0 });
    expect(await snapshotByKey(services().sp, "focus-group.meetings@2023/24 Q4")).toMatchObject({ value: 1, final: false });

    meetings("2024-03-05");
    await keep("2023/24 Q4", "2024-03-20");
    expect(await snapshotByKey(services().sp, "focus-group.meetings@2023/24 Q4")).toMatchObject({ value: 2, final: false });

    await keep("2023/24 Q4", "2024-04-02");
    expect(await snapshotByKey(services().sp, "focus-group.meetings@2023/24 Q4")).toMatchObject({ value: 2, final: true });
    meetings("2024-03-06");
    await keep("2023/24 Q4", "2024-04-03");
    expect(await valueOf("focus-group.meetings", "2023/24 Q4")).toBe(2);
    expect(await loadKeptFor(services().sp, "2023/24 Q4")).toHaveLength(computedSeries(sources).length);
  });

  it("reads kept figures on indexed columns: one principle's, from a quarter on", async () => {
    const read = await loadSnapshots(services().sp, { principleKey: "data-ethics", since: "2023-10-01" });
    expect(read.skipped).toBe(0);
    expect(read.items.every((s) => s.principleKey === "data-ethics" && s.periodIndex >= financialPeriodFromLabel("2023/24 Q3").index)).toBe(true);
    expect(read.items.map((s) => s.key)).toEqual(expect.arrayContaining(["focus-group.meetings@2023/24 Q3", "focus-group.meetings@2023/24 Q4"]));
    expect(read.items.map((s) => s.key)).not.toContain("focus-group.meetings@2023/24 Q2");
  });

  it("the review log's own figure counts the period's reviews that changed the strategy", async () => {
    const period = financialPeriodFromLabel("2023/24");
    const data = await reviewLogMeasures.load(services("staff"), period);
    expect(reviewLogMeasures.figures[0]!.compute(data, period)).toMatchObject({ value: 2, basis: "3 reviews logged, 2 of them changed the strategy" });
  });
});

describe("who may keep, set and record", () => {
  const recordedMeasure = () => measures.find((m) => m.key === "data-quality-m11")!;
  const series: SeriesDefinition = { key: "focus-group.meetings", measureKey: "data-ethics-m8", kind: "computed", label: "Data focus group meetings held", method: "", unit: "count", better: "higher", source: "Focus group" };

  it("only the data lead sets a target or keeps figures (403 for anyone else)", async () => {
    await expect(saveTarget(services("staff").sp, series, null, { target: "4", note: "", headline: false })).rejects.toMatchObject({ status: 403 });
    await expect(tenantAdd("manager", measureSnapshotsList.title, { Title: "x", SnapshotKey: "x@2023/24 Q1", SeriesKey: "x", MeasureKey: "x", PrincipleKey: "x", Period: "2023/24 Q1", PeriodStart: "2023-04-01T00:00:00Z" })).rejects.toMatchObject({ status: 403 });
    const saved = await saveTarget(services().sp, series, null, { target: "4", note: "One a month.", headline: true });
    expect(saved).toMatchObject({ seriesKey: "focus-group.meetings", target: 4, headline: true });
    expect((await loadTargets(services("staff").sp)).find((t) => t.seriesKey === series.key)?.target).toBe(4);
  });

  it("a value recorded twice for one quarter keeps the first and says who recorded it", async () => {
    const q = financialPeriodFromLabel("2023/24 Q1");
    await addValue(services().sp, recordedMeasure(), q, { period: q.label, value: "3", evidence: "Three decisions written up.", link: "" });
    const second = addValue(services().sp, recordedMeasure(), q, { period: q.label, value: "7", evidence: "Mine.", link: "" });
    await expect(second).rejects.toBeInstanceOf(ValueAlreadyRecordedError);
    await expect(second).rejects.toMatchObject({ current: { value: 3, evidence: "Three decisions written up." } });
  });

  it("a measure's owner fills in the quarter opened for them; nobody else may", async () => {
    const staff = personForPersona("staff");
    const owned = await saveMeasure(services().sp, recordedMeasure(), { ownerEmail: staff.mail, ownerName: staff.displayName, label: "Examples of better decisions documented", unit: "count", better: "higher" });
    expect(owned.owner).toMatchObject({ id: staff.siteUserId });
    const q = financialPeriodFromLabel("2023/24 Q2");
    expect(await openForOwners(services().sp, [owned], [q], [])).toEqual({ opened: 1, failed: 0 });

    const opened = (await loadValues(services("staff").sp, { since: q.start })).items.find((v) => v.key === "data-quality-m11@2023/24 Q2")!;
    expect(opened).toMatchObject({ value: null, owner: { id: staff.siteUserId } });
    await expect(saveValue(services("councillor").sp, opened, { period: q.label, value: "9", evidence: "Not mine.", link: "" })).rejects.toMatchObject({ status: 403 });
    const filled = await saveValue(services("staff").sp, opened, { period: q.label, value: "4", evidence: "Four write-ups.", link: "https://intranet.example/decisions" });
    expect(filled).toMatchObject({ value: 4, evidence: "Four write-ups.", link: "https://intranet.example/decisions" });
  });
});

describe("the strategy's review log", () => {
  const draft = { date: "2024-01-15", kind: "Quarterly review", title: "Quarterly review 2023/24 Q3", changes: "A new data source: the housing register.", strategyChanged: true, link: "https://intranet.example/papers" };

  it("the data lead logs a review; anyone else is refused (403)", async () => {
    await expect(addReview(services("manager").sp, draft)).rejects.toMatchObject({ status: 403 });
    const logged = await addReview(services().sp, draft);
    expect(logged).toMatchObject({ date: "2024-01-15", kind: "Quarterly review", strategyChanged: true, link: "https://intranet.example/papers", recordedBy: personForPersona("data-lead").displayName });
  });

  it("a correction saved over someone else's is a conflict carrying theirs, which stays as they saved it", async () => {
    const logged = await addReview(services().sp, { ...draft, title: "Annual review 2023/24", kind: "Annual review" });
    await saveReview(services().sp, logged, { ...draft, title: "Annual review 2023/24", kind: "Annual review", changes: "First correction." });
    const stale = saveReview(services().sp, logged, { ...draft, title: "Annual review 2023/24", kind: "Annual review", changes: "Second correction, from an old copy." });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { changes: "First correction." } });
  });
});

/** A raw add through PnPjs as a persona, for lists the module's own code only writes as the data lead. */
function tenantAdd(persona: PersonaId, title: string, values: Record<string, unknown>) {
  return services(persona).sp.web.lists.getByTitle(title).items.add(values);
}
