import { type CsvColumn, toCsv } from "../../../core/domain/csv";
import { formatDate } from "../../../core/domain/format";
import type { Answer } from "./answers";
import type { Framework } from "./framework";
import { NOT_ASSESSED, NOT_ASSESSED_LABEL } from "./levels";
import type { GroupResult, RoundResults } from "./results";

/**
 * CSV exports for the "separate report": the answers, and the results. Both go through the
 * project's toCsv, so cells that Excel would run as formulas (an evidence note starting "=") are
 * neutralised. Results carry no team names: no league tables.
 */

export interface AnswerNames {
  roundName: (roundKey: string) => string;
  teamName: (teamKey: string) => string;
}

interface AnswerLine {
  answer: Answer;
  topic: string;
  theme: string;
  statement: string;
}

/** Answers in round, team and row order; answers on rows the framework no longer has say so. */
export function answersCsv(framework: Framework, answers: readonly Answer[], names: AnswerNames): string {
  const rows = new Map(framework.rows.map((r) => [r.row, r]));
  const lines: AnswerLine[] = [...answers]
    .sort((a, b) => a.roundKey.localeCompare(b.roundKey) || a.teamKey.localeCompare(b.teamKey) || a.row - b.row)
    .map((answer) => {
      const row = rows.get(answer.row);
      return { answer, topic: row?.topic ?? "(row no longer in the framework)", theme: row?.theme ?? "", statement: row?.statement ?? "" };
    });
  const columns: CsvColumn<AnswerLine>[] = [
    { header: "Round", value: (l) => names.roundName(l.answer.roundKey) },
    { header: "Team", value: (l) => names.teamName(l.answer.teamKey) },
    { header: "Row", value: (l) => l.answer.row },
    { header: "Topic", value: (l) => l.topic },
    { header: "Theme", value: (l) => l.theme },
    { header: "Outcome", value: (l) => l.statement },
    { header: "Level", value: (l) => (l.answer.level === NOT_ASSESSED ? null : l.answer.level) },
    { header: "Level name", value: (l) => (l.answer.level === NOT_ASSESSED ? NOT_ASSESSED_LABEL : framework.levelNames[l.answer.level]) },
    { header: "Evidence", value: (l) => l.answer.evidence ?? "" },
    { header: "Answered by", value: (l) => l.answer.answeredBy ?? "" },
    { header: "Last changed", value: (l) => formatDate(l.answer.modified ?? null) },
  ];
  return toCsv(lines, columns);
}

/** Two decimal places: enough for means of levels, and what the report's tables show. */
export function roundTo2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

const KIND_LABELS: Record<GroupResult["kind"], string> = {
  overall: "All rows",
  topic: "Topic",
  theme: "Theme",
  cell: "Topic × theme",
  principle: "Principle",
};

interface ResultLine {
  roundName: string;
  group: GroupResult;
}

/**
 * One line per group: the whole framework, topics, themes, principles, then the topic × theme
 * cells that have rows. Outliers are a count: who they are is not for a spreadsheet.
 */
export function resultsCsv(results: readonly RoundResults[], roundName: (roundKey: string) => string): string {
  const lines: ResultLine[] = results.flatMap((r) =>
    [r.overall, ...r.topics, ...r.themes, ...r.principles, ...r.matrix.cells.filter((c) => c.rowCount > 0)].map((group) => ({ roundName: roundName(r.roundKey), group })),
  );
  const stat = (pick: (s: NonNullable<GroupResult["summary"]>) => number) => (l: ResultLine) => (l.group.summary ? roundTo2(pick(l.group.summary)) : null);
  const columns: CsvColumn<ResultLine>[] = [
    { header: "Round", value: (l) => l.roundName },
    { header: "Group", value: (l) => KIND_LABELS[l.group.kind] },
    { header: "Name", value: (l) => l.group.name },
    { header: "Framework rows", value: (l) => l.group.rowCount },
    { header: "Teams", value: (l) => l.group.teams.length },
    { header: "Lowest", value: stat((s) => s.min) },
    { header: "Lower quartile", value: stat((s) => s.q1) },
    { header: "Median", value: stat((s) => s.median) },
    { header: "Upper quartile", value: stat((s) => s.q3) },
    { header: "Highest", value: stat((s) => s.max) },
    { header: "Interquartile range", value: stat((s) => s.iqr) },
    { header: "Lower whisker", value: stat((s) => s.lowerWhisker) },
    { header: "Upper whisker", value: stat((s) => s.upperWhisker) },
    { header: "Outliers", value: (l) => (l.group.summary ? l.group.summary.outliers.length : null) },
    { header: "Mean", value: stat((s) => s.mean) },
  ];
  return toCsv(lines, columns);
}
