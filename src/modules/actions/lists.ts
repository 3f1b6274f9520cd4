import type { ListDeclaration } from "../../../manifest/schema";

export const ACTION_STATUSES = ["Not started", "In progress", "Complete", "Blocked", "Cancelled"] as const;
export const ACTION_SOURCES = ["What we will do", "What next?"] as const;

/**
 * Every "What we will do" and "What next?" commitment as a tracked action. Columns that the
 * tracker's views filter or sort on are indexed so the list keeps working past 5,000 items.
 */
export const actionsList = {
  title: "Actions",
  url: "Lists/Actions",
  description: "The strategy's action plan: every commitment tracked to completion.",
  versioning: true,
  seedKey: "ActionKey",
  fields: [
    { name: "ActionKey", title: "Key", kind: "Text", indexed: true, maxLength: 40 },
    { name: "PrincipleKey", title: "Principle", kind: "Text", indexed: true, maxLength: 40, description: "Key of the principle; empty for cross-cutting 'What next?' actions." },
    { name: "Source", title: "Source", kind: "Choice", choices: ACTION_SOURCES },
    { name: "ActionOwner", title: "Owner", kind: "User", indexed: true },
    { name: "Service", title: "Service", kind: "Text", indexed: true, maxLength: 120 },
    { name: "Status", title: "Status", kind: "Choice", choices: ACTION_STATUSES, required: true, indexed: true },
    { name: "StartDate", title: "Start date", kind: "DateTime", dateOnly: true },
    { name: "DueDate", title: "Due date", kind: "DateTime", dateOnly: true, indexed: true },
    { name: "PercentComplete", title: "Percent complete", kind: "Number" },
    { name: "LinkedMeasures", title: "Linked measures", kind: "Text", maxLength: 255 },
    { name: "Detail", title: "Detail", kind: "Note", description: "The rest of the commitment's wording, where it is longer than a title." },
    { name: "LatestUpdate", title: "Latest update", kind: "Note" },
    { name: "SortOrder", title: "Order", kind: "Number" },
  ],
  permissions: {
    add: ["data-lead", "manager"],
    edit: ["data-lead"],
    editOwn: { field: "ActionOwner", roles: "everyone" },
  },
} as const satisfies ListDeclaration;
