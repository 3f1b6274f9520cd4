import { PeopleTeam24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const focusGroupModule: ModuleDefinition = {
  id: "focus-group",
  title: "Focus group",
  summary: "Success stories, lessons learnt and data share sessions.",
  icon: PeopleTeam24Regular,
  load: () => import("../../core/ui/NotYetAvailable"),
  planned: {
    commitment: "Establish a data focus group similar to the IT User Group. The group will cover topics such as training, lessons learnt, mentoring opportunities as well as identifying where data can be joined up.",
    section: "Data ethics and responsibility: What we will do",
  },
};
