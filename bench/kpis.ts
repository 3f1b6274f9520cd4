import { performance } from "node:perf_hooks";
import { addDays } from "../src/modules/kpis/domain/calendar-date";
import { deadlinesCalendar } from "../src/modules/kpis/domain/deadline-ics";
import type { Kpi, KpiValue } from "../src/modules/kpis/domain/kpi";
import { kpiFigures } from "../src/modules/kpis/domain/kpi-figures";
import { lastEndedPeriod, summariseKpi, valuesByKpi } from "../src/modules/kpis/domain/kpi-series";
import { monthAgenda, monthCalendar, shiftMonth } from "../src/modules/kpis/domain/month-calendar";
import { type OccurrenceStatus, type Submission, withStates } from "../src/modules/kpis/domain/occurrence-state";
import { calendarWindow, generateOccurrences } from "../src/modules/kpis/domain/occurrences";
import { shiftPeriod } from "../src/modules/kpis/domain/periods";
import { calendarTimeliness, timelinessByOwner, timelinessByQuarter } from "../src/modules/kpis/domain/reporting-figures";
import type { ReportingReturn } from "../src/modules/kpis/domain/returns";
import { SEEDED_RETURNS } from "../src/modules/kpis/seed/returns";
import { seededRandom } from "../src/modules/kpis/seed/seeded-random";

export interface KpisReport {
  returns: number;
  occurrences: number;
  months: number;
  kpis: number;
  values: number;
  /** Medians over the runs, in milliseconds. */
  calendarMs: { generate: number; states: number; figures: number; monthCalendars: number; ics: number; total: number };
  kpiMs: { summaries: number; figures: number; total: number };
  /** JSON.parse of what the lists would return for the same items: work the screens do anyway. */
  parseBaselineMs: { calendar: number; kpis: number };
  runs: number;
}

const TODAY = "2026-11-30";
const OWNERS = Array.from({ length: 25 }, (_, i) => `owner${i + 1}@hbc.example`);

/** 200 returns: the 32 seeded ones, then copies of them under new keys with owners, so rule kinds keep the seed's mix. */
export function benchReturns(count: number): ReportingReturn[] {
  const out: ReportingReturn[] = [];
  for (let i = 0; out.length < count; i++) {
    const base = SEEDED_RETURNS[i % SEEDED_RETURNS.length]!;
    out.push({ ...base, key: `${base.key}-${i}`, name: `${base.name} ${i}`, owner: OWNERS[i % OWNERS.length]! });
  }
  return out;
}

/** Most past deadlines submitted, most of those on time; a few submitted early for coming ones. */
function benchSubmissions(returns: readonly ReportingReturn[]): Submission[] {
  const random = seededRandom(2026);
  return generateOccurrences(returns, calendarWindow(TODAY)).flatMap((o) => {
    if (o.deadline > TODAY || random() < 0.1) return [];
    const offset = random() < 0.8 ? -Math.floor(random() * 10) : 1 + Math.floor(random() * 30);
    const submittedOn = addDays(o.deadline, offset) > TODAY ? TODAY : addDays(o.deadline, offset);
    return [{ occurrenceKey: o.key, submittedOn, link: null, by: o.owner }];
  });
}

/** 300 monthly KPIs, 36 months of values each, targets per financial year, a tenth entered late. */
export function benchKpis(count: number, periods: number): { kpis: Kpi[]; values: KpiValue[] } {
  const random = seededRandom(300);
  const kpis: Kpi[] = [];
  const values: KpiValue[] = [];
  for (let i = 0; i < count; i++) {
    const kpi: Kpi = {
      key: `kpi-${i}`,
      name: `Bench KPI ${i}`,
      termKey: null,
      statutory: i % 3 === 0,
      highlightsSuccess: i % 3 === 1,
      service: `Service ${i % 12}`,
      owner: OWNERS[i % OWNERS.length]!,
      unit: "%",
      polarity: i % 2 ? "higher is better" : "lower is better",
      frequency: "monthly",
      tolerance: { kind: i % 4 ? "absolute" : "percent", amount: 5 },
      targets: [
        { from: "2023-04", to: "2024-03", value: 70, tolerance: null },
        { from: "2024-04", to: null, value: 75, tolerance: null },
        { from: "2026-04", to: "2026-06", value: 80, tolerance: null },
      ],
      valueDue: { months: 1, days: 0 },
      dashboardId: null,
    };
    kpis.push(kpi);
    const last = lastEndedPeriod(kpi, TODAY);
    for (let n = periods - 1; n >= 0; n--) {
      const period = shiftPeriod(last, -n);
      values.push({ kpiKey: kpi.key, period: period.key, value: 60 + random() * 30, enteredOn: addDays(period.end, random() < 0.1 ? 40 : 10), note: null, source: null, confidence: "High" });
    }
  }
  return { kpis, values };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const result = fn();
  return [result, performance.now() - t0];
}

