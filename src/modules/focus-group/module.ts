import { PeopleTeam24Regular } from "@fluentui/react-icons/svg/people-team";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { FOCUS_GROUP_CAPABILITIES } from "./capabilities";

/**
 * The data focus group's working space: meetings, success stories shared to the group's Teams
 * channel, data share sessions, lessons learnt, mentoring, questions and suggestions, the decisions
 * log with its evidence, and pilots.
 */
export const focusGroupModule: ModuleDefinition = {
  id: "focus-group",
  title: "Focus group",
  summary: "Success stories, lessons learnt and data share sessions.",
  icon: PeopleTeam24Regular,
  load: () => import("./ui/FocusGroupPage"),
  capabilities: {
    [FOCUS_GROUP_CAPABILITIES.contribute]: ["data-lead", "focus-group"],
    [FOCUS_GROUP_CAPABILITIES.share]: ["data-lead", "focus-group"],
    [FOCUS_GROUP_CAPABILITIES.configure]: ["data-lead"],
  },
  // The group's shared channel shows this page in a channel tab (docs/teams.md); stories shared
  // from there go to that channel.
  channelView: { label: "Focus group: success stories, lessons learnt and data share sessions", suggestedName: () => "Focus group" },
  home: { order: 40, load: () => import("./ui/StoriesOnHome") },
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
};
