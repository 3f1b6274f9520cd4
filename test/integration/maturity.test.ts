import fs from "node:fs";
import { ConflictError } from "../../src/core/data/concurrency";
import { actionsList, loadActionOutcomes } from "../../src/modules/actions";
import { addActionLink, loadLinkedActions } from "../../src/modules/maturity/data/action-links-data";
import { loadRoundsAnswers, loadTeamAnswers, saveAnswer, type StoredAnswer } from "../../src/modules/maturity/data/answers-data";
import { importFrameworkFile, loadFramework } from "../../src/modules/maturity/data/framework-data";
import { loadPrincipleMapping } from "../../src/modules/maturity/data/mapping-data";
import { closeRound, loadSnapshots } from "../../src/modules/maturity/data/results-data";
import { addRound, loadRounds } from "../../src/modules/maturity/data/rounds-data";
import { compareRounds } from "../../src/modules/maturity/domain/change";
import { computeRoundResults, groupResult } from "../../src/modules/maturity/domain/results";
import { answersList, frameworkInfoList, frameworkRowsList } from "../../src/modules/maturity/lists";
import { frameworkFilePath } from "../../src/modules/maturity/seed/framework-file";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

const frameworkText = fs.readFileSync(frameworkFilePath(), "utf8");
const NOW = new Date("2026-11-25T10:00:00Z");

// The jest setup leaves the maturity samples out of other suites' tenants; this suite reads them.
process.env.DATAHUB_MATURITY_SAMPLES = "on";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
}, 120_000);
afterAll(() => tenant.close());

const lead = () => clientsFor(tenant, "data-lead").sp;

async function emptyFramework() {
  const site = (await loadFramework(lead()))!;
  tenant.deleteItems(frameworkRowsList.title, [...site.items.values()].map((r) => r.id));
  tenant.deleteItems(frameworkInfoList.title, [site.info!.id]);
}

describe("importing the framework file", () => {
  it("refuses a malformed file with a message naming the problem, and changes nothing", async () => {
    const before = await loadFramework(lead());
    const broken = JSON.parse(frameworkText) as { rows: { row: number; topic?: string }[] };
    delete broken.rows[4]!.topic;
    const result = await importFrameworkFile(lead(), JSON.stringify(broken), NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.summary).toBe("The framework file was not imported: 1 problem. Nothing was changed.");
    expect(result.problems).toEqual(['Row 5: "topic" is missing.']);
    const cut = await importFrameworkFile(lead(), frameworkText.slice(0, 5000), NOW);
    expect(cut.ok || cut.problems[0]).toMatch(/^The file is not valid JSON/);
    expect(await loadFramework(lead())).toEqual(before);
  });

  it("imports the 97 rows, 10 topics and 6 themes into an empty site", async () => {
    await emptyFramework();
    expect(await loadFramework(lead())).toBeNull();
    const result = await importFrameworkFile(lead(), frameworkText, NOW);
    expect(result.ok).toBe(true);
    const site = await loadFramework(clientsFor(tenant, "staff").sp);
    expect(site!.framework.rows).toHaveLength(97);
    expect(site!.framework.topics).toHaveLength(10);
    expect(site!.framework.themes).toHaveLength(6);
    expect(site!.framework.levelNames).toEqual({ 1: "Beginning", 2: "Emerging", 3: "Learning", 4: "Developing", 5: "Mastering" });
    expect(new Date(site!.info!.importedOn!)).toEqual(NOW);
  });

  it("re-imports a corrected file in place: a changed descriptor updates its row, a dropped row is retired, and no answer is lost", async () => {
    const answersBefore = tenant.itemCount(answersList.title);
    const corrected = JSON.parse(frameworkText) as { rows: { row: number; levels: Record<string, string> }[] };
    corrected.rows[0]!.levels["3"] = "A corrected descriptor.";
    const dropped = corrected.rows.pop()!;
    const result = await importFrameworkFile(lead(), JSON.stringify(corrected), NOW);
    expect(result.ok).toBe(true);
    const site = await loadFramework(lead());
    expect(site!.framework.rows).toHaveLength(96);
    expect(site!.framework.rows[0]!.descriptors[3]).toBe("A corrected descriptor.");
    expect(site!.retired.map((r) => r.row)).toEqual([dropped.row]);
    expect(tenant.itemCount(answersList.title)).toBe(answersBefore);
    // The original file brings the retired row back.
    await importFrameworkFile(lead(), frameworkText, NOW);
    const restored = await loadFramework(lead());
    expect(restored!.framework.rows).toHaveLength(97);
    expect(restored!.retired).toEqual([]);
  });

  it("lets only the data lead import (SharePoint's permission, not the screen's)", async () => {
    await expect(importFrameworkFile(clientsFor(tenant, "manager").sp, frameworkText.replace("Making data available", "Making data available!"), NOW)).rejects.toMatchObject({ status: 403 });
  });
});

