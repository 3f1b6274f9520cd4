/** What the focus group's screens offer beyond reading and asking (module.ts says which roles hold each). */
export const FOCUS_GROUP_CAPABILITIES = {
  /** Add and edit the group's records: meetings, stories, sessions, lessons, mentoring, decisions, pilots; answer questions. */
  contribute: "focus-group.contribute",
  /** Share a success story to the focus group's Teams channel (the data lead, or the story's author). */
  share: "focus-group.share",
  /** Set the focus group's Teams channel for pages outside the channel tab. */
  configure: "focus-group.configure",
} as const;
