import { type Answer, resolveAnswers } from "./answers";
import type { Framework, GroupRef } from "./framework";
import { NOT_ASSESSED } from "./levels";
import { type PrincipleLink, type PrincipleMapping, principleTargets } from "./principles";
import { type BoxPlotSummary, boxPlotBy } from "./statistics";

/**
 * A round's results across teams. A team's score for a topic, theme, topic × theme cell or
 * principle is the mean of its levels on the rows there (the strategy's 1.5, 2.5, 3.5 imply
 * means); "not assessed" rows count towards neither sum nor count. A team with no level in a
 * group has no score there and is left out of that box plot, never counted as 0.
 *
 * Everything here is plain JSON (no Maps, no classes), so a round's results can be stored as a
 * snapshot when it closes and shown to people who may not read the answers themselves.
 */
export interface TeamScore {
  /** null once hidden from the viewer (see hideTeams). */
  teamKey: string | null;
  /** Mean level over the rows scored. */
  score: number;
  /** Rows with a level. */
  rowsScored: number;
  /** Rows answered "not assessed". */
  rowsNotAssessed: number;
}

export type ResultKind = "topic" | "theme" | "cell" | "principle" | "overall";

export interface GroupResult {
  kind: ResultKind;
  /** Topic or theme key; "topicKey|themeKey" for a cell; principle key; "all" for overall. */
  key: string;
  name: string;
  /** Framework rows in the group. 0 for a topic × theme cell the framework leaves empty. */
  rowCount: number;
  /** Teams with a score here, by team key (or by score once hidden). */
  teams: TeamScore[];
  /** Teams that answered rows here but marked every one "not assessed". */
  teamsAllNotAssessed: number;
  summary: BoxPlotSummary<TeamScore> | null;
}

export interface CellResult extends GroupResult {
  kind: "cell";
  topicKey: string;
  themeKey: string;
}

export interface PrincipleResult extends GroupResult {
  kind: "principle";
  /** The strategy's heading: "DATA QUALITY". */
  heading: string;
  /** The strategy's labels with what they point at; look each target up with groupResult(). */
  links: PrincipleLink[];
}

export interface RoundResults {
  roundKey: string;
  /** Teams with at least one level in the round. */
  teamCount: number;
  /** Answers counted once each (the latest where two people answered the same row). */
  answers: number;
  notAssessed: number;
  /** Answers on rows the framework no longer has (retired by a re-import): kept, not counted. */
  ignored: number;
  overall: GroupResult;
  topics: GroupResult[];
  themes: GroupResult[];
  /** Topic × theme, row-major: cells[t * themes.length + h], for the heat map. */
  matrix: { topicKeys: string[]; themeKeys: string[]; cells: CellResult[] };
  principles: PrincipleResult[];
}

interface Accumulator {
  sums: Float64Array;
  counts: Uint16Array;
  notAssessed: Uint16Array;
}

/**
 * One pass over the answers into per-team sums for every group a row belongs to (its topic, its
 * theme, its cell, each principle that reports on it, and the whole framework), then one box plot
 * per group. Linear in answers plus groups × teams × log(teams).
 */
