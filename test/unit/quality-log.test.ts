import { entry } from "./quality-fixtures";
import { addDays, calendarDaysBetween, isIsoDay, londonDay, monthsEnding } from "../../src/modules/quality/domain/log/dates";
import { mergeLog, titleFrom } from "../../src/modules/quality/domain/log/issue";
import { findPersonalIdentifiers, personalDataMessage } from "../../src/modules/quality/domain/log/personal-data";
import { emptyReport, type ReportDraft, reportFromParams, reportToFields, validateReport } from "../../src/modules/quality/domain/log/report-form";
import { DEFAULT_TARGET_DAYS, defaultTargetDate, parseTargetDays, targetRules } from "../../src/modules/quality/domain/log/targets";
import { allowedStatuses, closedAtAfter, issueFields, triageDraftFor, triagedIssueFields, validateTriage } from "../../src/modules/quality/domain/log/triage";
import { mergeTriageDrafts, theirChanges } from "../../src/modules/quality/domain/log/conflict";
import { issueHistory, versionFromWire } from "../../src/modules/quality/domain/log/history";
import { logCsv } from "../../src/modules/quality/domain/log/export";
import { countBy, effectiveTarget, issuesServerFilter, isOverdue, logFiltersFromParams, logFiltersToParams, matchesLog, reportsServerFilter, sortLog } from "../../src/modules/quality/domain/log/views";

const RULES = targetRules([]);


const good: ReportDraft = { ...emptyReport("Revenues"), dataset: "Council tax accounts", dimension: "completeness", severity: "High", description: "About 40 new accounts have no postcode.\nSeen on the weekly list." };

