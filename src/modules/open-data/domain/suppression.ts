/**
 * Small-number suppression for aggregate tables (statistical disclosure control), pure.
 *
 * The table is the grid of count cells: each data row × each `od:count` column. Its margins (each
 * row's total across the count columns, each column's total down the rows) are assumed known to
 * anyone, because they are usually published elsewhere or easily added up.
 *
 * 1. Primary: a count from 1 to `minCount - 1` is suppressed (the threshold rule). Zero is left
 *    alone: it is not a small group of people (a "structural zero" that reveals a class needs a
 *    person's judgement).
 * 2. Secondary: a suppressed cell alone in its row (or column) is recovered by subtracting the rest
 *    from the total, so a second cell is suppressed there, the smallest other one; repeated until
 *    every affected row and column has at least two.
 * 3. Two per row and column is not always enough: a suppressed cell that is the only link between
 *    two groups of suppressed cells (a bridge between rows and columns) can still be worked out
 *    exactly from the margins. Such a cell is joined into a cycle by suppressing one more cell (the
 *    smallest that does it), and the check repeats until no suppressed cell can be worked out.
 * 4. Optionally, every published count is rounded to base 5 (conventional rounding: 1–2 down, 3–4 up).
 *
 * What it protects against, and only that: working out a suppressed value EXACTLY from row and
 * column totals of this table. It does not stop narrowing a value down to a range, differencing
 * against other tables, or linking with other data: docs/open-data.md says so.
 */

export const SUPPRESSED_MARK = "*";

export interface SuppressionOptions {
  minCount: number;
  roundToFive?: boolean;
}

export type CellState = "shown" | "primary" | "secondary";

export interface SuppressionResult {
  /** The grid as it is published: a number as text, or the suppression mark. */
  published: string[][];
  state: CellState[][];
  primary: number;
  secondary: number;
  rounded: boolean;
  /** False when some suppressed count could still be worked out and no cell was left to protect it (the check fails). */
  protected: boolean;
  /** The rule applied, in words, for the metadata. */
  rule: string;
}

/** Rounds to the nearest multiple of 5 (OECD "conventional rounding"): 1–2 down, 3–4 up, 0 and 5 unchanged. */
export function roundToBase5(value: number): number {
  const sign = value < 0 ? -1 : 1;
  const magnitude = Math.abs(value);
  return sign * Math.round(magnitude / 5) * 5;
}

/** Whether a count is primary-sensitive: from 1 to minCount - 1. */
export function isSmallCount(value: number, minCount: number): boolean {
  return value > 0 && value < minCount;
}

export function ruleText(options: SuppressionOptions, reason: string | null): string {
  const base = `Counts from 1 to ${options.minCount - 1} are suppressed (shown as "${SUPPRESSED_MARK}")${reason ? ` (threshold ${options.minCount}: ${reason})` : ` (threshold ${options.minCount})`}, with secondary suppression so no suppressed count can be worked out exactly from its row and column totals.`;
  return options.roundToFive ? `${base} Other counts are rounded to the nearest 5.` : base;
}

/**
 * Suppresses small counts in `grid` (numbers; NaN for a cell that is not a count, which is never
 * suppressed nor chosen). Returns what to publish and which cells were suppressed, and why.
 */
export function suppress(grid: readonly (readonly number[])[], options: SuppressionOptions, reason: string | null = null): SuppressionResult {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : Math.max(...grid.map((r) => r.length));
  const value = (r: number, c: number) => grid[r]?.[c] ?? Number.NaN;
  const state: CellState[][] = grid.map((row, r) => Array.from({ length: cols }, (_, c) => (isSmallCount(value(r, c), options.minCount) ? "primary" : "shown")));
  const suppressed = (r: number, c: number) => state[r]![c] !== "shown";
  const usable = (r: number, c: number) => !Number.isNaN(value(r, c)) && !suppressed(r, c);

  // Margins exist only along an axis with more than one cell: a one-column table has no row totals.
  const rowMargins = cols > 1;
  const colMargins = rows > 1;

  let changed = true;
  while (changed) {
    changed = false;
    // Step 2: at least two suppressed in every affected row and column.
    if (rowMargins) {
      for (let r = 0; r < rows; r++) {
        const count = countIn(cols, (c) => suppressed(r, c));
        if (count !== 1) continue;
        const pick = smallest(cols, (c) => (usable(r, c) ? value(r, c) : null));
        if (pick !== null) {
          state[r]![pick] = "secondary";
          changed = true;
        }
      }
    }
    if (colMargins) {
      for (let c = 0; c < cols; c++) {
        const count = countIn(rows, (r) => suppressed(r, c));
        if (count !== 1) continue;
        const pick = smallest(rows, (r) => (usable(r, c) ? value(r, c) : null));
        if (pick !== null) {
          state[pick]![c] = "secondary";
          changed = true;
        }
      }
    }
    if (changed || !rowMargins || !colMargins) continue;
    // Step 3: no suppressed cell may be a bridge between rows and columns.
    const bridge = findBridge(rows, cols, suppressed);
    if (!bridge) break;
    const fix = bridgeFix(bridge, rows, cols, suppressed, usable, value);
    if (fix) {
      state[fix[0]]![fix[1]] = "secondary";
      changed = true;
    }
  }

  const exposed = rowMargins && colMargins ? findBridge(rows, cols, suppressed) !== null : [...Array(rows).keys()].some((r) => [...Array(cols).keys()].some((c) => suppressed(r, c) && (rowMargins ? countIn(cols, (k) => suppressed(r, k)) : countIn(rows, (k) => suppressed(k, c))) === 1));
  let primary = 0;
  let secondary = 0;
  const published = grid.map((row, r) =>
    Array.from({ length: cols }, (_, c) => {
      const s = state[r]![c]!;
      if (s === "primary") primary++;
      if (s === "secondary") secondary++;
      if (s !== "shown") return SUPPRESSED_MARK;
      const v = value(r, c);
      if (Number.isNaN(v)) return "";
      return String(options.roundToFive ? roundToBase5(v) : v);
    }),
  );
  return { published, state, primary, secondary, rounded: options.roundToFive === true, protected: !exposed, rule: ruleText(options, reason) };
}

