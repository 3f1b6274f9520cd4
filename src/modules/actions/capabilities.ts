/** What the action tracker's screens offer beyond reading (module.ts says which roles hold each). */
export const ACTION_CAPABILITIES = {
  /** Add actions to the plan. */
  add: "actions.add",
  /** Edit any action, not only one's own (the data lead). */
  editAny: "actions.edit-any",
} as const;
