import { ConflictError } from "../../src/core/data/concurrency";
import { addAudit, loadAudits } from "../../src/modules/quality/data/audits-data";
import { loadListColumns, loadReferenceLists, loadSiteLists, readListAsCsv } from "../../src/modules/quality/data/list-source";
import { addReport, AlreadyTriagedError, getEntry, loadIssueHistory, loadIssues, loadReports, triageReport, updateIssue, updateReport } from "../../src/modules/quality/data/log-data";
import { loadPersonNames } from "../../src/modules/quality/data/people-names";
import { loadQualityData } from "../../src/modules/quality/data/quality-data";
import { loadRuleSet, loadRuleSetNames, saveRuleSet } from "../../src/modules/quality/data/rule-sets-data";
import { loadDatasetRuns, saveRun } from "../../src/modules/quality/data/runs-data";
import { loadTargetRules, saveTargetRule } from "../../src/modules/quality/data/targets-data";
import { emptyAudit } from "../../src/modules/quality/domain/log/audits";
import { daysToResolve } from "../../src/modules/quality/domain/log/figures";
import type { LogEntry } from "../../src/modules/quality/domain/log/issue";
import { emptyReport, type ReportDraft } from "../../src/modules/quality/domain/log/report-form";
import { triageDraftFor, type TriageDraft } from "../../src/modules/quality/domain/log/triage";
import { issuesServerFilter } from "../../src/modules/quality/domain/log/views";
import { runToFields } from "../../src/modules/quality/domain/runs";
import { QUALITY_FIGURES } from "../../src/modules/quality/domain/strategy-figures";
import { compileSchema } from "../../src/modules/quality/domain/validation/compile";
import { startRun } from "../../src/modules/quality/domain/validation/run";
import { auditsList, issuesList, reportsList } from "../../src/modules/quality/lists";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

const sp = (persona: Parameters<typeof clientsFor>[1]) => clientsFor(tenant, persona).sp;
const draft = (description: string, extra: Partial<ReportDraft> = {}): ReportDraft => ({ ...emptyReport("Customer Services"), dataset: "Council tax accounts", dimension: "completeness", severity: "High", description, ...extra });

async function triage(entry: LogEntry, persona: "asset-owner" | "data-lead", change: Partial<TriageDraft> = {}, at = new Date()): Promise<LogEntry> {
  const rules = await loadTargetRules(sp(persona));
  const form = { ...triageDraftFor(entry, rules), owner: { displayName: "Alex Okafor", email: "", siteUserId: 13 }, ...change };
  return triageReport(sp(persona), entry, form, at);
}

