import type { ListDeclaration } from "../../../manifest/schema";

/** Every "How will we measure success?" metric of the strategy. */
export const measuresList = {
  title: "Measures",
  url: "Lists/Measures",
  description: "The strategy's measures of success, per principle.",
  seedKey: "MeasureKey",
  fields: [
    { name: "MeasureKey", title: "Key", kind: "Text", indexed: true, maxLength: 40 },
    { name: "PrincipleKey", title: "Principle", kind: "Text", indexed: true, maxLength: 40 },
    { name: "Description", title: "Description", kind: "Note" },
    { name: "Computable", title: "Computed by Data Hub", kind: "Boolean" },
    { name: "SortOrder", title: "Order", kind: "Number" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;
