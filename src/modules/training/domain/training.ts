import type { COMPLETION_RULES, ENROLMENT_STATES } from "../lists";

export type EnrolmentState = (typeof ENROLMENT_STATES)[number];
export type CompletionRule = (typeof COMPLETION_RULES)[number];

export interface Course {
  id: number;
  key: string;
  title: string;
  description: string;
  topic: string | null;
  level: string | null;
  format: string | null;
  audiences: string[];
  principleKey: string | null;
  skills: string[];
  completionRule: CompletionRule;
  strategySource: string | null;
}

export interface Session {
  id: number;
  courseKey: string;
  title: string;
  start: string;
  end: string | null;
  location: string | null;
  meetingLink: string | null;
  capacity: number;
}

/** Confidence per skill, 1 (not confident) to 5 (very confident). */
export type SurveyAnswers = Record<string, number>;

export interface Enrolment {
  id: number;
  /** The version read; a save without one is refused rather than overwrite. */
  etag: string | null;
  sessionId: number;
  courseKey: string;
  learnerId: number;
  learnerName: string | null;
  learnerService: string | null;
  state: EnrolmentState;
  pre: SurveyAnswers | null;
  post: SurveyAnswers | null;
  completedOn: string | null;
  /** A trainer's record for this booking, if any (a trainer corrects it with its ETag). */
  trainerConfirmation?: { id: number; etag: string | null; outcome: "Completed" | "Did not attend" } | null;
}

export interface Pathway {
  key: string;
  title: string;
  description: string | null;
  audience: string | null;
  courseKeys: string[];
}

/** Newline-separated values from a Note column, blanks dropped. */
export function lines(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
