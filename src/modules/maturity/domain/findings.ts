import type { GroupRef } from "./framework";

/**
 * The strategy's own reported results of its Data Maturity Assessment, quoted exactly, to show
 * beside the figures computed for the matching topic or theme. Seeded from
 * seed/strategy-findings.json; every quote is checked against the strategy text by a unit test.
 */
export const FINDING_SECTIONS = ["Self-Assessment Results: Maturity Levels", "Key Findings Across Core Themes", "Summary of Insights"] as const;
export type FindingSection = (typeof FINDING_SECTIONS)[number];

export interface FindingSubject {
  /** The strategy's label, exactly as written in the quote: "Engaging with Others". */
  label: string;
  /** The framework topics or themes the label means. */
  targets: GroupRef[];
}

export interface StrategyFinding {
  key: string;
  order: number;
  /** The strategy's section heading. */
  section: FindingSection;
  /** The principle heading it sits under, exactly as written ("DATA QUALITY"), or null. */
  heading: string | null;
  principleKey: string | null;
  /** The whole bullet or sentence, exactly as written (without ** markers). */
  quote: string;
  /** What the finding is about; empty for a finding about the whole assessment or a whole principle. */
  subjects: FindingSubject[];
}

const refersTo = (finding: StrategyFinding, ref: GroupRef) => finding.subjects.some((s) => s.targets.some((t) => t.kind === ref.kind && t.key === ref.key));

/** The findings to show beside a topic's or theme's figures, in the strategy's order. */
export function findingsAbout(findings: readonly StrategyFinding[], ref: GroupRef): StrategyFinding[] {
  return findings.filter((f) => refersTo(f, ref)).sort((a, b) => a.order - b.order);
}

/** The findings under a principle's heading, in the strategy's order. */
export function findingsUnderPrinciple(findings: readonly StrategyFinding[], principleKey: string): StrategyFinding[] {
  return findings.filter((f) => f.principleKey === principleKey).sort((a, b) => a.order - b.order);
}

/** Findings about the assessment as a whole (no subject, no principle). */
export function overallFindings(findings: readonly StrategyFinding[]): StrategyFinding[] {
  return findings.filter((f) => f.subjects.length === 0 && f.principleKey === null).sort((a, b) => a.order - b.order);
}
