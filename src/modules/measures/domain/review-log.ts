import type { MeasureDefinition, MeasurePeriod } from "../../../core/domain/measures";
import { plural } from "../../../core/domain/format";
import { safeLinkUrl } from "../../../core/domain/safe-url";
import { REVIEW_KINDS } from "../lists";

export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** One entry of the strategy review log: when the strategy was reviewed, and what changed in it. */
export interface ReviewEntry {
  id: number;
  etag: string | null;
  /** "2026-07-14". */
  date: string;
  kind: ReviewKind;
  title: string;
  changes: string;
  /** Whether the review changed the strategy: what "the number of updates" counts. */
  strategyChanged: boolean;
  link: string;
  recordedBy: string | null;
}

export interface ReviewDraft {
  date: string;
  kind: string;
  title: string;
  changes: string;
  strategyChanged: boolean;
  link: string;
}

export interface ReviewProblem {
  field: keyof ReviewDraft;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (text: string) => ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

export const CHANGES_LIMIT = 4000;

/** Problems with a review entry, in the form's order; `today` ("2026-11-25") because a review is not logged ahead. */
export function checkReviewDraft(draft: ReviewDraft, today: string): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (!draft.date) problems.push({ field: "date", message: "Enter the date of the review, for example 25/11/2026." });
  else if (!isRealDate(draft.date)) problems.push({ field: "date", message: "Enter the date of the review as a real date, for example 25/11/2026." });
  else if (draft.date > today) problems.push({ field: "date", message: "The review's date can't be in the future: log a review once it has happened." });
  if (!(REVIEW_KINDS as readonly string[]).includes(draft.kind)) problems.push({ field: "kind", message: "Choose the kind of review." });
  const title = draft.title.trim();
  if (!title) problems.push({ field: "title", message: "Enter a title, for example Quarterly review 2026/27 Q1." });
  else if (title.length > 255) problems.push({ field: "title", message: `Shorten the title to 255 characters or fewer (it has ${title.length}).` });
  const changes = draft.changes.trim();
  if (!changes) problems.push({ field: "changes", message: "Say what changed in the strategy, or write that nothing changed." });
  else if (changes.length > CHANGES_LIMIT) problems.push({ field: "changes", message: `Shorten what changed to ${CHANGES_LIMIT.toLocaleString("en-GB")} characters or fewer (it has ${changes.length.toLocaleString("en-GB")}).` });
  const link = draft.link.trim();
  if (link && !safeLinkUrl(link)) problems.push({ field: "link", message: "Enter the link as a web address starting https://, or leave it empty." });
  return problems;
}

const within = (day: string, period: MeasurePeriod) => day >= period.start && day <= period.end;

/**
 * The measures module's own figure: "Track the number of updates" (Adaptability of the Data
 * Strategy) from the review log. Their effectiveness is a judgement the log's words record.
 */
export const REVIEW_LOG_FIGURES: readonly MeasureDefinition<readonly ReviewEntry[]>[] = [
  {
    measureKey: "data-leadership-m8",
    id: "measures.strategy-updates",
    label: "Updates to the data strategy",
    method: "Reviews in the StrategyReviews log dated in the period that changed the strategy; reviews that changed nothing are named in the basis.",
    unit: "count",
    better: "higher",
    compute: (entries, period) => {
      const held = entries.filter((e) => within(e.date, period));
      const changed = held.filter((e) => e.strategyChanged);
      return {
        value: changed.length,
        basis: `${plural(held.length, "review")} logged, ${changed.length} of them changed the strategy`,
        breakdown: REVIEW_KINDS.map((kind) => ({ label: kind, value: held.filter((e) => e.kind === kind).length })),
      };
    },
  },
];
