import { type StageColumns, parseOverrides, stageFromColumns, stageToColumns } from "../../src/modules/kpis/domain/stage-columns";
import { SEEDED_RETURNS } from "../../src/modules/kpis/seed/returns";

describe("a stage stored as list columns", () => {
  it("reads back exactly as written, for every seeded stage", () => {
    for (const item of SEEDED_RETURNS) {
      item.stages.forEach((stage, i) => {
        const columns = stageToColumns(item.key, stage, i + 1);
        expect(stageFromColumns(columns)).toEqual({ stage, problems: [] });
      });
    }
  });

  it("keeps the rule as plain columns a person can read in SharePoint, with a source after an override's date", () => {
    const ro = SEEDED_RETURNS.find((r) => r.key === "revenue-outturn")!;
    expect(stageToColumns(ro.key, ro.stages[1]!, 2)).toMatchObject({
      ReturnKey: "revenue-outturn",
      StageKey: "certified",
      Title: "Certified",
      StageOrder: 2,
      RuleKind: "After period end",
      RulePeriod: "Year",
      RuleBasis: "Financial year",
      OffsetMonths: 7,
      OffsetDays: 0,
      RuleMonth: null,
      Overrides: "2024/25 = 2025-10-10\n2023/24 = 2024-10-11",
      CheckTheDate: true,
    });
    const accounts = SEEDED_RETURNS.find((r) => r.key === "statement-of-accounts")!;
    expect(stageToColumns(accounts.key, accounts.stages[1]!, 2).Overrides?.split("\n")[0]).toBe("2023/24 = 2025-02-28 https://legislation.gov.uk/id/uksi/2024/907/regulation/2/4/b/ii");
  });

  it("names an empty required column instead of inventing a value", () => {
    const ro = SEEDED_RETURNS.find((r) => r.key === "pay-policy-statement")!;
    const columns: StageColumns = { ...stageToColumns(ro.key, ro.stages[0]!, 1), RuleMonth: null };
    expect(stageFromColumns(columns)).toEqual({ stage: null, problems: ["pay-policy-statement, Submission: the month column is empty."] });
    expect(stageFromColumns({ ...columns, RuleMonth: 4, RuleDay: 31 }).problems).toEqual(["pay-policy-statement, Submission: April has no day 31."]);
    expect(stageFromColumns({ ...columns, RuleKind: "Weekly" as StageColumns["RuleKind"] }).problems).toEqual(['pay-policy-statement, Submission: "Weekly" is not a kind of rule; choose After period end, Fixed date, Snapshot.']);
  });
});

describe("the overrides column", () => {
  it("reads one year per line: a date typed either way, 'none', and an optional source", () => {
    expect(parseOverrides("2024/25 = 2025-07-25 https://www.gov.uk/letter\n\n2023/24 = 28/06/2024\n2021/22 = none")).toEqual({
      overrides: [
        { period: "2024/25", deadline: "2025-07-25", source: "https://www.gov.uk/letter" },
        { period: "2023/24", deadline: "2024-06-28", source: null },
        { period: "2021/22", deadline: null, source: null },
      ],
      problems: [],
    });
  });

  it("names each bad line by its number and says what to write", () => {
    const { overrides, problems } = parseOverrides("2024/25 = 2025-07-25\n2023/24 2024-06-28\n2023/25 = 2024-06-28\n2022/23 = 31/06/2023\n2021/22 = 2022-01-01 see letter");
    expect(overrides).toHaveLength(1);
    expect(problems).toEqual([
      'Line 2 of the overrides ("2023/24 2024-06-28"): write the period, an equals sign and the date, for example 2024/25 = 2025-07-25.',
      'Line 3 of the overrides ("2023/25 = 2024-06-28"): "2023/25" is not a financial year: after 2023 comes 2023/24.',
      'Line 4 of the overrides ("2022/23 = 31/06/2023"): "31/06/2023" is not a date; write 2025-07-25 or 25/07/2025, or "none" when there is no return that year.',
      'Line 5 of the overrides ("2021/22 = 2022-01-01 see letter"): write the period, an equals sign and the date, for example 2024/25 = 2025-07-25.',
    ]);
  });

  it("refuses a stage whose overrides cannot be read, so nothing is silently dropped", () => {
    const ro = SEEDED_RETURNS.find((r) => r.key === "revenue-outturn")!;
    const columns = { ...stageToColumns(ro.key, ro.stages[0]!, 1), Overrides: "2024/25 = soon" };
    const read = stageFromColumns(columns);
    expect(read.stage).toBeNull();
    expect(read.problems[0]).toMatch(/^revenue-outturn, Provisional: Line 1 of the overrides/);
  });
});
