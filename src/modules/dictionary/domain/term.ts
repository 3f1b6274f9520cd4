import type { RowOf, SelectName, WireItem } from "../../../../manifest/items";
import { type glossaryList, TERM_KINDS, TERM_STATUSES } from "../lists";

export type TermKind = (typeof TERM_KINDS)[number];
export type TermStatus = (typeof TERM_STATUSES)[number];
export { TERM_KINDS, TERM_STATUSES };

/** A person column as read with `$expand`: the site user id, name and email. */
export interface PersonRef {
  id: number;
  name: string;
  email: string | null;
}

export interface Link {
  url: string;
  description: string;
}

/** One published dictionary entry, in the words the UI uses. */
export interface Term {
  id: number;
  key: string;
  title: string;
  kind: TermKind;
  status: TermStatus;
  definition: string;
  plainLanguage: string | null;
  acronym: string | null;
  synonyms: string[];
  /** Keys of related terms. */
  related: string[];
  service: string | null;
  stewardId: number | null;
  ownerId: number | null;
  /** Present when read with people expanded (one term), absent in the whole-list read. */
  steward?: PersonRef | null;
  owner?: PersonRef | null;
  calculation: string | null;
  unit: string | null;
  sourceSystem: string | null;
  nationalStandard: Link | null;
  /** ISO date (UTC midnight) or null. */
  reviewDate: string | null;
  replacedBy: string | null;
  strategySection: string | null;
  /** The strategy's own sentences using the term, when its definition is not the strategy's (blank lines between quotes). */
  strategyUsage: string | null;
  modified: string;
  /** The item's version label ("3.0"): a proposal records it to know which version it was drafted against. */
  version: string;
  /** The ETag the item had when read: every write sends it back (null if SharePoint sent none: a write is then refused). */
  etag: string | null;
}

/**
 * What the whole-list read asks for: everything search and browse need, people as ids only
 * (expanding two person columns on 10,000 items would double the payload for nothing).
 */
export const TERM_LIST_SELECT = [
  "Id",
  "Title",
  "TermKey",
  "TermKind",
  "TermStatus",
  "Definition",
  "PlainLanguage",
  "Acronym",
  "Synonyms",
  "RelatedTerms",
  "Service",
  "StewardId",
  "TermOwnerId",
  "ReviewDate",
  "ReplacedBy",
  "Modified",
  "OData__UIVersionString",
] as const satisfies readonly SelectName<typeof glossaryList>[];

/** One term in full, with its steward and owner's names. */
export const TERM_SELECT = [
  ...TERM_LIST_SELECT,
  "Calculation",
  "Unit",
  "SourceSystem",
  "NationalStandard",
  "StrategySection",
  "StrategyUsage",
  "Steward/Id",
  "Steward/Title",
  "Steward/EMail",
  "TermOwner/Id",
  "TermOwner/Title",
  "TermOwner/EMail",
] as const satisfies readonly SelectName<typeof glossaryList>[];
export const TERM_EXPAND = ["Steward", "TermOwner"] as const;

/** A term as the whole-list read returns it; the one-term read adds the rest. */
export type TermItem = RowOf<typeof glossaryList, (typeof TERM_LIST_SELECT)[number]> & Partial<RowOf<typeof glossaryList, (typeof TERM_SELECT)[number]>>;

/** Lists of names travel in one Note column, separated by semicolons (as the seed writes them). */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? "")
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(values: readonly string[]): string | null {
  const cleaned = values.map((v) => v.trim()).filter(Boolean);
  return cleaned.length ? cleaned.join("; ") : null;
}

/** A person column as REST returns it expanded: undefined when not expanded, null when empty. */
export function personFrom(value: { Id?: number; Title?: string; EMail?: string } | null | undefined, id: number | null | undefined): PersonRef | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || (value.Id ?? id) == null) return null;
  return { id: (value.Id ?? id)!, name: value.Title ?? "", email: value.EMail ?? null };
}

const asKind = (value: unknown): TermKind => ((TERM_KINDS as readonly unknown[]).includes(value) ? (value as TermKind) : "Term");
const asStatus = (value: unknown): TermStatus => ((TERM_STATUSES as readonly unknown[]).includes(value) ? (value as TermStatus) : "Draft");

