import type { ImprovementAction } from "./change";
import type { GroupRef } from "./framework";
import type { StrategyFinding } from "./findings";
import type { GroupResult, RoundResults } from "./results";
import type { Round } from "./rounds";
import { roundsInOrder } from "./rounds";
import type { SnapshotRead } from "./snapshot";
import type { Team } from "./teams";
import type { MaturityViewer } from "./visibility";

/**
 * Which rounds a viewer sees results for, and from where: everyone sees a closed round through its
 * anonymised snapshot; the data lead also sees rounds still open (or closed without a snapshot)
 * computed live from the answers. Nobody else sees an open round's figures: they are not final.
 */
export interface ResultsChoice {
  key: string;
  name: string;
  status: Round["status"];
  isSample: boolean;
  opensOn: string;
  closesOn: string;
  source: "snapshot" | "answers";
}

export function resultsChoices(rounds: readonly Round[], snapshots: ReadonlyMap<string, SnapshotRead>, viewer: Pick<MaturityViewer, "isDataLead">): ResultsChoice[] {
  return roundsInOrder(rounds).flatMap((round): ResultsChoice[] => {
    const saved = round.status === "Closed" && snapshots.get(round.key)?.ok === true;
    if (!saved && !(viewer.isDataLead && round.status !== "Draft")) return [];
    return [{ key: round.key, name: round.name, status: round.status, isSample: round.isSample, opensOn: round.opensOn, closesOn: round.closesOn, source: saved ? "snapshot" : "answers" }];
  });
}

/** The round results open on: the latest closed one, else the latest of any. */
export function defaultResultsRound(choices: readonly ResultsChoice[]): string | null {
  const closed = choices.filter((c) => c.status === "Closed");
  return (closed[closed.length - 1] ?? choices[choices.length - 1])?.key ?? null;
}

/** The pair "change between rounds" opens on: the last two closed rounds, else the last two of any. */
export function defaultComparison(choices: readonly ResultsChoice[]): [string, string] | null {
  const closed = choices.filter((c) => c.status === "Closed");
  const pool = closed.length >= 2 ? closed : choices;
  return pool.length >= 2 ? [pool[pool.length - 2]!.key, pool[pool.length - 1]!.key] : null;
}

/** Every team named in any round, by key, so a team keeps its name in rounds that list it differently. */
export function teamNames(rounds: readonly { teams: readonly Team[] }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const round of rounds) for (const team of round.teams) if (!names.has(team.key)) names.set(team.key, team.name);
  return names;
}

/** A finding beside the figures computed for what it is about. */
export interface FindingBeside {
  finding: StrategyFinding;
  figures: { label: string; ref: GroupRef; name: string; group: GroupResult | undefined }[];
}

/** The strategy's findings about the topics and themes of a round's results, with those results, in the strategy's order. */
export function findingsBesideResults(findings: readonly StrategyFinding[], results: RoundResults): FindingBeside[] {
  const find = (ref: GroupRef) => (ref.kind === "topic" ? results.topics : results.themes).find((g) => g.key === ref.key);
  return [...findings]
    .filter((f) => f.subjects.length > 0)
    .sort((a, b) => a.order - b.order)
    .map((finding) => ({
      finding,
      figures: finding.subjects.flatMap((s) => s.targets.map((ref) => ({ label: s.label, ref, name: find(ref)?.name ?? ref.key, group: find(ref) }))),
    }));
}

/** Improvement actions listed under a topic or theme, with when they were completed. */
export function actionsFor(actions: readonly ImprovementAction[], ref: GroupRef): ImprovementAction[] {
  return actions.filter((a) => a.linked.kind === ref.kind && a.linked.key === ref.key);
}
