/** What the dashboards' screens offer beyond reading (module.ts says which roles hold each). */
export const DASHBOARD_CAPABILITIES = {
  /** Add and edit catalogue entries, and see engagement across departments. */
  manage: "dashboards.manage",
} as const;
