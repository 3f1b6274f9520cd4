import type { ModuleMeasures } from "../../core/module";
import { loadAllEnrolments, loadCourses } from "./data/training-data";
import { TRAINING_FIGURES, type TrainingData } from "./domain/strategy-figures";

/** Training's figures for the strategy measures: every course and booking, read once. */
export const measures: ModuleMeasures<TrainingData> = {
  load: async ({ sp }) => {
    const [courses, enrolments] = await Promise.all([loadCourses(sp), loadAllEnrolments(sp)]);
    return { courses, enrolments };
  },
  figures: TRAINING_FIGURES,
};
