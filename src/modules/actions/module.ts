import { TaskListSquareLtr24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const actionsModule: ModuleDefinition = {
  id: "actions",
  title: "Action tracker",
  summary: "Every commitment of the strategy, tracked to completion.",
  icon: TaskListSquareLtr24Regular,
  load: () => import("./ui/ActionsPage"),
};
