import type { ListDeclaration } from "../../../manifest/schema";

/**
 * What was published, when and by whom: one item per publication. Counts and a capped sample of the
 * rows and columns each check was about, never the data: a file dropped on the Open data page never
 * leaves the browser. Who published is the item's author (Created By), which SharePoint sets from the
 * sign-in. A record is never edited (a new version is a new publication); only the data lead deletes.
 */
export const publicationsList = {
  title: "OpenDataPublications",
  url: "Lists/OpenDataPublications",
  description: "Open data publications: what was published, when and by whom, and what its checks found (counts only).",
  fields: [
    { name: "PublicationKey", title: "Key", kind: "Text", indexed: true, unique: true, maxLength: 80, required: true, description: "Made once per publication, so a retried save adds one record." },
    { name: "AssetKey", title: "Dataset (asset)", kind: "Text", indexed: true, maxLength: 40, description: "The asset register's key of the dataset published." },
    { name: "FileName", title: "File", kind: "Text", indexed: true, maxLength: 120, required: true },
    { name: "Description", title: "Description", kind: "Note" },
    { name: "Identifier", title: "Identifier", kind: "Text", maxLength: 255 },
    { name: "LicenceUri", title: "Licence address", kind: "Text", maxLength: 255 },
    { name: "LicenceTitle", title: "Licence", kind: "Text", maxLength: 120 },
    { name: "Publisher", title: "Publisher", kind: "Text", maxLength: 160 },
    { name: "PeriodStart", title: "Period from", kind: "Text", maxLength: 10 },
    { name: "PeriodEnd", title: "Period to", kind: "Text", maxLength: 10 },
    { name: "Frequency", title: "Update frequency", kind: "Text", maxLength: 20 },
    { name: "ConformsTo", title: "Schema it conforms to", kind: "Text", maxLength: 255 },
    { name: "PublishedOn", title: "Published", kind: "DateTime", indexed: true, required: true },
    { name: "RowCount", title: "Rows", kind: "Integer", minimum: 0 },
    { name: "ChecksSummary", title: "Checks", kind: "Note", description: "JSON: each check's status, total and at most 10 rows and columns concerned (no values)." },
    { name: "FixedChecks", title: "Checks fixed before publication", kind: "Integer", minimum: 0, maximum: 3, description: "Checks that failed on an earlier check of this publication and passed when it was published." },
    { name: "OverrideCount", title: "Overrides", kind: "Integer", minimum: 0, maximum: 3 },
    { name: "Overrides", title: "Overrides (who and why)", kind: "Note", description: "JSON: the check overridden, who overrode it and why." },
    { name: "SuppressedCells", title: "Counts suppressed", kind: "Integer", minimum: 0 },
    { name: "DisclosureRule", title: "Disclosure control", kind: "Note" },
    { name: "ReturnKey", title: "Transparency Code return", kind: "Text", indexed: true, maxLength: 80, description: "The reporting calendar's return this publication answers, e.g. transparency-spend-over-500." },
    { name: "DueDate", title: "Due", kind: "Text", maxLength: 10, description: "The calendar's deadline it answers (ISO date)." },
  ],
  permissions: { add: ["asset-owner", "data-lead"], edit: [], delete: ["data-lead"] },
} as const satisfies ListDeclaration;

export const OPEN_DATA_LISTS = [publicationsList] as const;
