import type { SurveyAnswers } from "./training";

/** Reads a stored survey; anything malformed counts as not answered rather than breaking the page. */
export function parseSurvey(json: string | null | undefined): SurveyAnswers | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    const answers: SurveyAnswers = {};
    for (const [skill, rating] of Object.entries(value)) if (Number.isInteger(rating) && (rating as number) >= 1 && (rating as number) <= 5) answers[skill] = rating as number;
    return Object.keys(answers).length ? answers : null;
  } catch {
    return null;
  }
}

/** Every skill rated 1 to 5, or the skills still to rate. */
export function missingRatings(skills: readonly string[], answers: Partial<SurveyAnswers>): string[] {
  return skills.filter((s) => {
    const r = answers[s];
    return !(Number.isInteger(r) && (r as number) >= 1 && (r as number) <= 5);
  });
}

export function averageRating(answers: SurveyAnswers): number {
  const values = Object.values(answers);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
