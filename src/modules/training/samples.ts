import type { ItemInput } from "../../../manifest/items";
import { type SampleContext, seedList } from "../../core/module";
import { sessionsList } from "./lists";
import courses from "./seed/courses.json";

const DAY_MS = 86_400_000;

/**
 * Local mode's SAMPLE sessions: two upcoming sessions per course, dated from today, clearly
 * labelled. Real sessions are the data lead's to add; provisioning never creates these.
 */
export function samples({ today, siteUserIdOf }: SampleContext) {
  const trainer = siteUserIdOf("data-lead");
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return [
    seedList(sessionsList, () =>
      courses.flatMap((course, i) =>
        [7 + i, 28 + i].map((offsetDays, n): ItemInput<typeof sessionsList> => {
          const start = new Date(startOfToday + offsetDays * DAY_MS + 10 * 3_600_000);
          return {
            Title: `Sample session ${n + 1}: ${course.title}`,
            CourseKey: course.key,
            StartTime: start.toISOString(),
            EndTime: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
            Location: n === 0 ? "Sample venue" : "Online (Teams meeting link to follow)",
            Capacity: 12,
            TrainerId: trainer,
          };
        }),
      ),
    ),
  ];
}


