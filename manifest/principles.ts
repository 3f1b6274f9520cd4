import type { ListDeclaration } from "./schema";

/** The strategy's five core principles: the spine every other list hangs from. */
export const principlesList = {
  title: "Principles",
  url: "Lists/Principles",
  description: "The five core principles of the Data Use and Analytics Strategy 2025–2028.",
  seedKey: "PrincipleKey",
  fields: [
    { name: "PrincipleKey", title: "Key", kind: "Text", required: true, indexed: true, maxLength: 40 },
    { name: "Objective", title: "Objective", kind: "Note" },
    { name: "Summary", title: "Summary", kind: "Note" },
    { name: "SortOrder", title: "Order", kind: "Number", indexed: true },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;