describe("calendar days in UK time", () => {
  it("counts a report at 16:00 resolved at 09:00 the next morning as 1 day, and the same day as 0", () => {
    expect(calendarDaysBetween("2026-11-25T16:00:00Z", "2026-11-26T09:00:00Z")).toBe(1);
    expect(calendarDaysBetween("2026-11-25T08:00:00Z", "2026-11-25T17:30:00Z")).toBe(0);
  });

  it("takes the London day, so 23:30 UTC in summer is already the next day", () => {
    expect(londonDay("2026-07-01T23:30:00Z")).toBe("2026-07-02");
    expect(londonDay("2026-12-01T23:30:00Z")).toBe("2026-12-01");
    expect(calendarDaysBetween("2026-03-28T12:00:00Z", "2026-03-30T12:00:00Z")).toBe(2);
  });

  it("adds days across months and years, lists months and checks real dates", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(monthsEnding("2026-02-10", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(isIsoDay("2026-02-29")).toBe(false);
    expect(isIsoDay("2028-02-29")).toBe(true);
  });
});

describe("personal identifiers in free text", () => {
  it("finds e-mail addresses, NI numbers, phone numbers and spaced NHS numbers, masked", () => {
    const found = findPersonalIdentifiers("Ask jo.bloggs@example.gov.uk or ring 01632 960001; NI AB 12 34 56 C; NHS 943 476 5919.");
    expect(found.map((f) => f.kind)).toEqual(["e-mail address", "phone number", "National Insurance number", "NHS number"]);
    expect(found[0]!.masked).toBe("jo…@…gov.uk");
    expect(found.map((f) => f.masked).join(" ")).not.toContain("bloggs");
  });

  it("leaves record references, UPRNs, dates and amounts alone", () => {
    expect(findPersonalIdentifiers("Case CT-2026-000123, UPRN 100062456932, 25/11/2026, £1,200.50, account 9434765919, ward AB12")).toEqual([]);
  });

  it("takes mobile numbers with +44 and brackets, and a lower-case NI number", () => {
    expect(findPersonalIdentifiers("call +44 (0)7700 900123").map((f) => f.kind)).toEqual(["phone number"]);
    expect(findPersonalIdentifiers("ni ab123456c").map((f) => f.kind)).toEqual(["National Insurance number"]);
  });

  it("says what it found without repeating it, and that the text is kept", () => {
    const message = personalDataMessage("What is wrong", findPersonalIdentifiers("email jo.bloggs@example.gov.uk"));
    expect(message).toContain("What is wrong contains what looks like an e-mail address (jo…@…gov.uk)");
    expect(message).toContain("Your text is kept");
    expect(message).not.toContain("bloggs");
  });
});

describe("reporting a problem", () => {
  it("accepts a complete report and saves a title from its first line", () => {
    expect(validateReport(good)).toEqual([]);
    expect(reportToFields(good)).toMatchObject({ Title: "About 40 new accounts have no postcode.", Dataset: "Council tax accounts", Dimension: "Completeness", Severity: "High", FoundBy: "User report", Service: "Revenues", ExampleRecords: null });
  });

  it("names every missing answer in the order of the form", () => {
    expect(validateReport(emptyReport(null)).map((p) => p.field)).toEqual(["dataset", "dimension", "severity", "description"]);
  });

  it("refuses a description holding an e-mail address, and example references holding a phone number, keeping both texts", () => {
    const draft = { ...good, description: "Resident jo@example.com has two accounts", exampleRecords: "07700 900123" };
    const problems = validateReport(draft);
    expect(problems.map((p) => p.field)).toEqual(["description", "exampleRecords"]);
    expect(draft.description).toBe("Resident jo@example.com has two accounts");
  });

  it("fills a report from a link, ignoring values it does not know", () => {
    const draft = reportFromParams(new URLSearchParams("dataset=Casework&dimension=validity&severity=Urgent&found=Validation%20run&run=12"), "Digital");
    expect(draft).toMatchObject({ dataset: "Casework", dimension: "validity", severity: "", foundBy: "Validation run", validationRunId: 12, service: "Digital" });
  });

  it("cuts a long first line to a title of 120 characters", () => {
    expect(titleFrom("x".repeat(300))).toHaveLength(118);
  });
});

describe("the severity rule", () => {
  it("defaults the target from the report's day plus the severity's days, and a saved rule wins", () => {
    expect(defaultTargetDate("2026-11-25T15:00:00Z", "High", RULES)).toBe(addDays("2026-11-25", DEFAULT_TARGET_DAYS.High));
    const saved = targetRules([{ id: 4, etag: '"2"', severity: "High", days: 3 }]);
    expect(defaultTargetDate("2026-11-25T15:00:00Z", "High", saved)).toBe("2026-11-28");
    expect(saved.find((r) => r.severity === "High")!.saved).toEqual({ id: 4, etag: '"2"' });
  });

  it("reads target days as typed", () => {
    expect(parseTargetDays(" 14 ")).toBe(14);
    expect(parseTargetDays("two weeks")).toMatch(/whole number/);
    expect(parseTargetDays("400")).toMatch(/365/);
  });
});

describe("triage", () => {
  it("opens a new report with status Triaged and the target from the rule", () => {
    const report = entry({ source: "report", status: "New", targetDate: null, ownerEmail: null, ownerName: null, ownerId: null, severity: "Critical", reportedAt: "2026-11-25T09:00:00Z" });
    const draft = triageDraftFor(report, RULES);
    expect(draft).toMatchObject({ status: "Triaged", targetDate: "2026-11-27", owner: null });
  });

  it("needs an owner, a resolution note and a root cause to resolve, and a reason for won't fix", () => {
    const draft = triageDraftFor(entry({ ownerEmail: null }), RULES);
    expect(validateTriage({ ...draft, status: "Resolved" }, "Triaged").map((p) => p.field)).toEqual(["owner", "rootCause", "resolutionNotes"]);
    expect(validateTriage({ ...draft, status: "Won't fix" }, "Triaged").map((p) => p.field)).toEqual(["wontFixReason"]);
  });

  it("refuses a status an issue cannot move to, and personal details in resolution notes", () => {
    const draft = triageDraftFor(entry({ status: "Resolved" }), RULES);
    expect(allowedStatuses("Resolved")).toEqual(["Resolved", "In progress"]);
    expect(validateTriage({ ...draft, status: "Won't fix", wontFixReason: "x" }, "Resolved").map((p) => p.field)).toContain("status");
    expect(validateTriage({ ...draft, rootCause: "Input", resolutionNotes: "rang 01632 960001" }, "Resolved").map((p) => p.field)).toEqual(["resolutionNotes"]);
  });

  it("sets the closing time on resolving, keeps it while closed and clears it on reopening", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(closedAtAfter("In progress", null, "Resolved", now)).toBe("2026-12-01T12:00:00.000Z");
    expect(closedAtAfter("Resolved", "2026-11-20T09:00:00Z", "Resolved", now)).toBe("2026-11-20T09:00:00Z");
    expect(closedAtAfter("Resolved", "2026-11-20T09:00:00Z", "In progress", now)).toBeNull();
  });

  it("keeps who reported and when as a report moves into the log", () => {
    const report = entry({ source: "report", status: "New", reference: 34, reporterId: 11, reportedAt: "2026-11-20T08:00:00Z" });
    const fields = triagedIssueFields({ ...triageDraftFor(report, RULES), owner: { displayName: "Alex", email: "alex@example.gov.uk" } }, 13, report, new Date("2026-11-21T10:00:00Z"));
    expect(fields).toMatchObject({ ReportId: 34, ReporterId: 11, ReportedAt: "2026-11-20T08:00:00Z", TriagedAt: "2026-11-21T10:00:00.000Z", IssueOwnerId: 13, Status: "Triaged", ClosedAt: null });
    expect(issueFields(triageDraftFor(report, RULES), 13, report, new Date()).TargetDate).toMatch(/T00:00:00Z$/);
  });
});

