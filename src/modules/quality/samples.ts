import type { ItemInput } from "../../../manifest/items";
import { type SampleContext, seedList } from "../../core/module";
import { addDays, londonDay } from "./domain/log/dates";
import { titleFrom } from "./domain/log/issue";
import { auditsList, issuesList, reportsList, ruleSetsList } from "./lists";

/**
 * Local mode's SAMPLE content, dated from today and clearly labelled: a few reports, issues at each
 * status, audits of two sample datasets and one sample rule set. Provisioning never adds these.
 *
 * Triage moves a report into the log and removes it; here the sample issues' reports (1 to 8) are
 * left in place, as after a triage whose removal did not finish, and the log shows each issue once.
 */
interface SampleReport {
  dataset: string;
  dimension: "Completeness" | "Uniqueness" | "Consistency" | "Timeliness" | "Validity" | "Accuracy";
  severity: "Critical" | "High" | "Medium" | "Low";
  description: string;
  service: string;
  daysAgo: number;
  found: "User report" | "Audit" | "Validation run";
}

const REPORTS: SampleReport[] = [
  { dataset: "Sample: waste collection rounds", dimension: "Completeness", severity: "High", description: "SAMPLE: 40 addresses on the new estate have no collection day.", service: "Sample service A", daysAgo: 64, found: "User report" },
  { dataset: "Sample: casework export", dimension: "Uniqueness", severity: "Medium", description: "SAMPLE: the same case appears twice with different reference numbers.", service: "Sample service B", daysAgo: 51, found: "Audit" },
  { dataset: "Sample: casework export", dimension: "Validity", severity: "Low", description: "SAMPLE: postcodes typed in lower case in about 1 in 200 cases.", service: "Sample service B", daysAgo: 40, found: "Validation run" },
  { dataset: "Sample: property gazetteer", dimension: "Accuracy", severity: "Critical", description: "SAMPLE: a block of flats is recorded at the wrong UPRN, so letters go astray.", service: "Sample service A", daysAgo: 33, found: "User report" },
  { dataset: "Sample: waste collection rounds", dimension: "Timeliness", severity: "Medium", description: "SAMPLE: round changes take three weeks to reach the contact centre's system.", service: "Sample service A", daysAgo: 25, found: "User report" },
  { dataset: "Sample: casework export", dimension: "Consistency", severity: "High", description: "SAMPLE: closed date before received date on some cases.", service: "Sample service B", daysAgo: 18, found: "Validation run" },
  { dataset: "Sample: property gazetteer", dimension: "Completeness", severity: "Low", description: "SAMPLE: some new addresses have no ward.", service: "Sample service C", daysAgo: 12, found: "Audit" },
  { dataset: "Sample: casework export", dimension: "Validity", severity: "Medium", description: "SAMPLE: amounts written with a £ sign in one team's entries.", service: "Sample service B", daysAgo: 9, found: "User report" },
  { dataset: "Sample: waste collection rounds", dimension: "Accuracy", severity: "Medium", description: "SAMPLE: bin sizes differ between the round sheet and the customer record.", service: "Sample service A", daysAgo: 4, found: "User report" },
  { dataset: "Sample: property gazetteer", dimension: "Timeliness", severity: "Low", description: "SAMPLE: demolished properties still listed a month later.", service: "Sample service C", daysAgo: 1, found: "User report" },
];

/** What became of reports 1 to 8 (the rest are still new). */
const TRIAGE: { status: "Triaged" | "In progress" | "Resolved" | "Won't fix"; owner: "asset-owner" | "data-lead" | "manager"; targetDays: number; closedAfter?: number; rootCause?: string; notes?: string }[] = [
  { status: "Resolved", owner: "asset-owner", targetDays: 10, closedAfter: 12, rootCause: "Process", notes: "SAMPLE: collection days added; new addresses now go to the rounds team on creation." },
  { status: "Resolved", owner: "manager", targetDays: 30, closedAfter: 20, rootCause: "Input", notes: "SAMPLE: duplicates merged; the form now checks for an existing case." },
  { status: "Won't fix", owner: "manager", targetDays: 90 },
  { status: "In progress", owner: "asset-owner", targetDays: 2 },
  { status: "Resolved", owner: "asset-owner", targetDays: 30, closedAfter: 6, rootCause: "Integration", notes: "SAMPLE: the nightly transfer now runs hourly." },
  { status: "In progress", owner: "data-lead", targetDays: 10 },
  { status: "Triaged", owner: "asset-owner", targetDays: 90 },
  { status: "Triaged", owner: "manager", targetDays: 30 },
];

