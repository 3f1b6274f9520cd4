import { formatNumber, plural } from "../../../core/domain/format";
import { searchWords, type SearchOutcome } from "./search";

/**
 * What the search screen says about its results, in words that say what matched: "12 terms
 * match" after "council tax" when only "council" matched would claim twelve council tax terms.
 * So a count of terms matching every word is told apart from a count of terms matching some.
 */
export interface ResultSummaryInput {
  query: string;
  outcome: Pick<SearchOutcome, "total" | "matchedAll" | "matchedSome" | "unmatched">;
  /** How many results are on screen (a page of the total). */
  shown: number;
  /** The status filter as words ("approved"), or null when the filter leaves nothing out worth naming. */
  statusWord: string | null;
}

/** "1 term matches", "3 terms match". */
const terms = (count: number) => `${plural(count, "term")} ${count === 1 ? "matches" : "match"}`;
const quoted = (text: string) => `“${text}”`;
const listOf = (words: readonly string[]) => (words.length <= 1 ? words.map(quoted).join("") : `${words.slice(0, -1).map(quoted).join(", ")} or ${quoted(words[words.length - 1]!)}`);

export function resultSummary({ query, outcome, shown, statusWord }: ResultSummaryInput): string {
  const typed = query.trim();
  const showing = outcome.total > shown ? `, showing the best ${formatNumber(shown)}` : "";
  if (outcome.total === 0) return `No ${statusWord ? `${statusWord} ` : ""}terms match ${quoted(typed)}.`;
  // One word (stop words aside) is matched or not: "all of" would only add noise.
  const severalWords = searchWords(typed).length > 1;
  if (outcome.matchedSome === 0) return `${terms(outcome.matchedAll)} ${severalWords ? "all of " : ""}${quoted(typed)}${showing}.`;
  const missing = outcome.unmatched.length > 0 ? ` (nothing matches ${listOf(outcome.unmatched)})` : "";
  const some = `${terms(outcome.matchedSome)} some of the words${missing}`;
  if (outcome.matchedAll === 0) return `No term matches all of ${quoted(typed)}; ${some}${showing}.`;
  return `${terms(outcome.matchedAll)} all of ${quoted(typed)}, and ${some}${showing}.`;
}
