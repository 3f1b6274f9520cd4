import type { ListDeclaration, Role } from "../../../manifest/schema";
import { ROUND_STATUSES } from "./domain/rounds";

/**
 * The data maturity module's lists. Who may read what is the heart of "no league tables":
 * - answers name teams, so only the people who give them (a team's assessors: managers and
 *   information asset owners) and the data lead work with them; everyone else sees results only
 *   as the anonymised snapshot the data lead's close of a round writes to MaturityResults;
 * - SharePoint lists cannot hide items by role through this declaration (it has no read
 *   permission), so on a real site provisioning must break MaturityAnswers' inheritance and grant
 *   read to the data lead's and the assessors' groups only (docs/maturity.md says how). The local
 *   tenant lets every signed-in persona read every list, so there the screens are the only guard.
 */

/** The people who answer for a team in a workshop. Which team is theirs comes from their profile's department. */
export const ASSESSOR_ROLES = ["manager", "asset-owner"] as const satisfies readonly Role[];

/**
 * The framework, one item per row, imported by the data lead from the framework file (the text is
 * licensed data: the repository holds none of it). Rows are keyed by the framework's own row
 * number, which answers refer to, so a corrected file updates rows in place and loses no answer.
 */
export const frameworkRowsList = {
  title: "MaturityFramework",
  url: "Lists/MaturityFramework",
  description: "The Data Maturity Assessment framework: one item per row, with its five level descriptors.",
  versioning: true,
  fields: [
    { name: "RowNumber", title: "Row", kind: "Number", required: true, indexed: true, unique: true, minimum: 1 },
    { name: "Topic", title: "Topic", kind: "Text", required: true, maxLength: 255 },
    { name: "TopicKey", title: "Topic key", kind: "Text", required: true, indexed: true, maxLength: 255 },
    { name: "Theme", title: "Theme", kind: "Text", required: true, maxLength: 255 },
    { name: "ThemeKey", title: "Theme key", kind: "Text", required: true, indexed: true, maxLength: 255 },
    { name: "Level1", title: "Level 1", kind: "Note" },
    { name: "Level2", title: "Level 2", kind: "Note" },
    { name: "Level3", title: "Level 3", kind: "Note" },
    { name: "Level4", title: "Level 4", kind: "Note" },
    { name: "Level5", title: "Level 5", kind: "Note" },
    { name: "Retired", title: "Retired", kind: "Boolean", indexed: true, description: "A row a later framework file no longer has: kept, with its answers, but not assessed or counted." },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/** Where the framework's text comes from, its licence and level names: one item, shown wherever the text is. */
export const frameworkInfoList = {
  title: "MaturityFrameworkInfo",
  url: "Lists/MaturityFrameworkInfo",
  description: "The imported framework's source, licence, attribution and level names.",
  versioning: true,
  fields: [
    { name: "About", title: "About", kind: "Note" },
    { name: "Licence", title: "Licence", kind: "Note" },
    { name: "Attribution", title: "Attribution", kind: "Note" },
    { name: "LevelNames", title: "Level names", kind: "Note", description: "The five level names, one a line, level 1 first." },
    { name: "ImportedOn", title: "Imported on", kind: "DateTime" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/** Assessment rounds: the data lead opens one for the services taking part and closes it. */
export const roundsList = {
  title: "MaturityRounds",
  url: "Lists/MaturityRounds",
  description: "Data maturity assessment rounds: which services take part, when, and whether open.",
  versioning: true,
  fields: [
    { name: "RoundKey", title: "Key", kind: "Text", required: true, indexed: true, unique: true, maxLength: 255 },
    { name: "Status", title: "Status", kind: "Choice", choices: ROUND_STATUSES, required: true, indexed: true },
    { name: "OpensOn", title: "Opens on", kind: "DateTime", dateOnly: true, required: true },
    { name: "ClosesOn", title: "Closes on", kind: "DateTime", dateOnly: true, required: true },
    { name: "Services", title: "Services taking part", kind: "Note", description: "One service a line, named as Microsoft 365 profiles name the department." },
    { name: "IsSample", title: "Sample", kind: "Boolean", indexed: true, description: "Generated sample data for trying Data Hub out (local mode only): never the council's results." },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * One item per team, row and round. AnswerKey ("round|team|row") is unique: two assessors who
 * answer the same row at once cannot both add one, so the second is shown the first's answer as a
 * conflict; different rows are different items and never collide. Any assessor may edit any
 * answer (two people of one team edit each other's), always with the ETag they loaded.
 * Past 5,000 items: reads filter on the indexed TeamKey, RoundKey and RowNumber, or go by Id windows.
 */
export const answersList = {
  title: "MaturityAnswers",
  url: "Lists/MaturityAnswers",
  description: "Teams' self-assessment answers: a level (0 = not assessed) and evidence per row and round.",
  versioning: true,
  fields: [
    { name: "AnswerKey", title: "Key", kind: "Text", required: true, indexed: true, unique: true, maxLength: 255 },
    { name: "RoundKey", title: "Round", kind: "Text", required: true, indexed: true, maxLength: 255 },
    { name: "TeamKey", title: "Team", kind: "Text", required: true, indexed: true, maxLength: 255 },
    { name: "RowNumber", title: "Row", kind: "Number", required: true, indexed: true, minimum: 1 },
    { name: "Level", title: "Level", kind: "Number", required: true, minimum: 0, maximum: 5, description: "1 Beginning to 5 Mastering; 0 = not assessed." },
    { name: "Evidence", title: "Evidence", kind: "Note" },
  ],
  permissions: { add: ["data-lead", ...ASSESSOR_ROLES], edit: ["data-lead", ...ASSESSOR_ROLES] },
} as const satisfies ListDeclaration;

/**
 * Each closed round's results as everyone may see them: distributions only, no team named.
 * Written by the data lead's close of the round (the JSON of an anonymised RoundResults, split
 * into parts under SharePoint's 63,999-character limit for a multi-line text column).
 */
export const resultsList = {
  title: "MaturityResults",
  url: "Lists/MaturityResults",
  description: "Anonymised results of each closed round (no team named), for everyone to see.",
  versioning: true,
  fields: [
    { name: "ResultKey", title: "Key", kind: "Text", required: true, indexed: true, unique: true, maxLength: 255, description: "round key, #, part number" },
    { name: "RoundKey", title: "Round", kind: "Text", required: true, indexed: true, maxLength: 255 },
    { name: "Part", title: "Part", kind: "Number", required: true, minimum: 1 },
    { name: "Parts", title: "Parts", kind: "Number", required: true, minimum: 1 },
    { name: "Snapshot", title: "Snapshot", kind: "Note", required: true },
    { name: "ComputedOn", title: "Computed on", kind: "DateTime" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * Which framework topics and themes each strategy principle reports on, with the strategy's own
 * labels: one item per label. Seeded from the strategy, editable by the data lead.
 */
export const principleLinksList = {
  title: "MaturityPrincipleLinks",
  url: "Lists/MaturityPrincipleLinks",
  description: "Each strategy principle's labels for framework topics and themes, quoted from the strategy.",
  versioning: true,
  seedKey: "LinkKey",
  fields: [
    { name: "LinkKey", title: "Key", kind: "Text", required: true, indexed: true, unique: true, maxLength: 255 },
    { name: "PrincipleKey", title: "Principle", kind: "Text", required: true, indexed: true, maxLength: 40 },
    { name: "Heading", title: "Strategy heading", kind: "Text", maxLength: 120 },
    { name: "Quote", title: "Strategy's words", kind: "Note" },
    { name: "Targets", title: "Topics and themes", kind: "Note", description: "One a line: topic:<key> or theme:<key>." },
    { name: "LinkNote", title: "Note", kind: "Note" },
    { name: "SortOrder", title: "Order", kind: "Number" },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

/**
 * Improvement actions (from the action tracker) linked to the topic or theme they set out to
 * improve, so a change between rounds can be read against what was delivered. The tracker's own
 * lists are untouched: the link lives here.
 */
export const actionLinksList = {
  title: "MaturityActionLinks",
  url: "Lists/MaturityActionLinks",
  description: "Action tracker actions linked to the data maturity topic or theme they improve.",
  fields: [
    { name: "LinkKey", title: "Key", kind: "Text", required: true, indexed: true, unique: true, maxLength: 255, description: "action id | topic:key or theme:key" },
    { name: "ActionId", title: "Action", kind: "Number", required: true, indexed: true },
    { name: "Target", title: "Topic or theme", kind: "Text", required: true, indexed: true, maxLength: 255 },
  ],
  permissions: { add: ["data-lead"], edit: ["data-lead"] },
} as const satisfies ListDeclaration;

export const MATURITY_LISTS = [frameworkRowsList, frameworkInfoList, roundsList, answersList, resultsList, principleLinksList, actionLinksList] as const;