describe("a round, answered by two assessors at once, closed and its results computed", () => {
  const services = [{ key: "customer-services", name: "Customer Services" }];
  let roundKey = "";

  it("opens a round for the services taking part", async () => {
    const round = await addRound(lead(), { name: "Test round 2026", opensOn: "2026-11-01", closesOn: "2026-12-31", teamKeys: ["customer-services"], teams: services });
    roundKey = round.key;
    expect(round).toMatchObject({ key: "test-round-2026", name: "Test round 2026", status: "Open", opensOn: "2026-11-01", closesOn: "2026-12-31", teamKeys: ["customer-services"], isSample: false });
    await expect(addRound(clientsFor(tenant, "manager").sp, { name: "Not mine", opensOn: "2026-11-01", closesOn: "2026-12-31", teamKeys: ["x"], teams: [{ key: "x", name: "X" }] })).rejects.toMatchObject({ status: 403 });
    await expect(addRound(lead(), { name: "Test round 2026", opensOn: "2026-11-01", closesOn: "2026-12-31", teamKeys: ["x"], teams: [{ key: "x", name: "X" }] })).rejects.toMatchObject({ status: 500 });
  });

  it("saves two assessors' answers to different rows at the same moment, losing neither", async () => {
    const manager = clientsFor(tenant, "manager").sp;
    const owner = clientsFor(tenant, "asset-owner").sp;
    const target = (row: number) => ({ roundKey, teamKey: "customer-services", row });
    await Promise.all([
      ...[1, 2, 3].map((row) => saveAnswer(manager, target(row), { level: 3, evidence: `Manager on row ${row}` }, null)),
      ...[4, 5, 6].map((row) => saveAnswer(owner, target(row), { level: row === 6 ? "not-assessed" : 2, evidence: null }, null)),
    ]);
    const answers = await loadTeamAnswers(manager, roundKey, "customer-services");
    expect(answers.map((a) => [a.row, a.level]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
      [4, 2],
      [5, 2],
      [6, "not-assessed"],
    ]);
    expect(answers.find((a) => a.row === 1)).toMatchObject({ evidence: "Manager on row 1", answeredBy: "Morgan Ellis" });
  });

  it("shows a conflict, carrying the other answer, when both answer the same row", async () => {
    const manager = clientsFor(tenant, "manager").sp;
    const owner = clientsFor(tenant, "asset-owner").sp;
    const target = { roundKey, teamKey: "customer-services", row: 10 };
    const results = await Promise.allSettled([saveAnswer(manager, target, { level: 4, evidence: "Ours" }, null), saveAnswer(owner, target, { level: 1, evidence: "Theirs" }, null)]);
    const saved = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const conflict = refused[0]!.reason as ConflictError<StoredAnswer>;
    expect(conflict).toBeInstanceOf(ConflictError);
    const kept = (saved[0] as PromiseFulfilledResult<StoredAnswer>).value;
    expect(conflict.current).toMatchObject({ row: 10, level: kept.level, evidence: kept.evidence });
    // The one refused chooses to put theirs on top, with the version they were shown.
    const mine = kept.level === 4 ? { level: 1 as const, evidence: "Theirs" } : { level: 4 as const, evidence: "Ours" };
    const overwritten = await saveAnswer(kept.level === 4 ? owner : manager, target, mine, conflict.current);
    expect(overwritten).toMatchObject(mine);
    // Editing each other's answers: a stale version is a conflict, never a silent overwrite.
    await expect(saveAnswer(manager, target, { level: 5, evidence: null }, conflict.current)).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses staff who are not assessors", async () => {
    await expect(saveAnswer(clientsFor(tenant, "staff").sp, { roundKey, teamKey: "customer-services", row: 20 }, { level: 2, evidence: null }, null)).rejects.toMatchObject({ status: 403 });
  });

  it("closes the round: the results are computed from every answer and saved without team names", async () => {
    const site = (await loadFramework(lead()))!;
    const mapping = await loadPrincipleMapping(lead());
    const round = (await loadRounds(lead())).find((r) => r.key === roundKey)!;
    const closed = await closeRound(lead(), round, site.framework, mapping, NOW);
    expect(closed.status).toBe("Closed");
    const snapshot = (await loadSnapshots(clientsFor(tenant, "staff").sp)).get(roundKey);
    expect(snapshot?.ok).toBe(true);
    if (!snapshot?.ok) return;
    const results = snapshot.snapshot.results;
    expect(results).toMatchObject({ roundKey, teamCount: 1, answers: 7, notAssessed: 1 });
    // Rows 1-3 at 3, rows 4-5 at 2, row 10 as overwritten: the team's overall score is their mean.
    const levels = [3, 3, 3, 2, 2, (await loadTeamAnswers(lead(), roundKey, "customer-services")).find((a) => a.row === 10)!.level as number];
    expect(results.overall.summary!.median).toBeCloseTo(levels.reduce((a, b) => a + b, 0) / levels.length, 6);
    expect(results.overall.teams).toEqual([]);
    expect(JSON.stringify(results)).not.toContain("customer-services");
  });
});

