import { Home24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const homeModule: ModuleDefinition = {
  id: "",
  title: "Home",
  summary: "The five principles and how their actions are going.",
  icon: Home24Regular,
  load: () => import("./ui/HomePage"),
};
