import { describe, expect, it } from "@jest/globals";
import { resultSummary } from "../../src/modules/dictionary/domain/result-summary";

const outcome = (matchedAll: number, matchedSome = 0, unmatched: string[] = []) => ({ total: matchedAll + matchedSome, matchedAll, matchedSome, unmatched });

describe("the search results' count says what matched", () => {
  it("does not claim council tax terms when only “council” matched", () => {
    expect(resultSummary({ query: "council tax", outcome: outcome(0, 12, ["tax"]), shown: 12, statusWord: null })).toBe(
      "No term matches all of “council tax”; 12 terms match some of the words (nothing matches “tax”).",
    );
  });

  it("says every word matched when they all did", () => {
    expect(resultSummary({ query: "council tax ", outcome: outcome(3), shown: 3, statusWord: null })).toBe("3 terms match all of “council tax”.");
  });

  it("keeps a one-word query's count short, with the right verb for one term", () => {
    expect(resultSummary({ query: "pecr", outcome: outcome(1), shown: 1, statusWord: null })).toBe("1 term matches “pecr”.");
    expect(resultSummary({ query: "quality of", outcome: outcome(4), shown: 4, statusWord: null })).toBe("4 terms match “quality of”.");
  });

  it("says some words matched without naming a missing word when each word matched somewhere", () => {
    expect(resultSummary({ query: "council tax backlog", outcome: outcome(0, 1), shown: 1, statusWord: null })).toBe("No term matches all of “council tax backlog”; 1 term matches some of the words.");
  });

  it("names several missing words", () => {
    expect(resultSummary({ query: "council tax band arrears", outcome: outcome(0, 2, ["tax", "band", "arrears"]), shown: 2, statusWord: null })).toBe(
      "No term matches all of “council tax band arrears”; 2 terms match some of the words (nothing matches “tax”, “band” or “arrears”).",
    );
  });

  it("gives both counts when some terms match every word and others only some", () => {
    expect(resultSummary({ query: "data quality", outcome: outcome(3, 9), shown: 12, statusWord: null })).toBe("3 terms match all of “data quality”, and 9 terms match some of the words.");
  });

  it("says when only the best of many are shown", () => {
    expect(resultSummary({ query: "data", outcome: outcome(1200), shown: 50, statusWord: null })).toBe("1,200 terms match “data”, showing the best 50.");
  });

  it("names the status filter when nothing matches under it", () => {
    expect(resultSummary({ query: "zebra crossing", outcome: outcome(0), shown: 0, statusWord: "approved" })).toBe("No approved terms match “zebra crossing”.");
    expect(resultSummary({ query: "zebra crossing", outcome: outcome(0), shown: 0, statusWord: null })).toBe("No terms match “zebra crossing”.");
  });
});
