/**
 * The five maturity levels of the Data Maturity Assessment for Government. The level names are
 * facts that may be used freely (see ../shared/reference/dma/README.md); the descriptors are not
 * and come only from an imported framework file.
 */
export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  1: "Beginning",
  2: "Emerging",
  3: "Learning",
  4: "Developing",
  5: "Mastering",
};

/** An assessor may decide a row does not apply to their team: it is answered, but has no level. */
export const NOT_ASSESSED = "not-assessed" as const;
export type AnswerLevel = Level | typeof NOT_ASSESSED;

export const NOT_ASSESSED_LABEL = "Not assessed";

export function isLevel(value: unknown): value is Level {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** "3 Learning", or "Not assessed". */
export function answerLevelLabel(level: AnswerLevel, names: Readonly<Record<Level, string>> = LEVEL_NAMES): string {
  return level === NOT_ASSESSED ? NOT_ASSESSED_LABEL : `${level} ${names[level]}`;
}

/**
 * On the wire (a Number column) "not assessed" is 0, so the column stays a plain indexed number
 * and `Level gt 0` selects the rows that count towards scores.
 */
export function answerLevelToWire(level: AnswerLevel): number {
  return level === NOT_ASSESSED ? 0 : level;
}

/** The reverse of answerLevelToWire; anything that is not 0–5 is not an answer (null). */
export function answerLevelFromWire(value: number | null | undefined): AnswerLevel | null {
  if (value === 0) return NOT_ASSESSED;
  return isLevel(value) ? value : null;
}
