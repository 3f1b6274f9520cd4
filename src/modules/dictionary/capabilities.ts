/** What the data dictionary's screens offer beyond reading and proposing (module.ts says which roles hold each). */
export const DICTIONARY_CAPABILITIES = {
  /** Approve proposals, confirm reviews and see the usage audit. */
  approve: "dictionary.approve",
} as const;