describe("the data quality log against the local tenant", () => {
  it("reports, triages and resolves an issue, with time to resolve from the stored dates", async () => {
    const reportsBefore = tenant.itemCount(reportsList.title);
    const report = await addReport(sp("staff"), draft("About 40 new accounts have no postcode."));
    expect(report).toMatchObject({ source: "report", status: "New", reporterName: "Sam Patel", title: "About 40 new accounts have no postcode.", dimension: "completeness" });

    const issue = await triage(report, "asset-owner");
    expect(issue).toMatchObject({ source: "issue", reference: report.reference, status: "Triaged", reporterId: 11, ownerId: 13, reportedAt: report.reportedAt });
    expect(await getEntry(sp("staff"), report.reference)).toMatchObject({ source: "issue", itemId: issue.itemId });
    expect(tenant.itemCount(reportsList.title)).toBe(reportsBefore);

    const form = triageDraftFor(issue, await loadTargetRules(sp("asset-owner")));
    const later = new Date(new Date(report.reportedAt).getTime() + 3 * 86_400_000);
    const resolved = await updateIssue(sp("asset-owner"), issue, { ...form, status: "Resolved", rootCause: "Input", resolutionNotes: "Postcodes added from the gazetteer." }, later);
    expect(resolved).toMatchObject({ status: "Resolved", rootCause: "Input" });
    expect(daysToResolve(resolved)).toBe(3);

    const { entries } = await loadIssueHistory(sp("staff"), resolved);
    expect(entries[0]!.changes.map((c) => c.label)).toEqual(expect.arrayContaining(["Status", "Root cause", "Resolution notes"]));
    expect(entries[0]!.editorName).toBe("Alex Okafor");
    expect(entries[entries.length - 1]!.kind).toBe("created");
  });

  it("lets the reporter edit their own report until it is triaged, and nobody else's (403)", async () => {
    const report = await addReport(sp("staff"), draft("Duplicate accounts for one property."));
    const edited = await updateReport(sp("staff"), report, draft("Duplicate accounts for one property, since June."));
    expect(edited.title).toBe("Duplicate accounts for one property, since June.");
    await expect(updateReport(sp("manager"), edited, draft("Not mine to change."))).rejects.toMatchObject({ status: 403 });

    const issue = await triage(edited, "data-lead");
    const form = triageDraftFor(issue, await loadTargetRules(sp("staff")));
    // The report is gone from the reports list, and the log is not the reporter's to change.
    await expect(updateReport(sp("staff"), edited, draft("Too late."))).rejects.toMatchObject({ status: 404 });
    await expect(updateIssue(sp("staff"), issue, { ...form, content: { ...form.content, description: "Too late." } }, new Date())).rejects.toMatchObject({ status: 403 });
  });

  it("refuses a staff member closing or reassigning someone else's issue", async () => {
    const issue = await triage(await addReport(sp("manager"), draft("Wrong ward on 12 addresses.")), "asset-owner");
    const form = triageDraftFor(issue, await loadTargetRules(sp("staff")));
    await expect(updateIssue(sp("staff"), issue, { ...form, status: "Won't fix", wontFixReason: "Not important" }, new Date())).rejects.toMatchObject({ status: 403 });
    await expect(updateIssue(sp("staff"), issue, { ...form, owner: { displayName: "Sam Patel", email: "", siteUserId: 11 } }, new Date())).rejects.toMatchObject({ status: 403 });
    await expect(triage(await addReport(sp("staff"), draft("Staff cannot triage.")), "staff" as never)).rejects.toMatchObject({ status: 403 });
    expect((await getEntry(sp("staff"), issue.reference))!.status).toBe("Triaged");
  });

  it("returns a stale save as a conflict carrying the other person's change, and saves mine on top with the new version", async () => {
    const issue = await triage(await addReport(sp("staff"), draft("Closed dates before received dates.")), "asset-owner");
    const rules = await loadTargetRules(sp("asset-owner"));
    const theirs = await updateIssue(sp("data-lead"), issue, { ...triageDraftFor(issue, rules), status: "In progress" }, new Date());
    const mine = { ...triageDraftFor(issue, rules), content: { ...triageDraftFor(issue, rules).content, severity: "Critical" as const } };
    const conflict = await updateIssue(sp("asset-owner"), issue, mine, new Date()).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<LogEntry>).current).toMatchObject({ status: "In progress", etag: theirs.etag });
    const saved = await updateIssue(sp("asset-owner"), (conflict as ConflictError<LogEntry>).current, { ...mine, status: "In progress" }, new Date());
    expect(saved).toMatchObject({ status: "In progress", severity: "Critical" });
  });

  it("lets only one of two triagers triage a report, and shows the other the issue made", async () => {
    const report = await addReport(sp("staff"), draft("Missing UPRNs on new builds."));
    const results = await Promise.allSettled([triage(report, "asset-owner"), triage(report, "data-lead")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AlreadyTriagedError);
    expect((refused.reason as AlreadyTriagedError).issue.reference).toBe(report.reference);
    const issues: LogEntry[] = [];
    await loadIssues(sp("staff"), undefined, (page) => issues.push(...page));
    expect(issues.filter((i) => i.reference === report.reference)).toHaveLength(1);
  });

  it("takes the triage back when the reporter changed the report meanwhile, showing their latest words", async () => {
    const report = await addReport(sp("staff"), draft("Phone numbers in the wrong field."));
    await updateReport(sp("staff"), report, draft("Phone numbers in the wrong field (about 300)."));
    const conflict = await triage(report, "asset-owner").catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<LogEntry>).current).toMatchObject({ source: "report", title: "Phone numbers in the wrong field (about 300)." });
    const current = (await getEntry(sp("asset-owner"), report.reference))!;
    expect(current.source).toBe("report");
    expect((await triage(current, "asset-owner")).title).toBe("Phone numbers in the wrong field (about 300).");
  });

  it("leaves out a report that an issue already stands for, and names people once each", async () => {
    // As after a triage whose removal of the report did not finish: the report and its issue both exist.
    const [reportId] = tenant.seed(reportsList.title, [{ Title: "Left behind", Dataset: "Casework", Dimension: "Validity", Severity: "Low", Description: "Left behind" }], { as: "staff" });
    tenant.seed(issuesList.title, [{ Title: "Left behind", Dataset: "Casework", Dimension: "Validity", Severity: "Low", Description: "Left behind", ReportId: reportId, ReporterId: 11, ReportedAt: new Date().toISOString(), Status: "Resolved", ClosedAt: new Date().toISOString() }]);
    const reports: LogEntry[] = [];
    await loadReports(sp("staff"), undefined, (page) => reports.push(...page));
    expect(reports.map((r) => r.reference)).not.toContain(reportId);
    expect((await getEntry(sp("staff"), reportId!))!.source).toBe("issue");
    const names = await loadPersonNames(sp("staff"), [11, 13, 13, 99_999]);
    expect([...names.entries()].map(([id, p]) => [id, p.name])).toEqual(expect.arrayContaining([[11, "Sam Patel"], [13, "Alex Okafor"]]));
    expect(names.has(99_999)).toBe(false);
  });

  it("keeps audits, refusing staff, and reads them back with their error counts", async () => {
    const form = { ...emptyAudit("2026-11-01", "Casework"), recordsChecked: "200", errors: { ...emptyAudit("x").errors, validity: "6", completeness: "2" } };
    const audit = await addAudit(sp("asset-owner"), form, 13);
    expect(audit).toMatchObject({ dataset: "Casework", date: "2026-11-01", recordsChecked: 200, errors: { validity: 6, completeness: 2, accuracy: 0 }, auditorName: "Alex Okafor" });
    await expect(addAudit(sp("staff"), form, 11)).rejects.toMatchObject({ status: 403 });
    expect((await loadAudits(sp("staff"))).map((a) => a.id)).toContain(audit.id);
  });

  it("keeps the severity rule as data the data lead edits, with conflicts, and nobody else", async () => {
    const rules = await loadTargetRules(sp("data-lead"));
    const high = rules.find((r) => r.severity === "High")!;
    expect(high.saved).toBeNull();
    const saved = await saveTargetRule(sp("data-lead"), high, 5);
    const savedHigh = saved.find((r) => r.severity === "High")!;
    expect(savedHigh).toMatchObject({ days: 5, saved: { id: expect.any(Number) } });
    await saveTargetRule(sp("data-lead"), savedHigh, 6);
    await expect(saveTargetRule(sp("data-lead"), savedHigh, 7)).rejects.toBeInstanceOf(ConflictError);
    await expect(saveTargetRule(sp("asset-owner"), saved.find((r) => r.severity === "Low")!, 1)).rejects.toMatchObject({ status: 403 });
  });
});

