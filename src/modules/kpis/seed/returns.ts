import type { ReportingReturn } from "../domain/returns";
import { returnProblems } from "../domain/returns";
import raw from "./returns.json";

/**
 * The seeded reporting calendar: real returns and publications of an English district council,
 * from `shared/reference/uk-gov-data-refs.md` §1, each with its source links. Fields the note does
 * not give are null. Stages whose date the note does not confirm carry `checkTheDate`.
 */
const TEXT_FIELDS = ["key", "name", "kind", "confidence"] as const;
const OPTIONAL_TEXT_FIELDS = ["reference", "recipient", "channel", "legalBasis", "ownerRole", "owner", "notes"] as const;

/** Checks the JSON's shape and every rule, naming each problem; returns the typed returns. */
export function parseReturns(data: unknown): ReportingReturn[] {
  if (!Array.isArray(data)) throw new Error("The reporting calendar's seed must be a list of returns.");
  const problems: string[] = [];
  data.forEach((entry: Record<string, unknown>, i) => {
    const name = typeof entry?.name === "string" ? entry.name : `Return ${i + 1}`;
    for (const f of TEXT_FIELDS) if (typeof entry?.[f] !== "string") problems.push(`${name}: "${f}" must be text.`);
    for (const f of OPTIONAL_TEXT_FIELDS) if (entry?.[f] !== null && typeof entry?.[f] !== "string") problems.push(`${name}: "${f}" must be text or null.`);
    if (typeof entry?.statutory !== "boolean") problems.push(`${name}: "statutory" must be true or false.`);
    if (!["return", "publication"].includes(entry?.kind as string)) problems.push(`${name}: "kind" must be return or publication.`);
    if (!["verified", "partly verified", "unverified"].includes(entry?.confidence as string)) problems.push(`${name}: "confidence" must be verified, partly verified or unverified.`);
    if (!Array.isArray(entry?.sourceUrls) || !Array.isArray(entry?.stages)) {
      problems.push(`${name}: "sourceUrls" and "stages" must be lists.`);
      return;
    }
    problems.push(...returnProblems(entry as unknown as ReportingReturn));
  });
  const keys = data.map((d: { key?: unknown }) => d?.key);
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) problems.push(`Two returns share the key "${String(k)}".`);
  });
  if (problems.length) throw new Error(`The reporting calendar's seed has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.join("\n")}`);
  return data as ReportingReturn[];
}

export const SEEDED_RETURNS: readonly ReportingReturn[] = parseReturns(raw);