const AUDITS: { dataset: string; monthsAgo: number; records: number; errors: [number, number, number, number, number, number] }[] = [
  { dataset: "Sample: casework export", monthsAgo: 9, records: 200, errors: [9, 4, 3, 1, 6, 2] },
  { dataset: "Sample: casework export", monthsAgo: 6, records: 200, errors: [6, 3, 2, 1, 4, 2] },
  { dataset: "Sample: casework export", monthsAgo: 3, records: 250, errors: [4, 1, 2, 0, 3, 1] },
  { dataset: "Sample: property gazetteer", monthsAgo: 8, records: 500, errors: [5, 2, 1, 3, 2, 4] },
  { dataset: "Sample: property gazetteer", monthsAgo: 2, records: 500, errors: [7, 2, 2, 4, 3, 4] },
];

const SAMPLE_SCHEMA = {
  title: "SAMPLE rules for a casework export",
  fields: [
    { name: "case_ref", title: "Case reference", constraints: { required: true, unique: true, pattern: "CW[0-9]{6}" } },
    { name: "postcode", title: "Postcode", format: "dq:uk-postcode", constraints: { required: true } },
    { name: "received", title: "Received", type: "date", format: "%d/%m/%Y", constraints: { required: true } },
    { name: "closed", title: "Closed", type: "date", format: "%d/%m/%Y" },
    { name: "status", title: "Status", constraints: { required: true, enum: ["Open", "Closed"] } },
    { name: "amount", title: "Amount", type: "number", constraints: { minimum: 0 } },
  ],
  primaryKey: ["case_ref"],
  "dq:rowRules": [{ id: "closed-after-received", title: "Closed on or after received", when: { and: [{ "!=": [{ var: "closed" }, null] }, { "!=": [{ var: "received" }, null] }] }, assert: { ">=": [{ var: "closed" }, { var: "received" }] } }],
  "dq:freshness": { field: "received", notInFuture: true },
  "dq:fail": "2%",
};

export function samples({ today, siteUserIdOf }: SampleContext) {
  const day = londonDay(today);
  const at = (daysAgo: number) => `${addDays(day, -daysAgo)}T10:00:00Z`;
  return [
    seedList(reportsList, () =>
      REPORTS.map(
        (r): ItemInput<typeof reportsList> => ({ Title: titleFrom(r.description), Dataset: r.dataset, Dimension: r.dimension, Severity: r.severity, Description: r.description, FoundBy: r.found, Service: r.service }),
      ),
    ),
    seedList(issuesList, () =>
      TRIAGE.map((t, i): ItemInput<typeof issuesList> => {
        const r = REPORTS[i]!;
        return {
          Title: titleFrom(r.description),
          Dataset: r.dataset,
          Dimension: r.dimension,
          Severity: r.severity,
          Description: r.description,
          FoundBy: r.found,
          Service: r.service,
          ReportId: i + 1,
          ReporterId: siteUserIdOf("staff"),
          ReportedAt: at(r.daysAgo),
          TriagedAt: at(r.daysAgo - 1),
          IssueOwnerId: siteUserIdOf(t.owner),
          TargetDate: `${addDays(day, t.targetDays - r.daysAgo)}T00:00:00Z`,
          Status: t.status,
          RootCause: t.rootCause ?? null,
          ResolutionNotes: t.notes ?? null,
          WontFixReason: t.status === "Won't fix" ? "SAMPLE: the old system is replaced next year; the new one validates postcodes." : null,
          ClosedAt: t.closedAfter !== undefined ? at(r.daysAgo - t.closedAfter) : t.status === "Won't fix" ? at(r.daysAgo - 3) : null,
        };
      }),
    ),
    seedList(auditsList, () =>
      AUDITS.map((a): ItemInput<typeof auditsList> => {
        const [c, u, k, t, v, acc] = a.errors;
        return {
          Title: `SAMPLE audit of ${a.dataset.replace(/^Sample: /, "")}`,
          Dataset: a.dataset,
          AuditDate: `${addDays(day, -30 * a.monthsAgo)}T00:00:00Z`,
          RecordsChecked: a.records,
          CompletenessErrors: c,
          UniquenessErrors: u,
          ConsistencyErrors: k,
          TimelinessErrors: t,
          ValidityErrors: v,
          AccuracyErrors: acc,
          AuditorId: siteUserIdOf("asset-owner"),
          Notes: "SAMPLE content for local mode.",
        };
      }),
    ),
    seedList(ruleSetsList, () => [{ Title: "Sample: casework export", Dataset: "Sample: casework export", Schema: JSON.stringify(SAMPLE_SCHEMA, null, 2) }]),
  ];
}
