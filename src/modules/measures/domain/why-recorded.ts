/**
 * Why a measure is recorded by hand: what the hub would need and does not hold. Shown beside a
 * measure no module computes; a module that later offers a figure for it replaces the reason with its
 * method. Words about the hub only, never claims about the council.
 */
const WHY_RECORDED: Readonly<Record<string, string>> = {
  "data-quality-m1": "Errors found in audits, and stakeholders' confidence in decisions, come from audits and surveys held outside the hub.",
  "data-quality-m2": "Completeness is measured on the records in the council's own systems, which the hub does not hold.",
  "data-quality-m3": "The time from collection to availability is known in the source systems, not in the hub.",
  "data-quality-m4": "Entries rejected by validation tools, and manual corrections, are counted in the systems that validate them.",
  "data-quality-m5": "It comes from feedback surveys about data input, usability and confidence, which the hub does not run.",
  "data-quality-m6": "It comes from audits of policy compliance, held outside the hub.",
  "data-quality-m7": "Downtime and errors in data collection are logged by the systems and the IT service, not the hub.",
  "data-quality-m9": "Use of the Data Quality Handbook is not counted in the hub yet.",
  "data-quality-m10": "Outcomes and efficiency gains are assessed by services, in money or time, outside the hub.",
  "data-quality-m11": "Examples of better decisions, and whether strategic goals were met, are judgements people document.",
  "data-literacy-m3": "Use of Excel, SharePoint and Power BI is reported by Microsoft 365's own usage reports, which the hub does not read.",
  "data-ethics-m1": "Public awareness comes from surveys and feedback from residents, and incidents of misuse from the annual transparency report.",
  "data-ethics-m3": "Inclusion of diverse groups, and the impact on underserved communities, need analysis of the datasets themselves.",
  "data-ethics-m4": "Reviews of the data collected and secure disposal are recorded against retention timelines outside the hub.",
  "data-ethics-m5": "Security audits and personal data breach investigations are confidential records kept outside the hub.",
  "data-ethics-m6": "Purpose limitation is judged in the annual RoPA review, outside the hub.",
  "data-standards-m1": "The Data Standards Policy's completion and adoption are recorded by the data lead.",
  "data-standards-m3": "It comes from audits of compliance with data standards, held outside the hub.",
  "data-standards-m4": "Data sharing between systems, and staff feedback on integration, are assessed outside the hub.",
  "data-standards-m5": "It comes from assessments of formats and accessibility, and feedback from staff and residents.",
  "data-standards-m6": "Gaps against legal and regulatory requirements are found in updates and audits: a judgement, not a count.",
  "data-standards-m7": "Updates to the data standards are made in the standards themselves, which the hub does not hold yet.",
  "data-leadership-m3": "The frequency and quality of collaboration, and departments' feedback, are gathered by asking people.",
  "data-leadership-m4": "Usage and satisfaction across all data systems come from the systems' own reports and from surveys.",
  "data-leadership-m6": "It needs the results of audits of quality, security and compliance, held outside the hub.",
  "data-leadership-m9": "Leaders' skill assessments and the effectiveness of new roles are judged outside the hub.",
};

/** For a measure the strategy expects the hub to compute but no module offers a figure for yet. */
const AWAITING_MODULE = "The hub will compute this once the module that holds its data is in place; until then it is recorded by hand.";
const GENERAL = "The hub holds no data this can be computed from, so it is recorded by hand.";

/** Why this measure has no computed figure. */
export function whyRecorded(measureKey: string, computable: boolean): string {
  return WHY_RECORDED[measureKey] ?? (computable ? AWAITING_MODULE : GENERAL);
}

/** Measures with a reason of their own (for the seed check). */
export const MEASURES_WITH_REASONS: readonly string[] = Object.keys(WHY_RECORDED);
