/** What the data maturity screens offer beyond reading (module.ts says which roles hold each). */
export const MATURITY_CAPABILITIES = {
  /** Import the framework, open and close rounds, edit the principle mapping, link improvement actions. */
  manage: "maturity.manage",
  /** Answer a team's assessment (their own team; the data lead any team). */
  assess: "maturity.assess",
} as const;
