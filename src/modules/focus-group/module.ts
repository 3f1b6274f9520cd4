import { PeopleTeam24Regular } from "@fluentui/react-icons/svg/people-team";
import type { ModuleDefinition } from "../../core/module";

export const focusGroupModule: ModuleDefinition = {
  id: "focus-group",
  title: "Focus group",
  summary: "Success stories, lessons learnt and data share sessions.",
  icon: PeopleTeam24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  capabilities: { "focus-group.post": ["data-lead", "focus-group"] },
  // The group's shared channel shows this page in a channel tab (docs/teams.md).
  channelView: { label: "Focus group: success stories, lessons learnt and data share sessions", suggestedName: () => "Focus group" },
  planned: {
    commitment: "Establish a data focus group similar to the IT User Group. The group will cover topics such as training, lessons learnt, mentoring opportunities as well as identifying where data can be joined up.",
    section: "Data ethics and responsibility: What we will do",
  },
};
