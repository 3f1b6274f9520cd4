/** What the policies screens offer beyond reading and confirming (module.ts says which roles hold each). */
export const POLICY_CAPABILITIES = {
  /** Add documents to the library and change any of them (owners change their own whatever their role). */
  manage: "policies.manage",
  /** See read-and-understood completion for one's own service, with names. */
  serviceCompletion: "policies.service-completion",
  /** See completion for every document and service, with names, and how often documents are opened. */
  allCompletion: "policies.all-completion",
} as const;
