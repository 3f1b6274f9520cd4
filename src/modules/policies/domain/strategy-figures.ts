import type { MeasureDefinition, MeasureFigure, MeasurePeriod } from "../../../core/domain/measures";
import { monthsIn } from "../../../core/domain/periods";
import { type Confirmation, confirmersByVersion } from "./confirmation";
import { documentCompletion, type Reader } from "./completion";
import { asksForReading, countableReaders, type PolicyDocument } from "./document";
import type { DocumentHistory } from "./history";
import { SMALL_COUNT, type OpenCount } from "./usage";

/** What the policies figures are computed from, read once. */
export interface PoliciesData {
  docs: readonly PolicyDocument[];
  /** Document id → its versions and reviews. */
  histories: ReadonlyMap<number, DocumentHistory>;
  /** Confirmations of the documents' current versions. */
  confirmations: readonly Confirmation[];
  /** Everyone in the directory, with their site user ids. */
  readers: readonly Reader[];
  opens: readonly OpenCount[];
  /** Today, "2026-11-25": reviews not yet due are not late. */
  asOf: string;
}

export const HANDBOOK_KEY = "data-quality-handbook";
export const STANDARDS_POLICY_KEY = "data-standards-policy";

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const end = (period: MeasurePeriod) => `${period.end}T23:59:59Z`;

/** Read and understood among the people who must read it, counting confirmations made by the period's end. */
function readFigure(data: PoliciesData, period: MeasurePeriod, doc: PolicyDocument | undefined, name: string): MeasureFigure {
  if (!doc) return { value: null, basis: `The ${name} is not in the library.` };
  if (!asksForReading(doc)) return { value: null, basis: `The ${name} has no approved version that people are asked to read yet.` };
  if (!countableReaders(doc)) return { value: null, basis: `The ${name} is for roles the directory cannot count (it is not for all staff).` };
  const byVersion = confirmersByVersion(data.confirmations.filter((c) => c.confirmedAt <= end(period)));
  const completion = documentCompletion(doc, byVersion, data.readers);
  return {
    value: completion.rate === null ? null : Math.round(completion.rate * 1000) / 10,
    basis: `${completion.confirmed} of ${completion.expected ?? 0} staff confirmed version ${doc.versionLabel ?? doc.readVersion}`,
    breakdown: completion.services.map((s) => ({ label: s.service, value: s.rate === null ? null : Math.round(s.rate * 1000) / 10 })),
  };
}

const byKey = (data: PoliciesData, key: string) => data.docs.find((d) => d.key === key);