function countIn(length: number, test: (i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < length; i++) if (test(i)) n++;
  return n;
}

/** The index of the smallest value (first on a tie), or null when there is none to choose. */
function smallest(length: number, valueAt: (i: number) => number | null): number | null {
  let best: number | null = null;
  let bestValue = Infinity;
  for (let i = 0; i < length; i++) {
    const v = valueAt(i);
    if (v !== null && v < bestValue) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}

/**
 * The suppressed cells as edges of a graph whose nodes are the rows (0…rows-1) and the columns
 * (rows…rows+cols-1). A cell's value can be worked out exactly from the margins if and only if its
 * edge is on no cycle, i.e. it is a bridge. Returns one bridge, or null.
 */
export function findBridge(rows: number, cols: number, suppressed: (r: number, c: number) => boolean): [number, number] | null {
  const nodes = rows + cols;
  const adjacency: [number, number][][] = Array.from({ length: nodes }, () => []);
  let edge = 0;
  const edges: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (!suppressed(r, c)) continue;
      adjacency[r]!.push([rows + c, edge]);
      adjacency[rows + c]!.push([r, edge]);
      edges.push([r, c]);
      edge++;
    }
  }
  const order = new Array<number>(nodes).fill(-1);
  const low = new Array<number>(nodes).fill(0);
  let time = 0;
  // Iterative DFS (a big table would overflow the stack with recursion).
  for (let start = 0; start < nodes; start++) {
    if (order[start] !== -1 || adjacency[start]!.length === 0) continue;
    const stack: { node: number; viaEdge: number; next: number }[] = [{ node: start, viaEdge: -1, next: 0 }];
    order[start] = low[start] = time++;
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const neighbours = adjacency[frame.node]!;
      if (frame.next < neighbours.length) {
        const [to, id] = neighbours[frame.next++]!;
        if (id === frame.viaEdge) continue;
        if (order[to] === -1) {
          order[to] = low[to] = time++;
          stack.push({ node: to, viaEdge: id, next: 0 });
        } else low[frame.node] = Math.min(low[frame.node]!, order[to]!);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
          if (low[frame.node]! > order[parent.node]!) return edges[frame.viaEdge]!;
        }
      }
    }
  }
  return null;
}

/** The rows and columns reachable from a row or column over suppressed cells, without crossing the bridge. */
function sideOf(start: ["r" | "c", number], bridge: [number, number], rows: number, cols: number, suppressed: (r: number, c: number) => boolean): { rows: Set<number>; cols: Set<number> } {
  const side = { rows: new Set<number>(), cols: new Set<number>() };
  (start[0] === "r" ? side.rows : side.cols).add(start[1]);
  const queue: ["r" | "c", number][] = [start];
  const isBridge = (r: number, c: number) => r === bridge[0] && c === bridge[1];
  while (queue.length) {
    const [kind, index] = queue.pop()!;
    if (kind === "r") {
      for (let c = 0; c < cols; c++) {
        if (suppressed(index, c) && !isBridge(index, c) && !side.cols.has(c)) {
          side.cols.add(c);
          queue.push(["c", c]);
        }
      }
    } else {
      for (let r = 0; r < rows; r++) {
        if (suppressed(r, index) && !isBridge(r, index) && !side.rows.has(r)) {
          side.rows.add(r);
          queue.push(["r", r]);
        }
      }
    }
  }
  return side;
}

/** The smallest unsuppressed cell that joins the two sides of a bridge into a cycle (so neither side can be worked out). */
function bridgeFix(
  bridge: [number, number],
  rows: number,
  cols: number,
  suppressed: (r: number, c: number) => boolean,
  usable: (r: number, c: number) => boolean,
  value: (r: number, c: number) => number,
): [number, number] | null {
  const a = sideOf(["r", bridge[0]], bridge, rows, cols, suppressed);
  const b = sideOf(["c", bridge[1]], bridge, rows, cols, suppressed);
  let best: [number, number] | null = null;
  let bestValue = Infinity;
  const consider = (r: number, c: number) => {
    if (usable(r, c) && value(r, c) < bestValue) {
      best = [r, c];
      bestValue = value(r, c);
    }
  };
  for (const r of a.rows) for (const c of b.cols) consider(r, c);
  for (const r of b.rows) for (const c of a.cols) consider(r, c);
  return best;
}
