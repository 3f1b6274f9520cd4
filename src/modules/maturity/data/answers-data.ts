import type { SPFI } from "@pnp/sp";
import { ConflictError, httpStatusOf, updateItem, type Versioned } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { type Answer, answerKey } from "../domain/answers";
import { answerLevelFromWire, type AnswerLevel } from "../domain/levels";
import { answerValues } from "../domain/wire";
import { answersList } from "../lists";

const f = filterFor(answersList);

/** An answer as an assessor works with it: who last changed it, and the version they saw. */
export interface StoredAnswer extends Answer {
  id: number;
  etag: string | null;
  modified: string;
}

const FULL_SELECT = ["Id", "RoundKey", "TeamKey", "RowNumber", "Level", "Evidence", "Modified", "Editor/Title"] as const;
/** What results need: no evidence, no names, so a round's 6,000 answers stay a small read. */
const SCORE_SELECT = ["Id", "RoundKey", "TeamKey", "RowNumber", "Level", "Modified"] as const;

interface AnswerWire {
  Id: number;
  RoundKey: string | null;
  TeamKey: string | null;
  RowNumber: number | null;
  Level: number | null;
  Evidence?: string | null;
  Modified: string;
  Editor?: { Title?: string } | null;
  "odata.etag"?: string;
}

function answerFromItem(item: AnswerWire): StoredAnswer | null {
  const level = answerLevelFromWire(item.Level);
  if (level === null || item.RowNumber === null || !item.RoundKey || !item.TeamKey) return null;
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    roundKey: item.RoundKey,
    teamKey: item.TeamKey,
    row: item.RowNumber,
    level,
    evidence: item.Evidence ?? null,
    answeredBy: item.Editor?.Title ?? null,
    modified: item.Modified,
  };
}

const present = <T>(x: T | null): x is T => x !== null;

/**
 * One team's answers in one round (at most a framework's rows). TeamKey comes first in the filter:
 * it narrows to a few hundred items in any round, so the query stays inside the list view threshold.
 */
export async function loadTeamAnswers(sp: SPFI, roundKey: string, teamKey: string): Promise<StoredAnswer[]> {
  const items = await getItems(sp, answersList, { select: FULL_SELECT, expand: ["Editor"], filter: f.and(f.eq("TeamKey", teamKey), f.eq("RoundKey", roundKey)), top: 5000 });
  return items.map(answerFromItem).filter(present);
}

/** One team's answers in several rounds (its own change between rounds). */
export async function loadTeamAnswersIn(sp: SPFI, roundKeys: readonly string[], teamKey: string): Promise<StoredAnswer[]> {
  if (roundKeys.length === 0) return [];
  const items = await getItems(sp, answersList, { select: FULL_SELECT, expand: ["Editor"], filter: f.and(f.eq("TeamKey", teamKey), f.anyOf("RoundKey", roundKeys)), top: 5000 });
  return items.map(answerFromItem).filter(present);
}

/**
 * Every answer of some rounds, for the data lead's results and progress: read in Id windows of at
 * most 5,000, each filtered on the indexed RoundKey, so any list size works. Levels only.
 */
export async function loadRoundsAnswers(sp: SPFI, roundKeys: readonly string[], onPage?: (count: number) => void): Promise<Answer[]> {
  const answers: Answer[] = [];
  if (roundKeys.length === 0) return answers;
  for await (const page of readAllItems(sp, answersList, { select: SCORE_SELECT, filter: f.anyOf("RoundKey", roundKeys) })) {
    for (const item of page) {
      const answer = answerFromItem(item);
      if (answer) answers.push(answer);
    }
    onPage?.(answers.length);
  }
  return answers;
}

export async function getAnswer(sp: SPFI, roundKey: string, teamKey: string, row: number): Promise<StoredAnswer | null> {
  const items = await getItems(sp, answersList, { select: FULL_SELECT, expand: ["Editor"], filter: f.eq("AnswerKey", answerKey(roundKey, teamKey, row)), top: 1 });
  return items[0] ? answerFromItem(items[0]) : null;
}

/** SharePoint's answer to a second item with the same unique AnswerKey. */
function isDuplicate(error: unknown): boolean {
  return httpStatusOf(error) === 500 && /SPDuplicateValuesFoundException|duplicate values/i.test(String((error as { message?: unknown })?.message ?? ""));
}

export interface AnswerTarget {
  roundKey: string;
  teamKey: string;
  row: number;
}

/**
 * Saves one answer as it is given. With the version the assessor loaded it is an update carrying
 * that ETag; without one (the row looked unanswered) it is an add. Either way, if another assessor
 * answered the same row first, nothing is overwritten: a ConflictError carries their answer, so the
 * screen can show both and the assessor chooses. Answers to different rows never collide.
 */
export async function saveAnswer(sp: SPFI, target: AnswerTarget, value: { level: AnswerLevel; evidence: string | null }, known: Versioned | null): Promise<StoredAnswer> {
  const current = async () => {
    const answer = await getAnswer(sp, target.roundKey, target.teamKey, target.row);
    if (!answer) throw Object.assign(new Error("The answer was removed by someone else."), { status: 404 });
    return answer;
  };
  const values = answerValues({ ...target, ...value });
  if (known) {
    await updateItem(sp, answersList, known, { Level: values.Level, Evidence: values.Evidence }, current);
  } else {
    try {
      await addItem(sp, answersList, values);
    } catch (error) {
      if (isDuplicate(error)) throw new ConflictError(await current(), answersList.title);
      throw error;
    }
  }
  return current();
}

/** Every answer of a round with its evidence and who gave it, for the data lead's export (Id windows, any list size). */
export async function loadRoundAnswersForExport(sp: SPFI, roundKey: string): Promise<StoredAnswer[]> {
  const answers: StoredAnswer[] = [];
  for await (const page of readAllItems(sp, answersList, { select: FULL_SELECT, expand: ["Editor"], filter: f.eq("RoundKey", roundKey) })) {
    for (const item of page) {
      const answer = answerFromItem(item);
      if (answer) answers.push(answer);
    }
  }
  return answers;
}
