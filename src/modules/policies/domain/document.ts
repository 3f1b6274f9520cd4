import type { Role } from "../../../../manifest/schema";
import { ROLES } from "../../../core/domain/roles";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, REVIEW_OUTCOMES } from "../lists";

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** A policy, handbook, standard or guidance in the library, as the screens use it. */
export interface PolicyDocument {
  id: number;
  etag: string | null;
  key: string;
  title: string;
  kind: DocumentKind;
  principleKey: string | null;
  ownerId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  status: DocumentStatus;
  /** The version as the council names it ("2.1"); null before the first is published. */
  versionLabel: string | null;
  /** Published versions so far (0: none). Confirmations are for one of these numbers. */
  readVersion: number;
  changeSummary: string | null;
  /** Calendar dates, "2026-11-25". */
  approvedOn: string | null;
  nextReview: string | null;
  lastReviewed: string | null;
  reviewOutcome: ReviewOutcome | null;
  /** As typed into the list: shown as a link only if it is https (core/ui/ListLink). */
  link: string | null;
  summary: string | null;
  mustRead: Role[];
  strategyQuote: string | null;
  strategySection: string | null;
}

export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);

/** "2026-11-25" from SharePoint's date-only value ("2026-11-25T00:00:00Z"), or null. */
export function dayOf(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** Today's calendar date in the council's time zone: the clock is read by the caller and passed in. */
export function todayOf(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A calendar date as SharePoint's date-only columns take it. */
export const wireDay = (day: string) => `${day}T00:00:00Z`;

/** The same calendar date `years` later (29 February becomes 28 February). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** Roles from the MustRead column, ignoring anything that is not a Data Hub role. */
export const mustReadRoles = (values: readonly string[] | null | undefined): Role[] => ROLES.filter((r) => (values ?? []).includes(r));

/** Whether the current version is one people are asked to read: approved, published in the hub, with readers named. */
export function asksForReading(doc: PolicyDocument): boolean {
  return doc.status === "Approved" && doc.readVersion > 0 && doc.mustRead.length > 0;
}

/** Whether someone holding these roles must read the document's current version. */
export function mustRead(doc: PolicyDocument, roles: readonly Role[]): boolean {
  return asksForReading(doc) && doc.mustRead.some((r) => roles.includes(r));
}

/**
 * Whether the people who must read it can be counted from the directory. Everyone on staff can (a
 * service's people are its staff); narrower roles cannot, because reading other people's role
 * groups needs a Graph permission Data Hub does not ask for (GroupMember.Read.All).
 */
export const countableReaders = (doc: PolicyDocument) => doc.mustRead.includes("staff");

/** Whether its review date has passed (retired documents are never due). */
export function reviewOverdue(doc: PolicyDocument, today: string): boolean {
  return doc.status !== "Retired" && doc.nextReview !== null && doc.nextReview < today;
}

/** Strategy quotes are stored without the strategy's link markup; this strips any that is typed in later. */
export const plainQuote = (text: string | null) => (text ?? "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");

export { DOCUMENT_KINDS, DOCUMENT_STATUSES, REVIEW_OUTCOMES };
