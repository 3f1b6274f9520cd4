import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { type CalendarDate, addMonths } from "../domain/calendar-date";
import type { DateWindow, Occurrence } from "../domain/occurrences";
import {
  RETURN_EXPAND,
  RETURN_SELECT,
  STAGE_SELECT,
  SUBMISSION_EXPAND,
  SUBMISSION_SELECT,
  type StoredReturn,
  type StoredStage,
  type StoredSubmission,
  returnsFromItems,
  stageColumnsOf,
  submissionColumns,
  submissionFromItem,
} from "../domain/return-records";
import { reportingReturnsList, reportingStagesList, reportingSubmissionsList } from "../lists";

const returnFilter = filterFor(reportingReturnsList);
const stageFilter = filterFor(reportingStagesList);
const submissionFilter = filterFor(reportingSubmissionsList);

async function collect<T>(pages: AsyncGenerator<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) for (const row of page) all.push(row);
  return all;
}

export interface CalendarData {
  returns: StoredReturn[];
  submissions: StoredSubmission[];
}

/**
 * Every return with its stages, and the submissions for deadlines in the window. A submission's
 * stored deadline may be older than today's rule gives (a date moved after it was recorded), so the
 * read reaches a year further back than the window; it is an indexed range on Deadline either way.
 */
export async function loadCalendar(sp: SPFI, window: DateWindow): Promise<CalendarData> {
  const [returnItems, stageItems, submissionItems] = await Promise.all([
    collect(readAllItems(sp, reportingReturnsList, { select: RETURN_SELECT, expand: RETURN_EXPAND })),
    collect(readAllItems(sp, reportingStagesList, { select: STAGE_SELECT })),
    collect(readAllItems(sp, reportingSubmissionsList, { select: SUBMISSION_SELECT, expand: SUBMISSION_EXPAND, filter: submissionFilter.ge("Deadline", addMonths(window.from, -12)) })),
  ]);
  return { returns: returnsFromItems(returnItems, stageItems), submissions: submissionItems.map(submissionFromItem) };
}

/** One return with its stages and every submission recorded for it; null when there is none. */
export async function loadReturn(sp: SPFI, key: string): Promise<{ item: StoredReturn; submissions: StoredSubmission[] } | null> {
  const [returnItems, stageItems, submissionItems] = await Promise.all([
    getItems(sp, reportingReturnsList, { select: RETURN_SELECT, expand: RETURN_EXPAND, filter: returnFilter.eq("ReturnKey", key), top: 1 }),
    getItems(sp, reportingStagesList, { select: STAGE_SELECT, filter: stageFilter.eq("ReturnKey", key), top: 100 }),
    collect(readAllItems(sp, reportingSubmissionsList, { select: SUBMISSION_SELECT, expand: SUBMISSION_EXPAND, filter: submissionFilter.eq("ReturnKey", key) })),
  ]);
  const [item] = returnsFromItems(returnItems, stageItems);
  return item ? { item, submissions: submissionItems.map(submissionFromItem) } : null;
}

async function getSubmission(sp: SPFI, id: number): Promise<StoredSubmission> {
  return submissionFromItem(await getItem(sp, reportingSubmissionsList, id, { select: SUBMISSION_SELECT, expand: SUBMISSION_EXPAND }));
}

async function submissionByKey(sp: SPFI, occurrenceKey: string): Promise<StoredSubmission | null> {
  const rows = await getItems(sp, reportingSubmissionsList, { select: SUBMISSION_SELECT, expand: SUBMISSION_EXPAND, filter: submissionFilter.eq("OccurrenceKey", occurrenceKey), top: 1 });
  return rows[0] ? submissionFromItem(rows[0]) : null;
}

/** Someone recorded this deadline first: carried so the screen shows their record instead of adding a second. */
export class AlreadyRecordedError extends Error {
  constructor(readonly current: StoredSubmission) {
    super(`This deadline was already marked submitted on ${current.submittedOn}${current.byName ? ` by ${current.byName}` : ""}.`);
    this.name = "AlreadyRecordedError";
  }
}

/**
 * Marks a deadline met. The occurrence key is unique in the list, so two people marking the same
 * deadline at once cannot both record it: SharePoint refuses the second, which becomes
 * AlreadyRecordedError carrying the first.
 */
export async function recordSubmission(sp: SPFI, occurrence: Occurrence, submittedOn: CalendarDate, link: string | null, byId: number | null): Promise<StoredSubmission> {
  try {
    const added = await addItem(sp, reportingSubmissionsList, submissionColumns(occurrence, submittedOn, link, byId));
    return getSubmission(sp, added.id);
  } catch (error) {
    const existing = await submissionByKey(sp, occurrence.key).catch(() => null);
    if (existing) throw new AlreadyRecordedError(existing);
    throw error;
  }
}

/** Corrects the date or link with the ETag it was read with (ConflictError carries the current record). */
export async function correctSubmission(sp: SPFI, stored: Pick<StoredSubmission, "id" | "etag">, submittedOn: CalendarDate, link: string | null): Promise<StoredSubmission> {
  const values: ItemInput<typeof reportingSubmissionsList> = { SubmittedOn: submittedOn, Link: link ? { Url: link, Description: "Where it was submitted or published" } : null };
  await updateItem(sp, reportingSubmissionsList, stored, values, () => getSubmission(sp, stored.id));
  return getSubmission(sp, stored.id);
}

/** A return as someone else saved it, carried by the ConflictError of `saveReturn`. */
export interface ReturnVersion {
  id: number;
  etag: string | null;
  ownerName: string | null;
  trackedFrom: string | null;
}

/** The data lead's changes to a return: its owner and the date its deadlines are tracked from. */
export async function saveReturn(sp: SPFI, stored: Pick<StoredReturn, "id" | "etag">, values: Pick<ItemInput<typeof reportingReturnsList>, "ReturnOwnerId" | "TrackedFrom">): Promise<void> {
  await updateItem(sp, reportingReturnsList, stored, values, async (): Promise<ReturnVersion> => {
    const row = await getItem(sp, reportingReturnsList, stored.id, { select: RETURN_SELECT, expand: RETURN_EXPAND });
    return { id: row.Id, etag: row["odata.etag"] ?? null, ownerName: row.ReturnOwner?.Title ?? null, trackedFrom: row.TrackedFrom ?? null };
  });
}

/** The data lead's changes to a stage: its dates moved for a year and its "check the date" flag. */
export async function saveStage(sp: SPFI, stage: Pick<StoredStage, "id" | "etag">, values: Pick<ItemInput<typeof reportingStagesList>, "Overrides" | "CheckTheDate" | "CheckReason">): Promise<void> {
  await updateItem(sp, reportingStagesList, stage, values, async (): Promise<Pick<StoredStage, "id" | "etag" | "columns">> => {
    const row = await getItem(sp, reportingStagesList, stage.id, { select: STAGE_SELECT });
    return { id: row.Id, etag: row["odata.etag"] ?? null, columns: stageColumnsOf(row) };
  });
}
