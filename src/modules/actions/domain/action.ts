import type { ExpandName, RowOf, SelectName } from "../../../../manifest/items";
import { ACTION_STATUSES, type actionsList } from "../lists";

export type ActionStatus = (typeof ACTION_STATUSES)[number];
export { ACTION_STATUSES };

/** The columns the tracker reads: never `*`, so list pages stay small. */
export const ACTION_SELECT = ["Id", "Title", "Detail", "PrincipleKey", "Source", "ActionOwnerId", "ActionOwner/Title", "ActionOwner/EMail", "Service", "Status", "StartDate", "DueDate", "PercentComplete", "LinkedMeasures", "LatestUpdate", "Modified"] as const satisfies readonly SelectName<typeof actionsList>[];
export const ACTION_EXPAND = ["ActionOwner"] as const satisfies readonly ExpandName<typeof actionsList>[];

/** An Actions list item as the tracker reads it (wire names, from the site declaration). */
export type ActionItem = RowOf<typeof actionsList, (typeof ACTION_SELECT)[number]>;

/** An action as the tracker works with it. */
export interface Action {
  id: number;
  /** The version read; null if SharePoint sent none (a save is then refused rather than overwrite). */
  etag: string | null;
  title: string;
  detail: string | null;
  principleKey: string | null;
  source: string | null;
  ownerId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  service: string | null;
  status: ActionStatus;
  startDate: string | null;
  dueDate: string | null;
  percentComplete: number;
  linkedMeasures: string | null;
  latestUpdate: string | null;
  modified: string;
}

export function actionFromItem(item: ActionItem): Action {
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    title: item.Title ?? "",
    detail: item.Detail ?? null,
    principleKey: item.PrincipleKey ?? null,
    source: item.Source ?? null,
    ownerId: item.ActionOwnerId ?? null,
    ownerName: item.ActionOwner?.Title ?? null,
    ownerEmail: item.ActionOwner?.EMail ?? null,
    service: item.Service ?? null,
    status: (ACTION_STATUSES as readonly string[]).includes(item.Status ?? "") ? (item.Status as ActionStatus) : "Not started",
    startDate: item.StartDate ?? null,
    dueDate: item.DueDate ?? null,
    percentComplete: item.PercentComplete ?? 0,
    linkedMeasures: item.LinkedMeasures ?? null,
    latestUpdate: item.LatestUpdate ?? null,
    modified: item.Modified,
  };
}
