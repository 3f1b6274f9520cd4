import { slugOf } from "./keys";
import type { Level } from "./levels";

/**
 * A framework as the module works with it, after import: rows keyed by their row number, and the
 * topics and themes they sit under. Topics and themes are derived from the rows (never stored on
 * their own), so a corrected file cannot leave a topic behind that no row uses.
 */
export type GroupKind = "topic" | "theme";

/** A reference to a topic or a theme by key, as mappings, findings and actions hold it. */
export interface GroupRef {
  kind: GroupKind;
  key: string;
}

export interface FrameworkGroup {
  kind: GroupKind;
  /** Stable, case-insensitive key from the name: "engaging-with-others". */
  key: string;
  /** The name as the framework file spells it. */
  name: string;
  /** Position by first appearance in row order, from 0: the order screens list them in. */
  order: number;
  rowCount: number;
}

export interface FrameworkRow {
  /** The framework's own row number: the key answers are stored against, so it survives re-import. */
  row: number;
  topic: string;
  topicKey: string;
  theme: string;
  themeKey: string;
  /** The outcome statement. */
  statement: string;
  /** The five level descriptors. */
  descriptors: Readonly<Record<Level, string>>;
}

export interface Framework {
  /** Where the text comes from and under which licence: shown wherever the text is shown. */
  source: { about: string | null; licence: string | null; attribution: string | null };
  levelNames: Readonly<Record<Level, string>>;
  /** Sorted by row number. */
  rows: readonly FrameworkRow[];
  topics: readonly FrameworkGroup[];
  themes: readonly FrameworkGroup[];
}

/**
 * The key of a topic or theme name: lower case, runs of anything but letters and digits as one
 * hyphen. "Engaging with others" and the strategy's "Engaging with Others" share a key.
 */
export function groupKey(name: string): string {
  return slugOf(name);
}

export function groupsOf(framework: Framework, kind: GroupKind): readonly FrameworkGroup[] {
  return kind === "topic" ? framework.topics : framework.themes;
}

export function findGroup(framework: Framework, ref: GroupRef): FrameworkGroup | undefined {
  return groupsOf(framework, ref.kind).find((g) => g.key === ref.key);
}

/** Whether a row sits under the topic or theme referred to. */
export function rowInGroup(row: FrameworkRow, ref: GroupRef): boolean {
  return ref.kind === "topic" ? row.topicKey === ref.key : row.themeKey === ref.key;
}

export function rowByNumber(framework: Framework): ReadonlyMap<number, FrameworkRow> {
  return new Map(framework.rows.map((r) => [r.row, r]));
}

/**
 * Builds a Framework from rows that are already valid (from the import, or from the site's list):
 * sorts them and derives topics and themes in order of first appearance.
 */
export function frameworkFromRows(rows: readonly FrameworkRow[], levelNames: Readonly<Record<Level, string>>, source: Framework["source"] = { about: null, licence: null, attribution: null }): Framework {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const collect = (kind: GroupKind): FrameworkGroup[] => {
    const byKey = new Map<string, FrameworkGroup>();
    for (const row of sorted) {
      const key = kind === "topic" ? row.topicKey : row.themeKey;
      const existing = byKey.get(key);
      if (existing) existing.rowCount++;
      else byKey.set(key, { kind, key, name: kind === "topic" ? row.topic : row.theme, order: byKey.size, rowCount: 1 });
    }
    return [...byKey.values()];
  };
  return { source, levelNames, rows: sorted, topics: collect("topic"), themes: collect("theme") };
}