describe("validation rule sets and runs against the local tenant", () => {
  const SCHEMA = { fields: [{ name: "ref", constraints: { required: true } }, { name: "ward", constraints: { enum: ["North", "South"] } }], primaryKey: ["ref"] };

  it("stores a dataset's rules as versioned Table Schema JSON, refusing a stale save and staff", async () => {
    const first = await saveRuleSet(sp("asset-owner"), null, "Casework export", JSON.stringify(SCHEMA));
    expect(first.version).toBe("1.0");
    const second = await saveRuleSet(sp("asset-owner"), first, "Casework export", JSON.stringify({ ...SCHEMA, "dq:fail": "2%" }));
    expect(second.version).toBe("2.0");
    expect(JSON.parse((await loadRuleSet(sp("staff"), "Casework export"))!.schemaText)["dq:fail"]).toBe("2%");
    await expect(saveRuleSet(sp("data-lead"), first, "Casework export", "{}")).rejects.toBeInstanceOf(ConflictError);
    await expect(saveRuleSet(sp("staff"), second, "Casework export", "{}")).rejects.toMatchObject({ status: 403 });
    expect(await loadRuleSetNames(sp("staff"))).toContain("Casework export");
  });

  it("keeps a run's totals and sample, never the rows, and reads the dataset's runs newest first", async () => {
    const run = startRun(compileSchema(SCHEMA), ["ref", "ward"], { runDate: "2026-11-25" });
    run.pushRows([["R1", "North"], ["R2", "Nort"], ["", "South"]], 2);
    const result = run.finish();
    const older = await saveRun(sp("staff"), runToFields(result, { dataset: "Casework export", sourceName: "casework.csv", ruleSetVersion: "2.0", runAt: new Date("2026-11-20T10:00:00Z"), keepValues: false }));
    const newer = await saveRun(sp("staff"), runToFields(result, { dataset: "Casework export", sourceName: "casework.csv", ruleSetVersion: "2.0", runAt: new Date("2026-11-25T10:00:00Z"), keepValues: false }));
    const runs = await loadDatasetRuns(sp("staff"), "Casework export");
    expect(runs.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(runs[0]).toMatchObject({ rows: 3, validRows: 1, outcome: "fail", ranBy: "Sam Patel" });
    expect(runs[0]!.summary!.rules.map((r) => r.id)).toContain("ward/enum");
    expect(JSON.stringify(runs[0]!.sample)).not.toContain("Nort\"");
  });

  it("reads a SharePoint list as a table of text, and a reference list for foreign keys", async () => {
    tenant.createList({ title: "Wards", fields: [{ name: "Code", title: "Ward code", kind: "Text" }, { name: "Opened", title: "Opened", kind: "DateTime", dateOnly: true }] });
    tenant.seed("Wards", [
      { Title: "North", Code: "N1", Opened: "2020-04-01T00:00:00Z" },
      { Title: "South, \"old\"", Code: "S1", Opened: null },
    ]);
    expect((await loadSiteLists(sp("staff"))).map((l) => l.title)).toEqual(expect.arrayContaining(["Wards", "DataQualityAudits"]));
    const columns = await loadListColumns(sp("staff"), "Wards");
    expect(columns.map((c) => c.title)).toEqual(expect.arrayContaining(["Title", "Ward code", "Opened"]));
    const counts: number[] = [];
    const csv = await (await readListAsCsv(sp("staff"), "Wards", columns, (n) => counts.push(n))).text();
    const titleAt = columns.findIndex((c) => c.title === "Title");
    expect(csv.split("\r\n")[0]!.split(",")[titleAt]).toBe("Title");
    expect(csv).toContain("01/04/2020");
    expect(csv).toContain('"South, ""old"""');
    expect(counts[counts.length - 1]).toBe(2);
    const references = await loadReferenceLists(sp("staff"), { fields: [{ name: "ward" }], foreignKeys: [{ fields: "ward", reference: { resource: "Wards", fields: "Title" } }] });
    expect(references.Wards!.map((r) => r.Title)).toEqual(["North", 'South, "old"']);
  });
});

describe("the log at scale", () => {
  it("reads 10,000 issues and 2,000 audits, and views filter on indexed columns past the threshold", async () => {
    const big = await startTestTenant();
    try {
      const today = new Date("2026-11-25T12:00:00Z");
      const issues = Array.from({ length: 10_000 }, (_, i) => {
        const reported = new Date(today.getTime() - (i % 400) * 86_400_000);
        const status = ["Triaged", "In progress", "Resolved", "Won't fix"][i % 4]!;
        return {
          Title: `Issue ${i}`,
          Dataset: `Dataset ${i % 40}`,
          Dimension: ["Completeness", "Uniqueness", "Consistency", "Timeliness", "Validity", "Accuracy"][i % 6],
          Severity: ["Critical", "High", "Medium", "Low"][i % 4],
          Description: "Bulk",
          Service: `Service ${i % 8}`,
          ReportId: 100_000 + i,
          ReporterId: 11,
          ReportedAt: reported.toISOString(),
          TargetDate: new Date(reported.getTime() + 20 * 86_400_000).toISOString().slice(0, 10) + "T00:00:00Z",
          Status: status,
          ClosedAt: status === "Resolved" || status === "Won't fix" ? new Date(reported.getTime() + 5 * 86_400_000).toISOString() : null,
        };
      });
      big.seed(issuesList.title, issues);
      big.seed(auditsList.title, Array.from({ length: 2_000 }, (_, i) => ({ Title: `Audit ${i}`, Dataset: `Dataset ${i % 40}`, AuditDate: `2026-0${1 + (i % 9)}-01T00:00:00Z`, RecordsChecked: 100, ValidityErrors: i % 7 })));
      const staff = clientsFor(big, "staff").sp;
      const overdue: LogEntry[] = [];
      const filter = issuesServerFilter({ view: "overdue" }, { siteUserId: 11, service: null }, "2026-11-25");
      // Local mode's few sample issues are on every new site; the bulk ones are told apart by their report numbers.
      const bulk = (e: LogEntry) => e.reference >= 100_000;
      await loadIssues(staff, filter as string, (page) => overdue.push(...page.filter(bulk)));
      expect(overdue.length).toBe(issues.filter((i) => (i.Status === "Triaged" || i.Status === "In progress") && i.TargetDate < "2026-11-25").length);
      const reports: LogEntry[] = [];
      await loadReports(staff, undefined, (page) => reports.push(...page));
      const all = await loadQualityData(clientsFor(big, "data-lead").sp);
      const data = { ...all, entries: all.entries.filter(bulk), audits: all.audits.filter((a) => /^Dataset /.test(a.dataset)) };
      expect(data.entries).toHaveLength(10_000);
      expect(data.audits).toHaveLength(2_000);
      const figures = QUALITY_FIGURES.map((f) => f.compute(data, { start: "2026-04-01", end: "2026-11-30", label: "2026/27" }));
      expect(figures[0]!.value).toBe(5);
      expect(figures.every((f) => f.value === null || Number.isFinite(f.value))).toBe(true);
    } finally {
      await big.close();
    }
  });
});
