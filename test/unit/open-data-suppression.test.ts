import { findBridge, roundToBase5, suppress, SUPPRESSED_MARK } from "../../src/modules/open-data/domain/suppression";

type Grid = number[][];

/**
 * Whether any suppressed cell can be worked out exactly from the row and column totals: brute force
 * over the linear system. A suppressed cell is determined when the margins pin it, i.e. when there is
 * no other table with the same shown cells and margins differing in that cell. We test it by
 * Gaussian elimination over the unknowns (the suppressed cells) with one equation per row and column.
 */
function recoverable(grid: Grid, state: string[][]): [number, number][] {
  const unknowns: [number, number][] = [];
  state.forEach((row, r) => row.forEach((s, c) => s !== "shown" && unknowns.push([r, c])));
  const n = unknowns.length;
  const equations: number[][] = [];
  for (let r = 0; r < grid.length; r++) equations.push(unknowns.map(([ur]) => (ur === r ? 1 : 0)));
  for (let c = 0; c < grid[0]!.length; c++) equations.push(unknowns.map(([, uc]) => (uc === c ? 1 : 0)));
  // Row-reduce; an unknown is determined iff its unit vector is in the row space.
  const m = equations.map((e) => [...e]);
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < n && rank < m.length; col++) {
    const p = m.findIndex((row, i) => i >= rank && Math.abs(row[col]!) > 1e-9);
    if (p < 0) continue;
    [m[rank], m[p]] = [m[p]!, m[rank]!];
    const pivot = m[rank]![col]!;
    m[rank] = m[rank]!.map((v) => v / pivot);
    for (let i = 0; i < m.length; i++) if (i !== rank && Math.abs(m[i]![col]!) > 1e-9) {
      const f = m[i]![col]!;
      m[i] = m[i]!.map((v, j) => v - f * m[rank]![j]!);
    }
    pivots.push(col);
    rank++;
  }
  const determined: [number, number][] = [];
  for (let k = 0; k < rank; k++) {
    const nonZero = m[k]!.filter((v) => Math.abs(v) > 1e-9).length;
    if (nonZero === 1) determined.push(unknowns[pivots[k]!]!);
  }
  return determined;
}

describe("small-number suppression", () => {
  it("suppresses counts from 1 to 4 (threshold 5) but not zero or 5", () => {
    const result = suppress([[0, 4, 5, 10], [20, 30, 40, 50], [1, 60, 70, 80]], { minCount: 5 });
    expect(result.state[0]![1]).toBe("primary");
    expect(result.state[2]![0]).toBe("primary");
    expect(result.state[0]![0]).not.toBe("primary");
    expect(result.state[0]![2]).not.toBe("primary");
    expect(result.primary).toBe(2);
  });

  it("a lone suppressed cell gets a partner in its row and its column: the smallest other cell", () => {
    const grid = [
      [3, 12, 40],
      [25, 30, 35],
      [50, 60, 70],
    ];
    const result = suppress(grid, { minCount: 5 });
    expect(result.state).toEqual([
      ["primary", "secondary", "shown"],
      ["secondary", "secondary", "shown"],
      ["shown", "shown", "shown"],
    ]);
    expect(result.published[0]).toEqual([SUPPRESSED_MARK, SUPPRESSED_MARK, "40"]);
    expect(recoverable(grid, result.state)).toEqual([]);
    expect(result.protected).toBe(true);
  });

  it.each<[string, Grid]>([
    ["one small cell", [[2, 30, 40], [25, 30, 35], [50, 60, 70], [9, 8, 7]]],
    ["two in one row", [[2, 3, 40, 41], [25, 30, 35, 36], [50, 60, 70, 71]]],
    ["a diagonal of small cells", [[1, 20, 30, 40], [20, 2, 30, 40], [20, 30, 3, 40], [20, 30, 40, 4]]],
    ["two blocks that only a bridge would join", [[1, 2, 50, 60, 70], [3, 4, 80, 90, 99], [55, 65, 1, 2, 45], [75, 85, 3, 4, 35], [11, 12, 13, 14, 15]]],
    ["a wide sparse table", [[0, 0, 1, 30, 0, 12], [14, 0, 0, 2, 25, 6], [7, 8, 9, 10, 11, 3], [40, 41, 42, 43, 44, 45]]],
  ])("no suppressed cell can be worked out from row and column totals: %s", (_name, grid) => {
    const result = suppress(grid, { minCount: 5 });
    expect(result.protected).toBe(true);
    expect(recoverable(grid, result.state)).toEqual([]);
    // Every row and column with a suppressed cell has at least two.
    result.state.forEach((row) => expect([0, 2, 3, 4, 5, 6]).toContain(row.filter((s) => s !== "shown").length));
    for (let c = 0; c < grid[0]!.length; c++) expect([0, 2, 3, 4, 5]).toContain(result.state.filter((row) => row[c] !== "shown").length);
  });

  it("finds the bridge that two-per-row-and-column misses", () => {
    // Two 2×2 blocks of suppressed cells joined by one cell: every row and column has two or more,
    // yet the joining cell is the sum of block A's rows minus block A's columns.
    const pattern = [
      [1, 1, 0, 0],
      [1, 1, 1, 0],
      [0, 0, 1, 1],
      [0, 0, 1, 1],
    ];
    expect(findBridge(4, 4, (r, c) => pattern[r]![c] === 1)).toEqual([1, 2]);
    // The test's own algebra agrees: exactly that cell is determined by the margins.
    const states = pattern.map((row) => row.map((v) => (v ? "primary" : "shown")));
    expect(recoverable(pattern.map((row) => row.map(() => 10)), states)).toEqual([[1, 2]]);
    const cycle = [
      [1, 1],
      [1, 1],
    ];
    expect(findBridge(2, 2, (r, c) => cycle[r]![c] === 1)).toBeNull();
  });

  it("a one-column table needs two suppressed per column, there being no row totals", () => {
    const result = suppress([[3], [40], [12], [50]], { minCount: 5 });
    expect(result.state.map((r) => r[0])).toEqual(["primary", "shown", "secondary", "shown"]);
  });

  it("says when a suppressed count cannot be protected (nothing left to suppress)", () => {
    const result = suppress([[3, 50]], { minCount: 5 });
    // One row: row total only; 3 is suppressed with 50 and so both are hidden.
    expect(result.protected).toBe(true);
    const alone = suppress([[3], [Number.NaN]], { minCount: 5 });
    expect(alone.protected).toBe(false);
  });

  it("rounds to base 5 conventionally: 1–2 down, 3–4 up, after suppression", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 17, 18, -3].map(roundToBase5)).toEqual([0, 0, 0, 5, 5, 5, 5, 5, 10, 10, 15, 15, 20, -5]);
    const result = suppress([[2, 13, 27], [11, 48, 6]], { minCount: 5, roundToFive: true });
    expect(result.published[0]![0]).toBe(SUPPRESSED_MARK);
    expect(result.published.flat().filter((v) => v !== SUPPRESSED_MARK).every((v) => Number(v) % 5 === 0)).toBe(true);
    expect(result.rule).toMatch(/rounded to the nearest 5/);
  });

  it("records the rule with its threshold and reason", () => {
    const result = suppress([[1, 20]], { minCount: 10 }, "counts of children in care");
    expect(result.rule).toBe('Counts from 1 to 9 are suppressed (shown as "*") (threshold 10: counts of children in care), with secondary suppression so no suppressed count can be worked out exactly from its row and column totals.');
  });
});
