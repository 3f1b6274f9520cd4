import type { ExpandName, ItemInput, RowOf, SelectName } from "../../../../manifest/items";
import { type CalendarDate, calendarDateOf, isCalendarDate } from "./calendar-date";
import type { Occurrence } from "./occurrences";
import { occurrenceTitle } from "./occurrences";
import type { Submission } from "./occurrence-state";
import type { Confidence, ReportingReturn, ReturnStage } from "./returns";
import { type StageColumns, stageFromColumns, stageToColumns } from "./stage-columns";
import type { reportingReturnsList, reportingStagesList, reportingSubmissionsList } from "../lists";

/**
 * The reporting calendar's list items as the screens read them, and back. A return's stages are
 * items of their own (one per deadline rule), joined here by ReturnKey.
 */

export const RETURN_SELECT = [
  "Id",
  "Title",
  "ReturnKey",
  "ReturnKind",
  "Reference",
  "Recipient",
  "Channel",
  "LegalBasis",
  "Statutory",
  "OwnerRole",
  "ReturnOwnerId",
  "ReturnOwner/Title",
  "ReturnOwner/EMail",
  "SourceLinks",
  "Confidence",
  "Notes",
  "TrackedFrom",
  "Created",
] as const satisfies readonly SelectName<typeof reportingReturnsList>[];
export const RETURN_EXPAND = ["ReturnOwner"] as const satisfies readonly ExpandName<typeof reportingReturnsList>[];

export const STAGE_SELECT = [
  "Id",
  "Title",
  "StageId",
  "ReturnKey",
  "StageKey",
  "StageOrder",
  "RuleKind",
  "RulePeriod",
  "RuleBasis",
  "RuleQuarters",
  "RuleMonth",
  "RuleDay",
  "RuleYearOffset",
  "OffsetMonths",
  "OffsetDays",
  "Overrides",
  "FirstPeriod",
  "LastPeriod",
  "CheckTheDate",
  "CheckReason",
  "Certifier",
] as const satisfies readonly SelectName<typeof reportingStagesList>[];

export const SUBMISSION_SELECT = ["Id", "OccurrenceKey", "ReturnKey", "Deadline", "SubmittedOn", "Link", "SubmittedById", "SubmittedBy/Title", "AuthorId"] as const satisfies readonly SelectName<typeof reportingSubmissionsList>[];
export const SUBMISSION_EXPAND = ["SubmittedBy"] as const satisfies readonly ExpandName<typeof reportingSubmissionsList>[];

export type ReturnItem = RowOf<typeof reportingReturnsList, (typeof RETURN_SELECT)[number]>;
export type StageItem = RowOf<typeof reportingStagesList, (typeof STAGE_SELECT)[number]>;
export type SubmissionItem = RowOf<typeof reportingSubmissionsList, (typeof SUBMISSION_SELECT)[number]>;

export interface StoredStage {
  id: number;
  etag: string | null;
  stageId: string;
  order: number;
  /** The stage as its columns hold it (for editing overrides and the check flag). */
  columns: StageColumns;
}

/** A return as stored: the rules' return, what the screens show, and any problems reading its stages. */
export interface StoredReturn {
  id: number;
  etag: string | null;
  item: ReportingReturn;
  ownerId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  /** Deadlines before this are "not recorded": TrackedFrom, or the day the return was added. */
  trackedFrom: CalendarDate;
  trackedFromColumn: CalendarDate | null;
  stages: StoredStage[];
  /** Stages whose columns could not be read as a rule, named in words: they generate no deadlines. */
  problems: string[];
}

export interface StoredSubmission extends Submission {
  id: number;
  etag: string | null;
  returnKey: string;
  deadline: CalendarDate;
  byName: string | null;
  byId: number | null;
  /** Who recorded it (Created By): only they and the data lead may correct it. */
  recordedById: number | null;
}

const CONFIDENCE: Record<string, Confidence> = { Verified: "verified", "Partly verified": "partly verified", Unverified: "unverified" };
export const confidenceChoice = (c: Confidence) => (c === "verified" ? "Verified" : c === "partly verified" ? "Partly verified" : "Unverified");

