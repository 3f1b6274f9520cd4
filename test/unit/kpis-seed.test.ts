import fs from "node:fs";
import path from "node:path";
import { generateOccurrences, calendarWindow } from "../../src/modules/kpis/domain/occurrences";
import raw from "../../src/modules/kpis/seed/returns.json";
import { SEEDED_RETURNS, parseReturns } from "../../src/modules/kpis/seed/returns";

const REFERENCE_PATH = process.env.DATAHUB_REFERENCE_NOTE ?? path.join(process.cwd(), "..", "shared", "reference", "uk-gov-data-refs.md");
const TODAY = "2026-11-30";
const byKey = (key: string) => SEEDED_RETURNS.find((r) => r.key === key);

describe("the seeded reporting calendar", () => {
  it("holds at least 25 real returns and publications", () => {
    expect(SEEDED_RETURNS.length).toBeGreaterThanOrEqual(25);
  });

  it("gives every item a source link and every stage a rule that generates deadlines around today", () => {
    expect(SEEDED_RETURNS.filter((r) => r.sourceUrls.length === 0 || !r.sourceUrls.every((u) => /^https?:\/\/\S+$/.test(u))).map((r) => r.key)).toEqual([]);
    const occurrences = generateOccurrences(SEEDED_RETURNS, calendarWindow(TODAY));
    const stagesWithout = SEEDED_RETURNS.flatMap((r) => r.stages.filter((s) => !occurrences.some((o) => o.returnKey === r.key && o.stageKey === s.key)).map((s) => `${r.key}/${s.key}`));
    expect(stagesWithout).toEqual([]);
  });

  (fs.existsSync(REFERENCE_PATH) ? it : it.skip)("takes every source link word for word from the reference note", () => {
    const note = fs.readFileSync(REFERENCE_PATH, "utf8");
    const links = SEEDED_RETURNS.flatMap((r) => [...r.sourceUrls, ...r.stages.flatMap((s) => s.overrides.flatMap((o) => (o.source ? [o.source] : [])))]);
    expect(links.filter((url) => !note.includes(url))).toEqual([]);
  });

  it("includes the items the issue names", () => {
    const keys = SEEDED_RETURNS.map((r) => r.key);
    for (const key of ["transparency-spend-over-500", "transparency-procurement-card", "transparency-contracts", "transparency-senior-salaries", "council-taxbase", "nndr1", "revenue-account-budget", "revenue-outturn", "wastedataflow", "gender-pay-gap", "pay-policy-statement", "statement-of-accounts", "infrastructure-funding-statement"]) {
      expect(keys).toContain(key);
    }
    expect(byKey("revenue-outturn")!.stages.map((s) => s.key)).toEqual(["provisional", "certified"]);
    expect(byKey("wastedataflow")!.reference).toBe("DEFRA 082-00");
  });

  it("flags every date the note does not confirm, with a reason, and leaves confirmed ones unflagged", () => {
    const flaggedWithoutReason = SEEDED_RETURNS.flatMap((r) => r.stages.filter((s) => s.checkTheDate && !s.checkReason?.trim()).map((s) => `${r.key}/${s.key}`));
    expect(flaggedWithoutReason).toEqual([]);
    const doubtfulButUnflagged = SEEDED_RETURNS.filter((r) => r.confidence !== "verified" && !r.stages.some((s) => s.checkTheDate)).map((r) => r.key);
    expect(doubtfulButUnflagged).toEqual([]);
    expect(byKey("nndr3")!.stages[0]!.checkTheDate).toBe(true);
    expect(byKey("local-authority-housing-statistics")!.stages[0]!.checkTheDate).toBe(true);
    expect(byKey("wastedataflow")!.stages[0]!.checkTheDate).toBe(false);
    expect(byKey("gender-pay-gap")!.stages[0]!.checkTheDate).toBe(false);
  });

  it("dates the audited accounts by the backstops in regulation 9A and no further", () => {
    const backstops = generateOccurrences([byKey("statement-of-accounts")!], { from: "2020-01-01", to: "2040-12-31" })
      .filter((o) => o.stageKey === "audited")
      .map((o) => [o.period.key, o.deadline]);
    expect(backstops).toEqual([
      ["2023/24", "2025-02-28"],
      ["2024/25", "2026-02-27"],
      ["2025/26", "2027-01-31"],
      ["2026/27", "2027-11-30"],
      ["2027/28", "2028-11-30"],
    ]);
  });

  it("puts the real published dates and the rules' dates where the note says", () => {
    const occurrences = generateOccurrences(SEEDED_RETURNS, calendarWindow(TODAY));
    const deadline = (key: string) => occurrences.find((o) => o.key === key)?.deadline;
    expect(deadline("revenue-outturn|certified|2024/25")).toBe("2025-10-10");
    expect(deadline("revenue-outturn|provisional|2023/24")).toBe("2024-06-28");
    expect(deadline("revenue-account-budget|submission|2024/25")).toBe("2024-04-05");
    expect(deadline("council-tax-requirement|submission|2025/26")).toBe("2025-03-11");
    expect(deadline("nndr1|submission|2026/27")).toBe("2026-01-31");
    expect(deadline("gender-pay-gap|submission|2025-03-31")).toBe("2026-03-30");
    expect(deadline("pay-policy-statement|submission|2027/28")).toBe("2027-03-31");
    expect(deadline("infrastructure-funding-statement|submission|2025/26")).toBe("2026-12-31");
    expect(deadline("wastedataflow|submission|2026/27 Q2")).toBe("2026-12-31");
    expect(deadline("transparency-spend-over-500|submission|2026/27 Q2")).toBe("2026-10-31");
    expect(deadline("transparency-senior-salaries|submission|2025/26")).toBe("2026-04-30");
  });

  it("leaves unknown facts empty rather than guessing: no owners, and references only where the note gives them", () => {
    expect(SEEDED_RETURNS.filter((r) => r.owner !== null)).toEqual([]);
    expect(SEEDED_RETURNS.filter((r) => r.reference !== null).map((r) => r.reference)).toEqual(["DEFRA 082-00"]);
  });

  it("refuses a seed with a problem, naming the item and the problem", () => {
    const broken = structuredClone(raw) as Record<string, unknown>[];
    broken[0]!.sourceUrls = [];
    (broken[1]!.stages as { rule: { offset: { months: number } } }[])[0]!.rule.offset.months = 99;
    broken[2]!.key = broken[3]!.key;
    expect(() => parseReturns(broken)).toThrow(
      [
        "The reporting calendar's seed has 3 problems:",
        "Transparency Code: expenditure exceeding £500: give at least one source link.",
        "Transparency Code: Government Procurement Card transactions, Submission: The months after the anchor must be a whole number from 0 to 36 (it is 99).",
        'Two returns share the key "transparency-contracts".',
      ].join("\n"),
    );
    expect(() => parseReturns({})).toThrow("must be a list of returns");
  });
});