describe("views", () => {
  const viewer = { siteUserId: 11, service: "Revenues" };
  it("keeps filters in the address and reads back exactly what it wrote", () => {
    const filters = logFiltersFromParams(new URLSearchParams("view=overdue&dataset=Casework&dimension=validity&severity=High&status=Triaged&q=postcode"));
    expect(filters).toEqual({ view: "overdue", dataset: "Casework", dimension: "validity", severity: "High", status: "Triaged", search: "postcode" });
    expect(logFiltersFromParams(new URLSearchParams(logFiltersToParams(filters)))).toEqual(filters);
    expect(logFiltersFromParams(new URLSearchParams("view=nonsense&dimension=beauty"))).toEqual({ view: "open" });
  });

  it("asks SharePoint only on indexed columns, with values escaped", () => {
    expect(issuesServerFilter({ view: "mine" }, viewer, "2026-11-25")).toBe("ReporterId eq 11 or IssueOwnerId eq 11");
    expect(issuesServerFilter({ view: "overdue", dataset: "O'Neill's list" }, viewer, "2026-11-25")).toBe(
      "Status ne 'Resolved' and Status ne 'Won''t fix' and TargetDate lt datetime'2026-11-25T00:00:00Z' and Dataset eq 'O''Neill''s list'",
    );
    expect(issuesServerFilter({ view: "all", status: "New" }, viewer, "2026-11-25")).toBe("none");
    expect(reportsServerFilter({ view: "all", status: "Resolved" }, viewer)).toBe("none");
    expect(reportsServerFilter({ view: "mine", dimension: "validity" }, viewer)).toBe("AuthorId eq 11 and Dimension eq 'Validity'");
  });

  it("holds a new report to the target the severity rule would set", () => {
    const report = entry({ source: "report", status: "New", targetDate: null, severity: "Critical", reportedAt: "2026-11-20T09:00:00Z" });
    expect(effectiveTarget(report, RULES)).toBe("2026-11-22");
    expect(isOverdue(report, RULES, "2026-11-23")).toBe(true);
    expect(isOverdue(entry({ status: "Resolved", targetDate: "2026-11-01" }), RULES, "2026-11-23")).toBe(false);
  });

  it("matches the same rules in the browser, with search over reference, title and dataset", () => {
    const mine = entry({ reporterId: 11 });
    expect(matchesLog(mine, { view: "mine" }, viewer, RULES, "2026-11-25")).toBe(true);
    expect(matchesLog(entry({ reporterId: 12, ownerId: 13 }), { view: "mine" }, viewer, RULES, "2026-11-25")).toBe(false);
    expect(matchesLog(entry({ reference: 77 }), { view: "all", search: "dq-77 council" }, viewer, RULES, "2026-11-25")).toBe(true);
    expect(matchesLog(entry({ status: "Resolved" }), { view: "open" }, viewer, RULES, "2026-11-25")).toBe(false);
  });

  it("sorts open by age oldest first, and counts per group with open and overdue", () => {
    const a = entry({ reference: 1, reportedAt: "2026-10-01T09:00:00Z" });
    const b = entry({ reference: 2, reportedAt: "2026-11-01T09:00:00Z", dataset: "Waste" });
    expect(sortLog([b, a], "age").map((e) => e.reference)).toEqual([1, 2]);
    expect(sortLog([a, b], "open").map((e) => e.reference)).toEqual([2, 1]);
    expect(countBy([a, b, entry({ status: "Resolved" })], (e) => e.dataset, RULES, "2026-12-10")).toEqual([
      { key: "Council tax accounts", open: 1, overdue: 1, total: 2 },
      { key: "Waste", open: 1, overdue: 1, total: 1 },
    ]);
  });

  it("shows a triaged report once: the issue stands for it", () => {
    const report = entry({ source: "report", reference: 5, status: "New" });
    const issue = entry({ source: "issue", reference: 5, itemId: 1 });
    const other = entry({ source: "report", reference: 6, status: "New" });
    expect(mergeLog([report, other], [issue]).map((e) => `${e.source}${e.reference}`)).toEqual(["issue5", "report6"]);
  });

  it("exports formula-safe CSV with British dates and the effective target", () => {
    const csv = logCsv([entry({ title: "=HYPERLINK(\"x\")", reference: 9 })], RULES, "2026-11-25");
    expect(csv).toContain('"DQ-9","\'=HYPERLINK(""x"")"');
    expect(csv).toContain('"02/11/2026"');
    expect(csv).toContain('"02/12/2026"');
  });
});

