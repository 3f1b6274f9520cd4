import type { FailureRecord, RuleResult } from "./result-types";

/** What a later run needs from an earlier one (as stored per dataset): totals and the kept failures. */
export interface RunSnapshot {
  rules: readonly Pick<RuleResult, "id" | "checked" | "failed">[];
  failures: readonly Pick<FailureRecord, "key" | "ruleId" | "field" | "value" | "row">[];
}

export interface RuleChange {
  ruleId: string;
  before: number;
  after: number;
  change: number;
}

export interface RunComparison {
  /** Failures in this run that the previous run did not have, by record and rule. */
  newFailures: RunSnapshot["failures"][number][];
  /** Failures of the previous run that this run no longer has. */
  fixed: RunSnapshot["failures"][number][];
  stillFailing: number;
  /** False when records have no key, so only totals can be compared. */
  byRecord: boolean;
  /** Rules whose kept failures were capped in either run: new and fixed are not complete for them. */
  partialRules: string[];
  rules: RuleChange[];
  /** Share of checked values passing, 0–1, before and after. */
  successRate: { before: number; after: number };
}

const identity = (f: { key: string; ruleId: string }) => `${f.ruleId}\u0000${f.key}`;

function successRate(run: RunSnapshot): number {
  let checked = 0;
  let failed = 0;
  for (const rule of run.rules) {
    checked += rule.checked;
    failed += rule.failed;
  }
  return checked === 0 ? 1 : 1 - failed / checked;
}

/** Rules for which every failure was kept, so absence from the sample means the record passed. */
function completeRules(run: RunSnapshot): Set<string> {
  const kept = new Map<string, number>();
  for (const f of run.failures) kept.set(f.ruleId, (kept.get(f.ruleId) ?? 0) + 1);
  return new Set(run.rules.filter((r) => (kept.get(r.id) ?? 0) >= r.failed).map((r) => r.id));
}

/**
 * New versus fixed failures between two runs of the same rule set, matched by record key and rule.
 * Where a run kept only a sample of a rule's failures, that rule's new and fixed lists would guess,
 * so they are left out and the rule is named in `partialRules`.
 */
export function compareRuns(previous: RunSnapshot, current: RunSnapshot): RunComparison {
  const byRecord = [...previous.failures, ...current.failures].every((f) => f.key !== "" || f.row === 0);
  const before = new Map(previous.failures.filter((f) => f.key !== "").map((f) => [identity(f), f]));
  const after = new Map(current.failures.filter((f) => f.key !== "").map((f) => [identity(f), f]));
  const completeBefore = completeRules(previous);
  const completeAfter = completeRules(current);
  const ruleIds = [...new Set([...previous.rules.map((r) => r.id), ...current.rules.map((r) => r.id)])];
  const partialRules = ruleIds.filter((id) => !completeBefore.has(id) || !completeAfter.has(id));
  const newFailures = byRecord ? [...after.entries()].filter(([k, f]) => !before.has(k) && completeBefore.has(f.ruleId) && completeAfter.has(f.ruleId)).map(([, f]) => f) : [];
  const fixed = byRecord ? [...before.entries()].filter(([k, f]) => !after.has(k) && completeBefore.has(f.ruleId) && completeAfter.has(f.ruleId)).map(([, f]) => f) : [];
  const stillFailing = byRecord ? [...after.keys()].filter((k) => before.has(k)).length : 0;
  const failedBefore = new Map(previous.rules.map((r) => [r.id, r.failed]));
  const failedAfter = new Map(current.rules.map((r) => [r.id, r.failed]));
  const rules = ruleIds.map((ruleId) => {
    const b = failedBefore.get(ruleId) ?? 0;
    const a = failedAfter.get(ruleId) ?? 0;
    return { ruleId, before: b, after: a, change: a - b };
  });
  return { newFailures, fixed, stillFailing, byRecord, partialRules, rules, successRate: { before: successRate(previous), after: successRate(current) } };
}
