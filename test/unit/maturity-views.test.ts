import { describe, expect, it } from "@jest/globals";
import type { Answer } from "../../src/modules/maturity/domain/answers";
import { compareRounds } from "../../src/modules/maturity/domain/change";
import { boxPlotData, groupDumbbells, heatMapData, HIDDEN_TEAM, IMPROVED_MARK, levelTick, oneTeamDumbbells, teamDumbbells } from "../../src/modules/maturity/domain/chart-views";
import { describeGroup, describeShift } from "../../src/modules/maturity/domain/describe";
import type { Framework } from "../../src/modules/maturity/domain/framework";
import { parseFramework } from "../../src/modules/maturity/domain/framework-import";
import { computeRoundResults } from "../../src/modules/maturity/domain/results";
import { defaultComparison, defaultResultsRound, findingsBesideResults, resultsChoices } from "../../src/modules/maturity/domain/results-view";
import type { Round } from "../../src/modules/maturity/domain/rounds";
import { anonymiseResults, makeSnapshot, snapshotFromParts, snapshotParts } from "../../src/modules/maturity/domain/snapshot";
import { servicesProblems, teamOfDepartment, teamsFromText } from "../../src/modules/maturity/domain/teams";
import { canSeeTeam, maturityViewer, readsAnswers, teamsToAssess } from "../../src/modules/maturity/domain/visibility";