export function measureKpis(runs = 5, returnCount = 200, kpiCount = 300, kpiPeriods = 36): KpisReport {
  const returns = benchReturns(returnCount);
  const submissions = benchSubmissions(returns);
  const { kpis, values } = benchKpis(kpiCount, kpiPeriods);
  const window = calendarWindow(TODAY);
  const firstMonth = { year: Number(window.from.slice(0, 4)), month: Number(window.from.slice(5, 7)) };
  const lastMonthIndex = Number(window.to.slice(0, 4)) * 12 + Number(window.to.slice(5, 7));
  const monthCount = lastMonthIndex - (firstMonth.year * 12 + firstMonth.month) + 1;

  const samples = { generate: [] as number[], states: [] as number[], figures: [] as number[], monthCalendars: [] as number[], ics: [] as number[], calendarTotal: [] as number[], summaries: [] as number[], kpiFigures: [] as number[], kpiTotal: [] as number[], parseCalendar: [] as number[], parseKpis: [] as number[] };
  let occurrenceCount = 0;
  // Run once more than asked and drop the first: the JIT's warm-up is not what a person waits for twice.
  for (let run = 0; run <= runs; run++) {
    const [occurrences, generate] = time(() => generateOccurrences(returns, window));
    const [statuses, states] = time(() => withStates(occurrences, submissions, TODAY));
    const [, figures] = time(() => [timelinessByQuarter(statuses), timelinessByOwner(statuses), calendarTimeliness(statuses)]);
    const [, monthCalendars] = time(() => {
      for (let m = 0; m < monthCount; m++) {
        const { year, month } = shiftMonth(firstMonth.year, firstMonth.month, m);
        monthAgenda(monthCalendar<OccurrenceStatus>(year, month, statuses, (s) => s.deadline, TODAY));
      }
    });
    const [, ics] = time(() => deadlinesCalendar(occurrences, { name: "Reporting calendar", now: new Date("2026-11-30T09:00:00Z") }));
    const [summaries, summaryMs] = time(() => {
      const byKpi = valuesByKpi(values);
      return kpis.map((k) => summariseKpi(k, byKpi.get(k.key) ?? [], TODAY, kpiPeriods));
    });
    const [, kpiFigureMs] = time(() => kpiFigures(summaries));
    const calendarJson = JSON.stringify({ returns, submissions });
    const kpiJson = JSON.stringify({ kpis, values });
    const [, parseCalendar] = time(() => JSON.parse(calendarJson));
    const [, parseKpis] = time(() => JSON.parse(kpiJson));
    occurrenceCount = occurrences.length;
    if (run === 0) continue;
    samples.generate.push(generate);
    samples.states.push(states);
    samples.figures.push(figures);
    samples.monthCalendars.push(monthCalendars);
    samples.ics.push(ics);
    samples.calendarTotal.push(generate + states + figures + monthCalendars + ics);
    samples.summaries.push(summaryMs);
    samples.kpiFigures.push(kpiFigureMs);
    samples.kpiTotal.push(summaryMs + kpiFigureMs);
    samples.parseCalendar.push(parseCalendar);
    samples.parseKpis.push(parseKpis);
  }
  return {
    returns: returns.length,
    occurrences: occurrenceCount,
    months: monthCount,
    kpis: kpis.length,
    values: values.length,
    calendarMs: { generate: median(samples.generate), states: median(samples.states), figures: median(samples.figures), monthCalendars: median(samples.monthCalendars), ics: median(samples.ics), total: median(samples.calendarTotal) },
    kpiMs: { summaries: median(samples.summaries), figures: median(samples.kpiFigures), total: median(samples.kpiTotal) },
    parseBaselineMs: { calendar: median(samples.parseCalendar), kpis: median(samples.parseKpis) },
    runs,
  };
}
