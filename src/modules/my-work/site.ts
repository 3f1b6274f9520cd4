import type { ModuleSite } from "../../core/module";
import { MY_WORK_LISTS } from "./lists";

/** What My work puts on the Data Hub site: the notification log and each person's settings (no seed). */
export const myWorkSite: ModuleSite = {
  moduleId: "my-work",
  lists: MY_WORK_LISTS,
};