describe("history and conflicts", () => {
  it("lists what changed in each version, newest first, skipping saves that changed nothing tracked", () => {
    const versions = [
      { VersionLabel: "1.0", Created: "2026-11-03T10:00:00Z", EditorId: 13, Status: "Triaged", IssueOwnerId: 13 },
      { VersionLabel: "2.0", Created: "2026-11-04T10:00:00Z", EditorId: 13, Status: "Triaged", IssueOwnerId: 13 },
      { VersionLabel: "3.0", Created: "2026-11-05T10:00:00Z", Editor: { LookupId: 14, LookupValue: "Jordan Reid" }, Status: "In progress", IssueOwner: { LookupId: 21, LookupValue: "Priya Shah" } },
    ].map(versionFromWire);
    const history = issueHistory(versions);
    expect(history.map((h) => h.label)).toEqual(["3.0", "1.0"]);
    expect(history[0]).toMatchObject({ editorName: "Jordan Reid", kind: "changed" });
    expect(history[0]!.changes.map((c) => [c.label, c.from, c.to])).toEqual([
      ["Status", "Triaged", "In progress"],
      ["Owner", 13, 21],
    ]);
    expect(history[1]!.kind).toBe("created");
  });

  it("names the other person's changes and puts mine on top of theirs, field by field", () => {
    const base = entry();
    const theirs = entry({ status: "In progress", ownerName: "Priya Shah" });
    expect(theirChanges(base, theirs)).toEqual([
      { label: "Status", value: "In progress" },
      { label: "Owner", value: "Priya Shah" },
    ]);
    const baseDraft = triageDraftFor(base, RULES);
    const mine = { ...baseDraft, resolutionNotes: "Fixed at source", content: { ...baseDraft.content, severity: "High" as const } };
    const merged = mergeTriageDrafts(baseDraft, mine, triageDraftFor(theirs, RULES));
    expect(merged).toMatchObject({ status: "In progress", resolutionNotes: "Fixed at source", content: { severity: "High" } });
  });
});

describe("the London day, worked out from the summer time rule", () => {
  it("agrees with Intl's Europe/London on every hour around the clock changes and through three years", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });
    const edges = ["2026-03-28T22:00:00Z", "2026-10-24T22:00:00Z", "2027-03-27T22:00:00Z", "2027-10-30T22:00:00Z"].flatMap((start) => Array.from({ length: 30 }, (_, h) => new Date(Date.parse(start) + h * 1_800_000)));
    const spread = Array.from({ length: 3 * 365 }, (_, d) => new Date(Date.UTC(2025, 0, 1, 23, 30) + d * 86_400_000));
    for (const instant of [...edges, ...spread]) expect([instant.toISOString(), londonDay(instant.toISOString())]).toEqual([instant.toISOString(), intl.format(instant)]);
  });
});
