import type { ItemInput } from "../../../manifest/items";
import { seedList } from "../../core/module";
import { coursesList, pathwaysList } from "./lists";
import courses from "./seed/courses.json";
import pathways from "./seed/pathways.json";

/** The courses the strategy commits to, and role pathways through them (docs/training.md). */
export const seed = [
  seedList(coursesList, () =>
    courses.map((c): ItemInput<typeof coursesList> => ({
      CourseKey: c.key,
      Title: c.title,
      Description: c.description,
      Topic: c.topic,
      Level: c.level,
      Format: c.format,
      Audiences: c.audiences,
      PrincipleKey: c.principle,
      Skills: c.skills.join("\n"),
      CompletionRule: c.completionRule,
      StrategySource: c.section,
      Active: true,
    })),
  ),
  seedList(pathwaysList, () => pathways.map((p): ItemInput<typeof pathwaysList> => ({ PathwayKey: p.key, Title: p.title, Description: p.description, Audience: p.audience, CourseKeys: p.courses.join("\n") }))),
];
