import type { ItemInput, RowOf } from "../../../../manifest/items";
import { formatNumber } from "../../../core/domain/format";
import { PRINCIPLES } from "../../../core/domain/principles";
import { storiesList } from "../lists";
import { type Draft, draftDate, dateOrNull, fieldProblems, type FormField, numberOrNull, textOrNull } from "./form";
import { type EditableKind, personName } from "./record-kind";

/** Where a story stands with the focus group's Teams channel. */
export interface StoryShare {
  /** The Teams message id once posted; null before. */
  messageId: string | null;
  /** The message's own link in Teams (shown only if https). */
  messageUrl: string | null;
  /** The channel's name when it was posted. */
  to: string | null;
  at: string | null;
  byId: number | null;
  byName: string | null;
  /** Set while someone's post is under way (see share.ts). */
  claimedAt: string | null;
  claimedById: number | null;
  claimedByName: string | null;
}

export interface Story {
  id: number;
  etag: string | null;
  title: string;
  whatChanged: string;
  dataUsed: string | null;
  impactValue: number | null;
  impactUnit: string | null;
  impactDescription: string | null;
  service: string | null;
  principleKey: string | null;
  people: string | null;
  storyDate: string | null;
  created: string;
  authorId: number;
  authorName: string | null;
  share: StoryShare;
}

const SELECT = [
  "Id",
  "Title",
  "WhatChanged",
  "DataUsed",
  "ImpactValue",
  "ImpactUnit",
  "ImpactDescription",
  "Service",
  "PrincipleKey",
  "People",
  "StoryDate",
  "Created",
  "AuthorId",
  "Author/Title",
  "SharedMessageId",
  "SharedMessageUrl",
  "SharedTo",
  "SharedAt",
  "SharedById",
  "SharedBy/Title",
  "ShareClaimedAt",
  "ShareClaimedById",
  "ShareClaimedBy/Title",
] as const;

type StoryRow = RowOf<typeof storiesList, (typeof SELECT)[number]>;

export const principleTitle = (key: string | null | undefined): string | null => (key ? (PRINCIPLES.find((p) => p.key === key)?.title ?? key) : null);

/** "12 hours a month": the impact's number with its unit, or null when no number was given. */
export function impactFigure(story: Pick<Story, "impactValue" | "impactUnit">): string | null {
  if (story.impactValue === null) return null;
  const value = formatNumber(story.impactValue);
  const unit = story.impactUnit?.trim();
  if (!unit) return value;
  // "£" goes before the number, as the council writes money.
  return unit === "£" ? `£${value}` : `${value} ${unit}`;
}

const FIELDS: readonly FormField[] = [
  { name: "title", label: "Title", kind: "text", required: true, maxLength: 255, hint: "A headline people will remember." },
  { name: "whatChanged", label: "What changed", kind: "textarea", required: true, hint: "What the service does differently now, and why." },
  { name: "dataUsed", label: "Data used", kind: "textarea", hint: "The datasets, dashboards or analysis behind it." },
  { name: "impactValue", label: "Impact number", kind: "number", hint: "Where the impact can be counted, for example 12." },
  { name: "impactUnit", label: "Impact unit", kind: "text", maxLength: 60, hint: "What the number counts, for example hours a month, £ or complaints." },
  { name: "impactDescription", label: "Impact", kind: "textarea", hint: "The difference it made, in words." },
  { name: "service", label: "Service", kind: "text", maxLength: 120 },
  { name: "principleKey", label: "Principle", kind: "choice", choices: PRINCIPLES.map((p) => p.key), choiceLabels: Object.fromEntries(PRINCIPLES.map((p) => [p.key, p.title])) },
  { name: "people", label: "People involved", kind: "textarea", hint: "Who made it happen: names or teams, one a line." },
  { name: "storyDate", label: "When it happened", kind: "date" },
];

export const storyKind: EditableKind<typeof storiesList, (typeof SELECT)[number], Story> = {
  list: storiesList,
  noun: "story",
  select: SELECT,
  expand: ["Author", "SharedBy", "ShareClaimedBy"],
  fromItem: (row: StoryRow): Story => ({
    id: row.Id,
    etag: row["odata.etag"] ?? null,
    title: row.Title ?? "",
    whatChanged: row.WhatChanged ?? "",
    dataUsed: row.DataUsed ?? null,
    impactValue: row.ImpactValue ?? null,
    impactUnit: row.ImpactUnit ?? null,
    impactDescription: row.ImpactDescription ?? null,
    service: row.Service ?? null,
    principleKey: row.PrincipleKey ?? null,
    people: row.People ?? null,
    storyDate: row.StoryDate ?? null,
    created: row.Created,
    authorId: row.AuthorId,
    authorName: personName(row.Author),
    share: {
      messageId: row.SharedMessageId ?? null,
      messageUrl: row.SharedMessageUrl ?? null,
      to: row.SharedTo ?? null,
      at: row.SharedAt ?? null,
      byId: row.SharedById ?? null,
      byName: personName(row.SharedBy),
      claimedAt: row.ShareClaimedAt ?? null,
      claimedById: row.ShareClaimedById ?? null,
      claimedByName: personName(row.ShareClaimedBy),
    },
  }),
  fields: FIELDS,
  draftOf: (story, today) => ({
    title: story?.title ?? "",
    whatChanged: story?.whatChanged ?? "",
    dataUsed: story?.dataUsed ?? "",
    impactValue: story?.impactValue === null || story?.impactValue === undefined ? "" : String(story.impactValue),
    impactUnit: story?.impactUnit ?? "",
    impactDescription: story?.impactDescription ?? "",
    service: story?.service ?? "",
    principleKey: story?.principleKey ?? "",
    people: story?.people ?? "",
    storyDate: story ? draftDate(story.storyDate) : today,
  }),
  check: (draft: Draft) => {
    const problems = fieldProblems(FIELDS, draft);
    if (draft.impactUnit?.trim() && !draft.impactValue?.trim() && !problems.some((p) => p.field === "impactValue")) {
      problems.push({ field: "impactValue", message: "Enter the impact number that goes with the unit, or clear the unit." });
    }
    return problems;
  },
  valuesOf: (draft: Draft): ItemInput<typeof storiesList> => ({
    Title: draft.title!.trim(),
    WhatChanged: draft.whatChanged!.trim(),
    DataUsed: textOrNull(draft.dataUsed),
    ImpactValue: numberOrNull(draft.impactValue),
    ImpactUnit: textOrNull(draft.impactUnit),
    ImpactDescription: textOrNull(draft.impactDescription),
    Service: textOrNull(draft.service),
    PrincipleKey: textOrNull(draft.principleKey),
    People: textOrNull(draft.people),
    StoryDate: dateOrNull(draft.storyDate),
  }),
};