/** Topic A: rows 1 (theme X) and 2 (theme Y); topic B: row 3 (theme X). */
function tinyFramework(): Framework {
  const levels = { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" };
  const result = parseFramework({
    rows: [
      { row: 1, topic: "A", theme: "X", statement: "s1", levels },
      { row: 2, topic: "A", theme: "Y", statement: "s2", levels },
      { row: 3, topic: "B", theme: "X", statement: "s3", levels },
    ],
  });
  if (!result.ok) throw new Error(result.summary);
  return result.framework;
}

const answers = (roundKey: string, teamKey: string, levels: number[]): Answer[] => levels.map((level, i) => ({ roundKey, teamKey, row: i + 1, level: level as Answer["level"] }));

/** Five teams, so one of them (t5, all 1s) is an outlier below the others' 4s and 5s. */
const R1: Answer[] = [...answers("r1", "t1", [4, 4, 4]), ...answers("r1", "t2", [4, 5, 4]), ...answers("r1", "t3", [5, 4, 4]), ...answers("r1", "t4", [4, 4, 5]), ...answers("r1", "t5", [1, 1, 1])];
const R2: Answer[] = [...answers("r2", "t1", [5, 5, 5]), ...answers("r2", "t5", [2, 2, 2])];

describe("teams are services, named as profiles name a department", () => {
  it("reads one service a line, trimmed, first spelling kept, blank lines dropped", () => {
    expect(teamsFromText(" Revenues & Benefits \n\nrevenues  benefits\nDigital\r\n")).toEqual([
      { key: "revenues-benefits", name: "Revenues & Benefits" },
      { key: "digital", name: "Digital" },
    ]);
  });

  it("names each problem with the services typed", () => {
    expect(servicesProblems("Digital\nDIGITAL\n&&&")).toEqual(['"DIGITAL" is the same service as "Digital"; list it once.', '"&&&" has no letters or digits.']);
  });

  it("finds a person's team from their department, or none", () => {
    expect(teamOfDepartment("Customer Services")).toEqual({ key: "customer-services", name: "Customer Services" });
    expect(teamOfDepartment("  ")).toBeNull();
  });
});

describe("who sees which team: no league tables", () => {
  const lead = maturityViewer(["data-lead"], "Strategy Unit");
  const manager = maturityViewer(["manager"], "Customer Services");
  const staff = maturityViewer(["staff"], "Customer Services");
  const teams = teamsFromText("Customer Services\nDigital");

  it("lets the data lead see every team, a team's managers their own only, and staff none", () => {
    expect([canSeeTeam(lead, "digital"), canSeeTeam(manager, "customer-services"), canSeeTeam(manager, "digital"), canSeeTeam(staff, "customer-services")]).toEqual([true, true, false, false]);
  });

  it("reads answers only for the data lead and assessors with a team", () => {
    expect([readsAnswers(lead), readsAnswers(manager), readsAnswers(staff), readsAnswers(maturityViewer(["asset-owner"], null))]).toEqual([true, true, false, false]);
  });

  it("lets an assessor answer for their own team and the data lead for any", () => {
    expect(teamsToAssess(manager, teams).map((t) => t.key)).toEqual(["customer-services"]);
    expect(teamsToAssess(lead, teams)).toHaveLength(2);
    expect(teamsToAssess(staff, teams)).toEqual([]);
  });
});

describe("a closed round's snapshot", () => {
  const framework = tinyFramework();
  const results = computeRoundResults(framework, "r1", R1);

  it("keeps every distribution and names no team", () => {
    const anonymous = anonymiseResults(results);
    expect(anonymous.topics.map((t) => t.summary!.median)).toEqual(results.topics.map((t) => t.summary!.median));
    expect(anonymous.overall.summary!.outliers).toEqual([{ teamKey: null, score: 1, rowsScored: 3, rowsNotAssessed: 0 }]);
    expect(anonymous.topics.every((t) => t.teams.length === 0)).toBe(true);
    expect(JSON.stringify(anonymous)).not.toMatch(/"t[1-5]"/);
  });

  it("is cut into parts and put back together whole", () => {
    const snapshot = makeSnapshot(results, new Date("2026-11-25T17:00:00Z"));
    const parts = snapshotParts(snapshot, 500);
    expect(parts.length).toBeGreaterThan(2);
    const stored = parts.map((text, i) => ({ part: i + 1, parts: parts.length, text, computedOn: snapshot.computedOn }));
    const read = snapshotFromParts("r1", [...stored].reverse());
    expect(read).toEqual({ ok: true, snapshot: JSON.parse(JSON.stringify(snapshot)) });
  });

  it("refuses parts from two different writes, or a missing part, in plain words", () => {
    const snapshot = makeSnapshot(results, new Date("2026-11-25T17:00:00Z"));
    const parts = snapshotParts(snapshot, 500);
    const stored = parts.map((text, i) => ({ part: i + 1, parts: parts.length, text, computedOn: i === 1 ? "an older write" : snapshot.computedOn }));
    expect(snapshotFromParts("r1", stored)).toEqual({ ok: false, problem: `The saved results for this round are incomplete (part 2 of ${parts.length} is missing). The data lead can close the round again to save them afresh.` });
    expect(snapshotFromParts("r2", stored.map((p) => ({ ...p, computedOn: snapshot.computedOn })))).toMatchObject({ ok: false, problem: expect.stringContaining("not in a form this version of Data Hub reads") });
  });
});

describe("what the charts are given", () => {
  const framework = tinyFramework();
  const results = computeRoundResults(framework, "r1", R1);

  it("writes level ticks in words", () => {
    expect([levelTick(1), levelTick(3), levelTick(2.5)]).toEqual(["1 Beginning", "3 Learning", "2.5"]);
  });

  it("gives each topic's box plot its quartiles and names an outlier only where the viewer may", () => {
    const [a] = boxPlotData(results.topics, (key) => (key === "t5" ? "Team five" : HIDDEN_TEAM));
    // Topic A scores: t1 4, t2 4.5, t3 4.5, t4 4, t5 1 → sorted 1, 4, 4, 4.5, 4.5: Q1 4, median 4, Q3 4.5.
    expect(a).toEqual({ label: "A", stats: { count: 5, q1: 4, median: 4, q3: 4.5, lowerWhisker: 4, upperWhisker: 4.5, outliers: [{ label: "Team five", value: 1 }] } });
    expect(boxPlotData(anonymiseResults(results).topics, () => HIDDEN_TEAM)[0]!.stats!.outliers).toEqual([{ label: HIDDEN_TEAM, value: 1 }]);
  });

  it("fills the heat map with cell medians, empty where the framework has no rows", () => {
    // Cells: A×X (row 1) 4,4,5,4,1 → 4; A×Y (row 2) 4,5,4,4,1 → 4; B×X (row 3) 4,4,4,5,1 → 4; B×Y has no rows.
    expect(heatMapData(results)).toEqual({ rows: ["A", "B"], columns: ["X", "Y"], values: [[4, 4], [4, null]] });
  });

  it("marks a topic whose linked action was completed between the rounds, in words", () => {
    const r2 = computeRoundResults(framework, "r2", R2);
    const change = compareRounds(results, r2, { earlier: { key: "r1", opensOn: "2025-01-01", closesOn: "2025-02-01" }, later: { key: "r2", opensOn: "2025-09-01", closesOn: "2025-10-01" } }, [
      { key: "act", title: "Training", linked: { kind: "topic", key: "b" }, completedOn: "2025-06-30", teamKey: "t5" },
    ]);
    expect(groupDumbbells(change.topics)).toEqual([
      { label: "A", before: 4, after: 3.5 },
      { label: `B${IMPROVED_MARK}`, before: 4, after: 3.5 },
    ]);
    const visible = teamDumbbells(change.topics[1]!, (k) => `Team ${k}`, (k) => k === "t5");
    expect(visible).toEqual([{ label: `Team t5${IMPROVED_MARK}`, before: 1, after: 2 }]);
    expect(oneTeamDumbbells(change, "t1", "topic")).toEqual([
      { label: "A", before: 4, after: 5 },
      { label: "B", before: 4, after: 5 },
    ]);
    expect(describeShift(change.topics[0]!)).toBe("median 4.0 to 3.5 (down 0.5); middle half 4.0–4.5 to 2.8–4.3; of 2 teams in both rounds, 2 improved, 0 declined, 0 unchanged");
  });

  it("describes a group's figures to read beside the strategy's words", () => {
    expect(describeGroup(results.topics[0])).toBe("median 4.0, middle half of teams 4.0 to 4.5 (interquartile range 0.5), lowest 1.0, highest 4.5; 5 teams, 1 outlier");
    expect(describeGroup(undefined)).toBe("no team has a score here yet");
  });
});

describe("which rounds' results a viewer sees", () => {
  const round = (key: string, status: Round["status"], opensOn: string): Round => ({ key, name: key.toUpperCase(), status, opensOn, closesOn: opensOn, teamKeys: [], isSample: false });
  const rounds = [round("c", "Open", "2026-09-01"), round("a", "Closed", "2025-01-01"), round("b", "Closed", "2026-01-01"), round("d", "Draft", "2026-12-01")];
  const ok = { ok: true as const, snapshot: makeSnapshot(computeRoundResults(tinyFramework(), "a", []), new Date(0)) };
  const snapshots = new Map([
    ["a", ok],
    ["b", ok],
  ]);

  it("shows everyone closed rounds with saved results, in the order they ran; never an open round", () => {
    const staff = resultsChoices(rounds, snapshots, { isDataLead: false });
    expect(staff.map((c) => [c.key, c.source])).toEqual([
      ["a", "snapshot"],
      ["b", "snapshot"],
    ]);
    expect(defaultResultsRound(staff)).toBe("b");
    expect(defaultComparison(staff)).toEqual(["a", "b"]);
  });

  it("shows the data lead an open round too, computed from the answers", () => {
    const lead = resultsChoices(rounds, snapshots, { isDataLead: true });
    expect(lead.map((c) => [c.key, c.source])).toEqual([
      ["a", "snapshot"],
      ["b", "snapshot"],
      ["c", "answers"],
    ]);
    expect(defaultResultsRound(lead)).toBe("b");
  });

  it("puts each strategy finding beside this round's figures for what it is about", () => {
    const results = computeRoundResults(tinyFramework(), "r1", R1);
    const [beside] = findingsBesideResults(
      [{ key: "f", order: 1, section: "Key Findings Across Core Themes", heading: "H", principleKey: null, quote: "Q", subjects: [{ label: "Topic A", targets: [{ kind: "topic", key: "a" }] }] }],
      results,
    );
    expect(beside!.figures).toEqual([{ label: "Topic A", ref: { kind: "topic", key: "a" }, name: "A", group: results.topics[0] }]);
  });
});
