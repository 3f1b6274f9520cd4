import { HatGraduation24Regular } from "@fluentui/react-icons";
import type { ModuleDefinition } from "../module-definition";

export const trainingModule: ModuleDefinition = {
  id: "training",
  title: "Training",
  summary: "Courses, sessions and pathways to build data skills.",
  icon: HatGraduation24Regular,
  load: () => import("./ui/TrainingPage"),
};
