/** What the data quality screens offer beyond reporting and reading (module.ts says which roles hold each). */
export const QUALITY_CAPABILITIES = {
  /** Triage, assign, set targets and statuses, resolve: information asset owners and managers, and the data lead. */
  triage: "quality.triage",
  /** Record audits of datasets. */
  audit: "quality.audit",
  /** Change the severity rule (target days per severity). */
  targets: "quality.targets",
  /** Save a dataset's validation rules. */
  rules: "quality.rules",
  /** See the figures: triagers, managers and the data lead. */
  figures: "quality.figures",
} as const;
