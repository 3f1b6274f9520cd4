import { ClipboardTaskListLtr24Regular } from "@fluentui/react-icons/svg/clipboard-task-list-ltr";
import type { ModuleDefinition } from "../../core/module";

/**
 * My work: everything that needs the signed-in person now, from every module's `work` reader,
 * grouped; its summary at the top of Home and its count in the navigation; and each person's
 * choice of Teams activity feed notifications (docs/my-work.md).
 */
export const myWorkModule: ModuleDefinition = {
  id: "my-work",
  title: "My work",
  summary: "What needs you now, from every part of the hub, and which Teams notifications you get.",
  icon: ClipboardTaskListLtr24Regular,
  load: () => import("./ui/MyWorkPage"),
  home: { order: 1, load: () => import("./ui/MyWorkOnHome") },
  countsWork: true,
};
