/** What the KPI and reporting screens offer beyond reading (module.ts says which roles hold each). */
export const KPI_CAPABILITIES = {
  /**
   * Add and change KPIs and their targets, change returns (owner, dates moved for a year), and enter
   * values or mark deadlines for anyone: the data lead. Owners do their own without it.
   */
  manage: "kpis.manage",
} as const;
