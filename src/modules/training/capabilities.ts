/** What the training screens offer beyond booking (module.ts says which roles hold each). */
export const TRAINING_CAPABILITIES = {
  /** Participation, completion and confidence figures for teams and services. */
  seeFigures: "training.see-figures",
  /** A session's register: attendance and completion on trainer-confirmed courses. */
  keepRegister: "training.keep-register",
} as const;