describe("the sample rounds: thousands of answers past the list view threshold", () => {
  it("reads a whole round in Id windows and computes what the saved snapshot says", async () => {
    const rounds = (await loadRounds(lead())).filter((r) => r.isSample && r.status === "Closed");
    expect(rounds.map((r) => r.name)).toEqual(["Sample round 1 (baseline)", "Sample round 2"]);
    expect(tenant.itemCount(answersList.title)).toBeGreaterThan(12_000);
    const site = (await loadFramework(lead()))!;
    const mapping = await loadPrincipleMapping(lead());
    const before = tenant.requests.count;
    const answers = await loadRoundsAnswers(lead(), [rounds[1]!.key]);
    // A probe for the highest id, then Id windows of up to 5,000: never a query SharePoint would refuse.
    expect(tenant.requests.count - before).toBeLessThanOrEqual(Math.ceil(tenant.itemCount(answersList.title) / 5000) + 2);
    expect(answers).toHaveLength(64 * 97 - Math.ceil(97 * 0.3) * 2);
    const live = computeRoundResults(site.framework, rounds[1]!.key, answers, mapping);
    const saved = (await loadSnapshots(lead())).get(rounds[1]!.key);
    expect(saved?.ok && saved.snapshot.results.topics.map((t) => t.summary!.median)).toEqual(live.topics.map((t) => Math.round(t.summary!.median * 1e6) / 1e6));
  });
});

describe("improvement actions linked to a topic", () => {
  it("marks a topic whose linked action was completed between the rounds", async () => {
    const [action] = tenant.seed(actionsList.title, [{ Title: "Data inventory workshops", Status: "In progress", Service: "Customer Services" }]);
    const lead_ = lead();
    await addActionLink(lead_, action!, { kind: "topic", key: "knowing-the-data-you-have" });
    await expect(addActionLink(clientsFor(tenant, "manager").sp, action!, { kind: "topic", key: "engaging-with-others" })).rejects.toMatchObject({ status: 403 });
    expect((await loadActionOutcomes(lead_, [action!]))[0]).toMatchObject({ status: "In progress", completedOn: null });

    const { saveAction, getAction } = await import("../../src/modules/actions/data/actions-data");
    await saveAction(lead_, await getAction(lead_, action!), { Status: "Complete" });
    const linked = await loadLinkedActions(lead_);
    const improvement = linked.improvements.find((i) => i.title === "Data inventory workshops")!;
    const completedOn = improvement.completedOn!;
    expect(completedOn.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(improvement.teamKey).toBe("customer-services");

    const site = (await loadFramework(lead_))!;
    const earlier = computeRoundResults(site.framework, "a", [{ roundKey: "a", teamKey: "customer-services", row: 1, level: 2 }]);
    const later = computeRoundResults(site.framework, "b", [{ roundKey: "b", teamKey: "customer-services", row: 1, level: 3 }]);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const change = compareRounds(earlier, later, { earlier: { key: "a", opensOn: day(-60), closesOn: day(-30) }, later: { key: "b", opensOn: day(0), closesOn: day(30) } }, linked.improvements);
    const topic = change.topics.find((t) => t.key === "knowing-the-data-you-have")!;
    expect(topic.marked).toBe(true);
    expect(change.topics.filter((t) => t.marked).map((t) => t.key)).toEqual(["knowing-the-data-you-have"]);
    expect(groupResult(later, { kind: "topic", key: site.framework.rows[0]!.topicKey })).toBeDefined();
  });
});
