/** What the asset register's screens offer beyond reading (module.ts says which roles hold each). */
export const ASSET_CAPABILITIES = {
  /** Add assets to the register (IAOs, IAMs and the data lead). */
  add: "assets.add",
  /** Edit any asset, not only one's own (the data lead). */
  editAny: "assets.edit-any",
  /** See every overdue review and disposal, not only one's own (the data lead). */
  oversee: "assets.oversee",
  /** Add and remove flows between assets (IAOs, IAMs and the data lead). */
  keepFlows: "assets.keep-flows",
  /** Download the ROPA-support extract for Information Governance. */
  exportRopa: "assets.export-ropa",
} as const;
