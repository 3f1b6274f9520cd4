import { slugOf } from "./keys";

/**
 * An assessment round: the data lead opens it for the services taking part, teams answer while it
 * is open, and its results are final once it is closed.
 */
export const ROUND_STATUSES = ["Draft", "Open", "Closed"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface Round {
  key: string;
  /** "Baseline 2025". */
  name: string;
  status: RoundStatus;
  /** ISO dates. */
  opensOn: string;
  closesOn: string;
  /** The teams (services) taking part, by key. */
  teamKeys: string[];
  /** Generated sample data, never the council's results: every screen must say so. */
  isSample: boolean;
}

export interface RoundInput {
  name: string;
  opensOn: string;
  closesOn: string;
  teamKeys: readonly string[];
}

export interface RoundProblem {
  field: "name" | "opensOn" | "closesOn" | "teamKeys";
  message: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => ISO_DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function roundKeyOf(name: string): string {
  return slugOf(name);
}

/** Checks a round before it is saved: every problem at once, each naming its field. */
export function validateRound(input: RoundInput, existing: readonly Pick<Round, "key" | "name">[] = []): RoundProblem[] {
  const problems: RoundProblem[] = [];
  const name = input.name.trim();
  if (name === "") problems.push({ field: "name", message: "Give the round a name, for example \"Baseline 2025\"." });
  else if (name.length > 255) problems.push({ field: "name", message: "The round's name is longer than 255 characters." });
  else if (roundKeyOf(name) === "") problems.push({ field: "name", message: "The round's name needs at least one letter or digit." });
  else if (existing.some((r) => r.key === roundKeyOf(name))) problems.push({ field: "name", message: `A round called "${name}" (or very like it) already exists; choose another name.` });
  const dayProblem = (value: string, what: string) => (value.trim() === "" ? `Give the date the round ${what}.` : `The date the round ${what} is not a real date; write it as day/month/year, for example 25/11/2026.`);
  if (!validDay(input.opensOn)) problems.push({ field: "opensOn", message: dayProblem(input.opensOn, "opens") });
  if (!validDay(input.closesOn)) problems.push({ field: "closesOn", message: dayProblem(input.closesOn, "closes") });
  else if (validDay(input.opensOn) && input.closesOn < input.opensOn) problems.push({ field: "closesOn", message: "The round closes before it opens; check the dates." });
  if (input.teamKeys.length === 0) problems.push({ field: "teamKeys", message: "Choose at least one service to take part." });
  else if (new Set(input.teamKeys).size !== input.teamKeys.length) problems.push({ field: "teamKeys", message: "A service is chosen twice." });
  return problems;
}

/** Answers may be given and changed only while the round is open. */
export function canAnswer(round: Pick<Round, "status">): boolean {
  return round.status === "Open";
}

/** The rounds in the order they ran: by opening date, then name. */
export function roundsInOrder<R extends Pick<Round, "opensOn" | "name">>(rounds: readonly R[]): R[] {
  return [...rounds].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.name.localeCompare(b.name, "en-GB"));
}