export const POLICY_FIGURES: readonly MeasureDefinition<PoliciesData>[] = [
  {
    measureKey: "data-standards-m1",
    id: "policies.standards-policy-read",
    label: "Data Standards Policy read and understood",
    method: "Staff who confirmed \"I have read and understood this\" for the current version of the Data Standards Policy, as a share of staff in the directory (PolicyConfirmations, Microsoft 365 directory); by service.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => readFigure(data, period, byKey(data, STANDARDS_POLICY_KEY), "Data Standards Policy"),
  },
  {
    measureKey: "data-standards-m1",
    id: "policies.read-and-understood",
    label: "Policies, handbook and standards read and understood",
    method: "Confirmations of current versions as a share of those due, across every approved document all staff must read; by document.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const byVersion = confirmersByVersion(data.confirmations.filter((c) => c.confirmedAt <= end(period)));
      const rows = data.docs.filter((d) => asksForReading(d) && countableReaders(d)).map((d) => documentCompletion(d, byVersion, data.readers));
      const confirmed = rows.reduce((n, r) => n + r.confirmed, 0);
      const expected = rows.reduce((n, r) => n + (r.expected ?? 0), 0);
      if (rows.length === 0) return { value: null, basis: "No approved document for all staff has a version to read yet." };
      return { value: percent(confirmed, expected), basis: `${confirmed} of ${expected} confirmations made, over ${rows.length} document${rows.length === 1 ? "" : "s"}`, breakdown: rows.map((r) => ({ label: r.title, value: r.rate === null ? null : Math.round(r.rate * 1000) / 10 })) };
    },
  },
  {
    measureKey: "data-quality-m9",
    id: "policies.handbook-opens",
    label: "Data Quality Handbook opened from the hub",
    method: "Opens of the Data Quality Handbook's link from the hub in the period's months (PolicyOpens: anonymous counters per month and department); departments with 1 to 4 opens are not shown as a number.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const doc = byKey(data, HANDBOOK_KEY);
      if (!doc) return { value: null, basis: "The Data Quality Handbook is not in the library." };
      const months = new Set(monthsIn(period));
      const rows = data.opens.filter((o) => o.documentId === doc.id && months.has(o.period) && o.opens > 0);
      const departments = new Map<string, number>();
      for (const r of rows) departments.set(r.department, (departments.get(r.department) ?? 0) + r.opens);
      const total = rows.reduce((n, r) => n + r.opens, 0);
      return {
        value: total,
        basis: `${total} open${total === 1 ? "" : "s"} in ${months.size} month${months.size === 1 ? "" : "s"}, from ${departments.size} department${departments.size === 1 ? "" : "s"}`,
        breakdown: [...departments].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en-GB")).map(([label, value]) => (value <= SMALL_COUNT ? { label: `${label} (1 to ${SMALL_COUNT})`, value: null } : { label, value })),
      };
    },
  },
  {
    measureKey: "data-quality-m9",
    id: "policies.handbook-read",
    label: "Data Quality Handbook read and understood",
    method: "Staff who confirmed they have read and understood the current version of the Data Quality Handbook, as a share of staff in the directory; by service.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => readFigure(data, period, byKey(data, HANDBOOK_KEY), "Data Quality Handbook"),
  },
  {
    measureKey: "data-standards-m7",
    id: "policies.standards-updates",
    label: "Updates to data standards",
    method: "New versions (after the first) of standards and of the Data Standards Policy approved in the period, from each document's version history (PolicyDocuments).",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const docs = data.docs.filter((d) => d.kind === "Standard" || d.key === STANDARDS_POLICY_KEY);
      const counts = docs.map((d) => ({ label: d.title, value: (data.histories.get(d.id)?.versions ?? []).filter((v) => v.readVersion >= 2 && v.approvedOn !== null && v.approvedOn >= period.start && v.approvedOn <= period.end).length }));
      const total = counts.reduce((n, c) => n + c.value, 0);
      if (docs.length === 0) return { value: null, basis: "No standards are in the library yet." };
      return { value: total, basis: `${total} update${total === 1 ? "" : "s"} across ${docs.length} document${docs.length === 1 ? "" : "s"}`, breakdown: counts };
    },
  },
  {
    measureKey: "data-standards-m7",
    id: "policies.reviewed-on-time",
    label: "Documents reviewed on time",
    method: "Reviews due in the period (up to today) that were recorded on or before their review date, from each document's version history; a review date that passed with no review counts as late.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const last = period.end < data.asOf ? period.end : data.asOf;
      let due = 0;
      let onTime = 0;
      for (const doc of data.docs) {
        const reviews = data.histories.get(doc.id)?.reviews ?? [];
        // One due date, one review counted: on time when any review for it came by the date.
        const dueDates = new Map<string, boolean>();
        for (const r of reviews) if (r.dueWas && r.dueWas >= period.start && r.dueWas <= last) dueDates.set(r.dueWas, (dueDates.get(r.dueWas) ?? false) || r.reviewedOn <= r.dueWas);
        onTime += [...dueDates.values()].filter(Boolean).length;
        due += dueDates.size;
        // A review date now in force that has passed with no review yet is late.
        if (doc.status !== "Retired" && doc.nextReview && doc.nextReview >= period.start && doc.nextReview < last && !dueDates.has(doc.nextReview)) due++;
      }
      return { value: percent(onTime, due), basis: due === 0 ? "No reviews fell due in the period." : `${onTime} of ${due} reviews due were done on time` };
    },
  },
];
