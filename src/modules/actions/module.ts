import { TaskListSquareLtr24Regular } from "@fluentui/react-icons/svg/task-list-square-ltr";
import type { ModuleDefinition } from "../../core/module";
import { ACTION_CAPABILITIES } from "./capabilities";
import { actionsChannelView } from "./channel-view";
import { actionsWebPart } from "./web-part";

/** The action tracker: every "What we will do" and "What next?" commitment, tracked to completion. */
export const actionsModule: ModuleDefinition = {
  id: "actions",
  title: "Action tracker",
  summary: "Every commitment of the strategy, tracked to completion.",
  icon: TaskListSquareLtr24Regular,
  load: () => import("./ui/ActionsPage"),
  capabilities: {
    [ACTION_CAPABILITIES.add]: ["data-lead", "manager"],
    [ACTION_CAPABILITIES.editAny]: ["data-lead"],
  },
  channelView: actionsChannelView,
  webPart: actionsWebPart,
  home: { order: 10, load: () => import("./ui/PrinciplesOnHome") },
  work: () => import("./data/work"),
};