/** The columns a term and a proposal for it share, as REST returns them (declared once in lists.ts). */
export type DefinitionColumns = Partial<
  Pick<WireItem<typeof glossaryList>, "Definition" | "PlainLanguage" | "Acronym" | "Synonyms" | "RelatedTerms" | "Service" | "Calculation" | "Unit" | "SourceSystem" | "NationalStandard" | "ReviewDate" | "ReplacedBy">
>;

/** The definition's fields, read the same way from the published term and from a proposal. */
export function definitionFieldsFrom(item: DefinitionColumns) {
  const standard = item.NationalStandard;
  return {
    definition: item.Definition ?? "",
    plainLanguage: item.PlainLanguage ?? null,
    acronym: item.Acronym ?? null,
    synonyms: splitList(item.Synonyms),
    related: splitList(item.RelatedTerms),
    service: item.Service ?? null,
    calculation: item.Calculation ?? null,
    unit: item.Unit ?? null,
    sourceSystem: item.SourceSystem ?? null,
    nationalStandard: standard && standard.Url ? { url: standard.Url, description: standard.Description || standard.Url } : null,
    reviewDate: item.ReviewDate ?? null,
    replacedBy: item.ReplacedBy ?? null,
  };
}

export function termFromItem(item: TermItem): Term {
  return {
    id: item.Id,
    key: item.TermKey || String(item.Id),
    title: item.Title,
    kind: asKind(item.TermKind),
    status: asStatus(item.TermStatus),
    ...definitionFieldsFrom(item),
    stewardId: item.StewardId ?? null,
    ownerId: item.TermOwnerId ?? null,
    steward: personFrom(item.Steward, item.StewardId),
    owner: personFrom(item.TermOwner, item.TermOwnerId),
    strategySection: item.StrategySection ?? null,
    strategyUsage: item.StrategyUsage ?? null,
    modified: item.Modified ?? "",
    version: item.OData__UIVersionString ?? "",
    etag: item["odata.etag"] ?? null,
  };
}

/**
 * The search screen's status filter: one status, every term (""), or every term in use (all but
 * deprecated). "In use" is the default, so draft definitions waiting for approval are found too
 * (marked Draft) rather than hidden.
 */
export type StatusFilter = TermStatus | "" | "in-use";

export function passesStatusFilter(status: TermStatus, filter: StatusFilter): boolean {
  if (filter === "") return true;
  return filter === "in-use" ? status !== "Deprecated" : status === filter;
}

/** Metrics and KPIs carry a calculation, a unit and a source system; plain terms do not. */
export function isMeasurable(kind: TermKind): boolean {
  return kind === "Metric" || kind === "KPI";
}

/** A URL-safe key from a name: "Record of Processing Activities" → "record-of-processing-activities". */
export function keyFromTitle(title: string): string {
  const key = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 72)
    .replace(/-+$/g, "");
  // Route words of the dictionary's own pages can never be term keys.
  return !key ? "term" : RESERVED_KEYS.has(key) ? `${key}-term` : key;
}

/** Path segments the dictionary uses for its own pages: `#/dictionary/propose` is never a term. */
export const RESERVED_KEYS = new Set(["propose", "proposals", "use"]);

/** The first of `key`, `key-2`, `key-3`… not already taken. */
export function uniqueKey(key: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key)) return key;
  for (let n = 2; ; n++) if (!taken.has(`${key}-${n}`)) return `${key}-${n}`;
}

/** Review dates are dates: compare by calendar day in the council's time zone, not by instant. */
function dayOf(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** True when the term's review date has passed (the day itself is still in time). */
export function isReviewOverdue(term: Pick<Term, "reviewDate" | "status">, today: Date): boolean {
  if (!term.reviewDate || term.status === "Deprecated") return false;
  return dayOf(term.reviewDate) < dayOf(today);
}

/** A year from today, as SharePoint stores a date-only value. */
export function nextReviewDate(today: Date, months = 12): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, today.getUTCDate()));
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The hub route of a term, without "#/": also what a Teams deep link carries as its subPageId. */
export function termRoute(key: string): string {
  return `dictionary/${encodeURIComponent(key)}`;
}


