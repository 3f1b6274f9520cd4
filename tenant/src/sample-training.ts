import { coursesList, sessionsList } from "../../src/modules/training/lists";
import { personForPersona } from "./identity/personas";
import type { ListStore } from "./store/lists";
import { bodyToColumns } from "./sp/values";

const DAY_MS = 86_400_000;

/**
 * Local mode's sample sessions: two upcoming sessions per course, dated from today, clearly
 * labelled. Real sessions are the data lead's to add; provisioning never creates these.
 */
export function addSampleSessions(store: ListStore, now = new Date()): void {
  const courses = store.byTitle(coursesList.title);
  const sessions = store.byTitle(sessionsList.title);
  if (!courses || !sessions) return;
  const trainer = personForPersona("data-lead").siteUserId;
  const courseRows = store.select(`SELECT CourseKey, Title FROM "${courses.tableName}" ORDER BY Id`, []) as unknown as { CourseKey: string; Title: string }[];
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  store.transaction(() => {
    courseRows.forEach((course, i) => {
      for (const [n, offsetDays] of [7 + i, 28 + i].entries()) {
        const start = new Date(startOfToday + offsetDays * DAY_MS + 10 * 3_600_000);
        store.addItem(
          sessions,
          bodyToColumns(sessions, {
            Title: `Sample session ${n + 1}: ${course.Title}`,
            CourseKey: course.CourseKey,
            StartTime: start.toISOString(),
            EndTime: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
            Location: n === 0 ? "Sample venue" : "Online (Teams meeting link to follow)",
            Capacity: 12,
            TrainerId: trainer,
          }),
          trainer,
        );
      }
    });
  });
}
