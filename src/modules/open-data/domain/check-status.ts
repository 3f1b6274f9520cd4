import type { CheckResult } from "./checks";

/**
 * The checks' names and statuses, apart from the checks themselves (which load the validation
 * engine), so a record of a publication can be read and shown without it.
 */
export type CheckId = "schema" | "personal-data" | "small-numbers";

export const CHECK_IDS: readonly CheckId[] = ["schema", "personal-data", "small-numbers"];

export const CHECK_TITLES: Readonly<Record<CheckId, string>> = {
  schema: "Matches its schema",
  "personal-data": "No personal data",
  "small-numbers": "No small numbers",
};

export interface Override {
  check: CheckId;
  by: string;
  reason: string;
}

export type CheckStatus = "passed" | "failed" | "overridden";

export function statusOf(check: Pick<CheckResult, "id" | "passed">, overrides: readonly Override[]): CheckStatus {
  if (check.passed) return "passed";
  return overrides.some((o) => o.check === check.id) ? "overridden" : "failed";
}

/** Whether the publication may go ahead: every check passed or was overridden with a name and a reason. */
export function blockingChecks(checks: readonly Pick<CheckResult, "id" | "passed">[], overrides: readonly Override[]): CheckId[] {
  return checks.filter((c) => statusOf(c, overrides) === "failed").map((c) => c.id);
}
