/** What the open-data screens offer beyond reading the publications (module.ts says which roles hold each). */
export const OPEN_DATA_CAPABILITIES = {
  /** Check a file, override a check with a reason, and publish (the record is saved). */
  publish: "open-data.publish",
} as const;
