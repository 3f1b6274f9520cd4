import { HatGraduation24Regular } from "@fluentui/react-icons/svg/hat-graduation";
import { propertyText } from "../../core/domain/web-part-route";
import type { ModuleDefinition, ModuleMeasures } from "../../core/module";
import { TRAINING_CAPABILITIES } from "./capabilities";
import { COURSE_AUDIENCES } from "./lists";

/** The training catalogue: courses, sessions, pathways, booking, completion and confidence. */
export const trainingModule: ModuleDefinition = {
  id: "training",
  title: "Training",
  summary: "Courses, sessions and pathways to build data skills.",
  icon: HatGraduation24Regular,
  load: () => import("./ui/TrainingPage"),
  measures: () => import("./measures").then((m) => m.measures as ModuleMeasures),
  capabilities: {
    [TRAINING_CAPABILITIES.seeFigures]: ["manager", "data-lead"],
    [TRAINING_CAPABILITIES.keepRegister]: ["data-lead"],
  },
  webPart: {
    paneDescription: "Courses, sessions and pathways to build data skills. Choose whom the page is for.",
    fields: [{ kind: "dropdown", property: "audience", label: "Audience", options: [{ key: "", text: "Everyone: every course" }, ...COURSE_AUDIENCES.map((audience) => ({ key: audience, text: audience }))] }],
    route: (properties) => {
      const audience = propertyText(properties.audience);
      const params: Record<string, string> = audience ? { audience } : {};
      return { rest: [], params };
    },
  },
  work: () => import("./data/work"),
};
