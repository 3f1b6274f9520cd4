import type { BoxPlotDatum, DumbbellDatum, HeatMapData, ValueFormat } from "../../../core/domain/chart-data";
import type { GroupChange, RoundComparison } from "./change";
import { type Level, LEVEL_NAMES, LEVELS } from "./levels";
import type { GroupResult, RoundResults, TeamScore } from "./results";

/**
 * What the chart kit is given, from the module's results: pure, so the numbers a chart draws and
 * the table beside it are the same numbers, and unit-tested on known values.
 */

/** Scores are means of levels: one decimal place, as the strategy writes them (2.5, 3.5). */
export const SCORE_FORMAT: ValueFormat = { decimals: 1 };
/** The level scale, 1 Beginning to 5 Mastering, whatever the data covers. */
export const SCORE_DOMAIN: readonly [number, number] = [1, 5];
export const SCORE_AXIS_TITLE = "Score: mean level, 1 Beginning to 5 Mastering";

/** An axis tick in words: 3 → "3 Learning"; a tick between levels is just its number. */
export function levelTick(value: number, names: Readonly<Record<Level, string>> = LEVEL_NAMES): string {
  return (LEVELS as readonly number[]).includes(value) ? `${value} ${names[value as Level]}` : String(value);
}

/** How a team is named to this viewer: its name where they may see it, otherwise "A team". */
export type TeamNamer = (teamKey: string | null) => string;

export const HIDDEN_TEAM = "A team";

export function boxPlotData(groups: readonly GroupResult[], teamName: TeamNamer): BoxPlotDatum[] {
  return groups.map((g) => ({
    label: g.name,
    stats: g.summary && {
      count: g.summary.count,
      q1: g.summary.q1,
      median: g.summary.median,
      q3: g.summary.q3,
      lowerWhisker: g.summary.lowerWhisker,
      upperWhisker: g.summary.upperWhisker,
      outliers: g.summary.outliers.map((o: TeamScore) => ({ label: teamName(o.teamKey), value: o.score })),
    },
  }));
}

/** The topic × theme matrix of medians; a cell with no rows, or no team scored in it, is empty. */
export function heatMapData(results: RoundResults): HeatMapData {
  const topics = results.topics;
  const themes = results.themes;
  return {
    rows: topics.map((t) => t.name),
    columns: themes.map((h) => h.name),
    values: topics.map((_, ti) => themes.map((_, hi) => results.matrix.cells[ti * themes.length + hi]?.summary?.median ?? null)),
  };
}

export const IMPROVED_MARK = " (improvement action completed between the rounds)";

/** One dumbbell per topic or theme: the median before and after; a marked one says so in its label, never by colour alone. */
export function groupDumbbells(groups: readonly GroupChange[]): DumbbellDatum[] {
  return groups.map((g) => ({ label: `${g.name}${g.marked ? IMPROVED_MARK : ""}`, before: g.before?.median ?? null, after: g.after?.median ?? null }));
}

/** One dumbbell per team in a topic or theme, for the viewer's visible teams only (never a league table of hidden ones). */
export function teamDumbbells(group: GroupChange, teamName: TeamNamer, canSee: (teamKey: string) => boolean): DumbbellDatum[] {
  return group.teams
    .filter((t) => t.teamKey !== null && canSee(t.teamKey))
    .map((t) => ({ label: `${teamName(t.teamKey)}${t.actions.length > 0 ? IMPROVED_MARK : ""}`, before: t.before, after: t.after }))
    .sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
}

/** One team's dumbbells across every topic (an assessor's own team): its score before and after. */
export function oneTeamDumbbells(comparison: RoundComparison, teamKey: string, kind: "topic" | "theme"): DumbbellDatum[] {
  const groups = kind === "topic" ? comparison.topics : comparison.themes;
  return groups.map((g) => {
    const team = g.teams.find((t) => t.teamKey === teamKey);
    return { label: `${g.name}${team && team.actions.length > 0 ? IMPROVED_MARK : ""}`, before: team?.before ?? null, after: team?.after ?? null };
  });
}
