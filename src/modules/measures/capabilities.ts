/** What the strategy measures' screens offer beyond reading (module.ts says which roles hold each). */
export const MEASURES_CAPABILITIES = {
  /** Keep figures per quarter, set targets and owners, record values, log reviews. */
  keep: "measures.keep",
} as const;
