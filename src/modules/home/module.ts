import { Home24Regular } from "@fluentui/react-icons/svg/home";
import type { ModuleDefinition } from "../../core/module";

export const homeModule: ModuleDefinition = {
  id: "",
  title: "Home",
  summary: "The five principles and how their actions are going.",
  icon: Home24Regular,
  load: () => import("./ui/HomePage"),
};
