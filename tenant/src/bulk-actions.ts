import { ACTION_STATUSES, actionsList } from "../../src/modules/actions/lists";
import { PEOPLE } from "./identity/personas";
import type { ListStore } from "./store/lists";
import { bodyToColumns } from "./sp/values";

const PRINCIPLES = ["data-quality", "data-literacy", "data-ethics", "data-standards", "data-leadership", null];
const SERVICES = [...new Set(PEOPLE.map((p) => p.department))];

/**
 * Adds `count` clearly labelled sample actions, spread over principles, owners, services,
 * statuses and due dates from 2025 to 2028: for scale tests, the bench and demos of a big list.
 * Deterministic, so runs compare.
 */
export function addSampleActions(store: ListStore, count: number): void {
  const list = store.byTitle(actionsList.title);
  if (!list) throw new Error("The Actions list does not exist.");
  const start = Date.UTC(2025, 3, 1);
  store.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const owner = PEOPLE[i % PEOPLE.length]!;
      const due = new Date(start + ((i * 7919) % 1400) * 86_400_000);
      const status = ACTION_STATUSES[(i * 31) % ACTION_STATUSES.length]!;
      store.addItem(
        list,
        bodyToColumns(list, {
          Title: `Sample action ${i}`,
          PrincipleKey: PRINCIPLES[i % PRINCIPLES.length],
          ActionOwnerId: owner.siteUserId,
          Service: SERVICES[(i * 3) % SERVICES.length],
          Status: status,
          StartDate: new Date(due.getTime() - 120 * 86_400_000).toISOString(),
          DueDate: due.toISOString(),
          PercentComplete: status === "Complete" ? 100 : (i * 13) % 100,
          SortOrder: 1000 + i,
        }),
        owner.siteUserId,
      );
    }
  });
}