export function computeRoundResults(framework: Framework, roundKey: string, answers: readonly Answer[], mapping: PrincipleMapping = { principles: [] }): RoundResults {
  const topicIndex = new Map(framework.topics.map((t, i) => [t.key, i]));
  const themeIndex = new Map(framework.themes.map((t, i) => [t.key, i]));
  const nTopics = framework.topics.length;
  const nThemes = framework.themes.length;
  const cellBase = nTopics + nThemes;
  const principleBase = cellBase + nTopics * nThemes;
  const overallSlot = principleBase + mapping.principles.length;
  const slotCount = overallSlot + 1;

  // Which slots each row adds to, worked out once per row rather than once per answer.
  const principleRefs = mapping.principles.map((p) => principleTargets(p));
  const inRef = (ref: GroupRef, topicKey: string, themeKey: string) => (ref.kind === "topic" ? ref.key === topicKey : ref.key === themeKey);
  const slotsOfRow = new Map<number, number[]>();
  const rowCounts = new Uint16Array(slotCount);
  for (const row of framework.rows) {
    const t = topicIndex.get(row.topicKey)!;
    const h = themeIndex.get(row.themeKey)!;
    const slots = [t, nTopics + h, cellBase + t * nThemes + h];
    principleRefs.forEach((refs, p) => {
      if (refs.some((ref) => inRef(ref, row.topicKey, row.themeKey))) slots.push(principleBase + p);
    });
    slots.push(overallSlot);
    for (const s of slots) rowCounts[s]!++;
    slotsOfRow.set(row.row, slots);
  }

  const teams = new Map<string, Accumulator>();
  let counted = 0;
  let notAssessed = 0;
  let ignored = 0;
  for (const answer of resolveAnswers(answers.filter((a) => a.roundKey === roundKey)).answers) {
    const slots = slotsOfRow.get(answer.row);
    if (!slots) {
      ignored++;
      continue;
    }
    let acc = teams.get(answer.teamKey);
    if (!acc) {
      acc = { sums: new Float64Array(slotCount), counts: new Uint16Array(slotCount), notAssessed: new Uint16Array(slotCount) };
      teams.set(answer.teamKey, acc);
    }
    counted++;
    if (answer.level === NOT_ASSESSED) {
      notAssessed++;
      for (const s of slots) acc.notAssessed[s]!++;
    } else {
      for (const s of slots) {
        acc.sums[s]! += answer.level;
        acc.counts[s]!++;
      }
    }
  }

  const teamKeys = [...teams.keys()].sort();
  const group = (slot: number, kind: ResultKind, key: string, name: string): GroupResult => {
    const scores: TeamScore[] = [];
    let allNotAssessed = 0;
    for (const teamKey of teamKeys) {
      const acc = teams.get(teamKey)!;
      const n = acc.counts[slot]!;
      if (n > 0) scores.push({ teamKey, score: acc.sums[slot]! / n, rowsScored: n, rowsNotAssessed: acc.notAssessed[slot]! });
      else if (acc.notAssessed[slot]! > 0) allNotAssessed++;
    }
    return { kind, key, name, rowCount: rowCounts[slot]!, teams: scores, teamsAllNotAssessed: allNotAssessed, summary: boxPlotBy(scores, (s) => s.score) };
  };

  const topics = framework.topics.map((t, i) => group(i, "topic", t.key, t.name));
  const themes = framework.themes.map((h, i) => group(nTopics + i, "theme", h.key, h.name));
  const cells: CellResult[] = [];
  framework.topics.forEach((t, ti) => {
    framework.themes.forEach((h, hi) => {
      cells.push({ ...group(cellBase + ti * nThemes + hi, "cell", `${t.key}|${h.key}`, `${t.name} × ${h.name}`), kind: "cell", topicKey: t.key, themeKey: h.key });
    });
  });
  const principles: PrincipleResult[] = mapping.principles.map((p, i) => ({
    ...group(principleBase + i, "principle", p.principleKey, p.heading),
    kind: "principle",
    heading: p.heading,
    links: p.links,
  }));
  const overall = group(overallSlot, "overall", "all", "All rows");
  return {
    roundKey,
    teamCount: overall.teams.length,
    answers: counted,
    notAssessed,
    ignored,
    overall,
    topics,
    themes,
    matrix: { topicKeys: framework.topics.map((t) => t.key), themeKeys: framework.themes.map((h) => h.key), cells },
    principles,
  };
}

/** The result for a topic or theme, e.g. a principle link's target. */
export function groupResult(results: RoundResults, ref: GroupRef): GroupResult | undefined {
  return (ref.kind === "topic" ? results.topics : results.themes).find((g) => g.key === ref.key);
}

/** The heat map cell for a topic and theme. */
export function matrixCell(results: RoundResults, topicKey: string, themeKey: string): CellResult | undefined {
  const t = results.matrix.topicKeys.indexOf(topicKey);
  const h = results.matrix.themeKeys.indexOf(themeKey);
  return t < 0 || h < 0 ? undefined : results.matrix.cells[t * results.matrix.themeKeys.length + h];
}

/**
 * Results for a viewer who may not see some teams' names (everyone sees the distribution; names
 * only the data lead and that team's managers): hidden teams lose their key, and every group's
 * teams are ordered by score so their order gives nothing away. No league tables.
 */
export function hideTeams(results: RoundResults, canSee: (teamKey: string) => boolean): RoundResults {
  const hide = (s: TeamScore): TeamScore => (s.teamKey !== null && canSee(s.teamKey) ? s : { ...s, teamKey: null });
  const byScore = (a: TeamScore, b: TeamScore) => a.score - b.score;
  const hideGroup = <G extends GroupResult>(g: G): G => ({
    ...g,
    teams: g.teams.map(hide).sort(byScore),
    summary: g.summary ? { ...g.summary, outliers: g.summary.outliers.map(hide) } : null,
  });
  return {
    ...results,
    overall: hideGroup(results.overall),
    topics: results.topics.map(hideGroup),
    themes: results.themes.map(hideGroup),
    matrix: { ...results.matrix, cells: results.matrix.cells.map(hideGroup) },
    principles: results.principles.map(hideGroup),
  };
}
