import { answerKey } from "./answers";
import type { Answer } from "./answers";
import type { FrameworkRow } from "./framework";
import { slugOf } from "./keys";
import { answerLevelToWire, type Level } from "./levels";
import { formatTargets, type PrincipleMapping } from "./principles";
import type { Round } from "./rounds";
import type { Team } from "./teams";
import { teamsToText } from "./teams";

/**
 * The site's list columns for the module's domain values, in one place: seed, samples, the data
 * layer and tests all write items the same way. Plain objects with the declared wire names
 * (lists.ts), so the typed writers check them.
 */

export function frameworkRowValues(row: FrameworkRow) {
  return {
    RowNumber: row.row,
    Title: row.statement,
    Topic: row.topic,
    TopicKey: row.topicKey,
    Theme: row.theme,
    ThemeKey: row.themeKey,
    Level1: row.descriptors[1],
    Level2: row.descriptors[2],
    Level3: row.descriptors[3],
    Level4: row.descriptors[4],
    Level5: row.descriptors[5],
    Retired: false,
  };
}

export function levelNamesText(names: Readonly<Record<Level, string>>): string {
  return [names[1], names[2], names[3], names[4], names[5]].join("\n");
}

export function roundValues(round: Omit<Round, "teamKeys">, teams: readonly Team[]) {
  return { RoundKey: round.key, Title: round.name, Status: round.status, OpensOn: round.opensOn, ClosesOn: round.closesOn, Services: teamsToText(teams), IsSample: round.isSample };
}

export function answerValues(answer: Pick<Answer, "roundKey" | "teamKey" | "row" | "level" | "evidence">) {
  return {
    AnswerKey: answerKey(answer.roundKey, answer.teamKey, answer.row),
    RoundKey: answer.roundKey,
    TeamKey: answer.teamKey,
    RowNumber: answer.row,
    Level: answerLevelToWire(answer.level),
    Evidence: answer.evidence?.trim() ? answer.evidence : null,
  };
}

/** One item per strategy label, in the mapping's order. */
export function principleLinkValues(mapping: PrincipleMapping) {
  let order = 0;
  return mapping.principles.flatMap((entry) =>
    entry.links.map((link) => ({
      LinkKey: `${entry.principleKey}|${slugOf(link.label)}`,
      PrincipleKey: entry.principleKey,
      Heading: entry.heading,
      Title: link.label,
      Quote: link.quote,
      Targets: formatTargets(link.targets),
      LinkNote: link.note ?? null,
      SortOrder: ++order,
    })),
  );
}