const lines = (text: string | null | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function stageColumnsOf(item: StageItem): StageColumns {
  return {
    ReturnKey: item.ReturnKey ?? "",
    StageKey: item.StageKey ?? "",
    Title: item.Title ?? "",
    StageOrder: item.StageOrder ?? 0,
    RuleKind: (item.RuleKind ?? "") as StageColumns["RuleKind"],
    RulePeriod: (item.RulePeriod as StageColumns["RulePeriod"]) ?? null,
    RuleBasis: (item.RuleBasis as StageColumns["RuleBasis"]) ?? null,
    RuleQuarters: item.RuleQuarters?.length ? item.RuleQuarters : null,
    RuleMonth: item.RuleMonth ?? null,
    RuleDay: item.RuleDay ?? null,
    RuleYearOffset: item.RuleYearOffset ?? null,
    OffsetMonths: item.OffsetMonths ?? null,
    OffsetDays: item.OffsetDays ?? null,
    Overrides: item.Overrides ?? null,
    FirstPeriod: item.FirstPeriod ?? null,
    LastPeriod: item.LastPeriod ?? null,
    CheckTheDate: item.CheckTheDate === true,
    CheckReason: item.CheckReason ?? null,
    Certifier: item.Certifier ?? null,
  };
}

/**
 * Joins returns with their stages. A stage whose columns do not make a sound rule is left out of
 * its return and named in `problems`, so one mistyped override cannot hide the whole calendar.
 */
export function returnsFromItems(returnItems: readonly ReturnItem[], stageItems: readonly StageItem[]): StoredReturn[] {
  const stagesOf = new Map<string, StageItem[]>();
  for (const s of stageItems) {
    const key = s.ReturnKey ?? "";
    const list = stagesOf.get(key);
    if (list) list.push(s);
    else stagesOf.set(key, [s]);
  }
  return returnItems.map((r) => {
    const key = r.ReturnKey ?? `return-${r.Id}`;
    const problems: string[] = [];
    const stages: StoredStage[] = [];
    const ruleStages: ReturnStage[] = [];
    const ordered = [...(stagesOf.get(key) ?? [])].sort((a, b) => (a.StageOrder ?? 0) - (b.StageOrder ?? 0) || a.Id - b.Id);
    for (const s of ordered) {
      const columns = stageColumnsOf(s);
      stages.push({ id: s.Id, etag: s["odata.etag"] ?? null, stageId: s.StageId ?? "", order: s.StageOrder ?? 0, columns });
      const read = stageFromColumns(columns);
      if (read.stage) ruleStages.push(read.stage);
      problems.push(...read.problems);
    }
    if (ordered.length === 0) problems.push(`${r.Title || key}: no deadline rule yet, so it has no deadlines.`);
    const addedOn = calendarDateOf(r.Created);
    const trackedFromColumn = isCalendarDate(r.TrackedFrom) ? r.TrackedFrom : null;
    const item: ReportingReturn = {
      key,
      name: r.Title ?? key,
      kind: r.ReturnKind === "Publication" ? "publication" : "return",
      reference: r.Reference || null,
      recipient: r.Recipient || null,
      channel: r.Channel || null,
      legalBasis: r.LegalBasis || null,
      statutory: r.Statutory === true,
      ownerRole: r.OwnerRole || null,
      owner: r.ReturnOwnerId ? String(r.ReturnOwnerId) : null,
      sourceUrls: lines(r.SourceLinks),
      confidence: CONFIDENCE[r.Confidence ?? ""] ?? "unverified",
      notes: r.Notes || null,
      stages: ruleStages,
    };
    return {
      id: r.Id,
      etag: r["odata.etag"] ?? null,
      item,
      ownerId: r.ReturnOwnerId ?? null,
      ownerName: r.ReturnOwner?.Title ?? null,
      ownerEmail: r.ReturnOwner?.EMail ?? null,
      trackedFrom: trackedFromColumn ?? addedOn,
      trackedFromColumn,
      stages,
      problems,
    };
  });
}

export function submissionFromItem(item: SubmissionItem): StoredSubmission {
  const link = item.Link?.Url ?? null;
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    occurrenceKey: item.OccurrenceKey ?? "",
    returnKey: item.ReturnKey ?? "",
    deadline: item.Deadline ?? "",
    submittedOn: item.SubmittedOn ?? "",
    link,
    by: item.SubmittedById ? String(item.SubmittedById) : null,
    byName: item.SubmittedBy?.Title ?? null,
    byId: item.SubmittedById ?? null,
    recordedById: item.AuthorId ?? null,
  };
}

/** A seeded or new return's own columns (its stages are separate items: `stageItemColumns`). */
export function returnColumns(r: ReportingReturn, ownerId: number | null = null): ItemInput<typeof reportingReturnsList> {
  return {
    Title: r.name,
    ReturnKey: r.key,
    ReturnKind: r.kind === "publication" ? "Publication" : "Return",
    Reference: r.reference,
    Recipient: r.recipient,
    Channel: r.channel,
    LegalBasis: r.legalBasis,
    Statutory: r.statutory,
    OwnerRole: r.ownerRole,
    ReturnOwnerId: ownerId,
    SourceLinks: r.sourceUrls.join("\n"),
    Confidence: confidenceChoice(r.confidence),
    Notes: r.notes,
  };
}

export const stageIdOf = (returnKey: string, stageKey: string) => `${returnKey}|${stageKey}`;

export function stageItemColumns(returnKey: string, stage: ReturnStage, order: number): ItemInput<typeof reportingStagesList> {
  return { ...stageToColumns(returnKey, stage, order), StageId: stageIdOf(returnKey, stage.key) };
}

/** What a submission records; the link is kept only when it is a web address. */
export function submissionColumns(occurrence: Occurrence, submittedOn: CalendarDate, link: string | null, byId: number | null): ItemInput<typeof reportingSubmissionsList> {
  return {
    Title: occurrenceTitle(occurrence).slice(0, 255),
    OccurrenceKey: occurrence.key,
    ReturnKey: occurrence.returnKey,
    StageKey: occurrence.stageKey,
    PeriodKey: occurrence.period.key,
    Deadline: occurrence.deadline,
    SubmittedOn: submittedOn,
    Link: link ? { Url: link, Description: "Where it was submitted or published" } : null,
    SubmittedById: byId,
  };
}
