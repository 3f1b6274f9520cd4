/**
 * A rule set that cannot be used, with every problem found named in plain words
 * ("Field 3 (amount): minimum must be a number"), so the officer can fix them all at once.
 */
export class SchemaError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? `The rules cannot be used: ${problems[0]}` : `The rules cannot be used (${problems.length} problems): ${problems.join("; ")}`);
    this.name = "SchemaError";
    this.problems = problems;
  }
}

/** Input a run cannot read at all: not a table, a password-protected workbook, a missing reference list. */
export class UnusableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnusableInputError";
  }
}
