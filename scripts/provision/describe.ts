/** How provisioning talks to the person running it: plain British English, one line per step. */
import { FIELD_KINDS } from "../../manifest/field-kinds";
import type { FieldDeclaration } from "../../manifest/schema";
import { groupSteps, type Step, type StepCounts, type StructuralStep } from "./plan";

export const PERMISSIONS_NOTE =
  "Note: the per-list permissions in the manifest (who may add, edit or manage items, by role) are not applied by this command yet. " +
  "Mapping roles to SharePoint groups on a real site is future work; until then, set list permissions on the site by hand.";

export const NOTHING_TO_CHANGE = "Nothing to change: the site matches the declaration.";

function kindInWords(field: FieldDeclaration): string {
  return FIELD_KINDS[field.kind].inWords(field);
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");

/** One sentence for a structural step. Seed items are described in groups by describeItems. */
export function describeStep(step: StructuralStep): string {
  switch (step.kind) {
    case "create-list":
      return `Create the list "${step.list}" at ${step.url}.`;
    case "set-versioning":
      return `Turn on version history for "${step.list}".`;
    case "add-field": {
      const { field } = step;
      const extras = [field.required ? "required" : "", field.indexed ? "indexed" : ""].filter(Boolean);
      return `Add the column "${field.title}" (${field.name}, ${kindInWords(field)}${extras.length ? `, ${extras.join(", ")}` : ""}) to "${step.list}".`;
    }
    case "set-index":
      return `Index the column ${step.field} in "${step.list}".`;
    case "update-choices":
      return `Add the ${step.added.length === 1 ? "choice" : "choices"} ${quoted(step.added)} to ${step.field} in "${step.list}".`;
  }
}

/** "Add 30 seed items to "Actions": a, b, c and 27 more." */
export function describeItems(list: string, keys: readonly string[]): string {
  const shown = keys.slice(0, 3).join(", ");
  const more = keys.length > 3 ? ` and ${keys.length - 3} more` : "";
  return `Add ${plural(keys.length, "seed item")} to "${list}": ${shown}${more}.`;
}

/** Lines for a whole plan, one per list for its seed items. */
export function describePlan(steps: readonly Step[]): string[] {
  return groupSteps(steps).map((g) => (g.kind === "add-items" ? describeItems(g.list, g.items.map((s) => s.key)) : describeStep(g)));
}

export function plural(n: number, noun: string, nounPlural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nounPlural}`;
}

function countsInWords(counts: StepCounts, verbs: { added: string; set: string }): string {
  const parts = [
    plural(counts["create-list"], "list"),
    `${plural(counts["add-field"], "field")} ${verbs.added}`,
    `${plural(counts["set-index"], "index", "indexes")} ${verbs.set}`,
    `${plural(counts["add-item"], "item")} ${verbs.added}`,
  ];
  if (counts["set-versioning"]) parts.push(`version history turned on for ${plural(counts["set-versioning"], "list")}`);
  if (counts["update-choices"]) parts.push(`choices updated on ${plural(counts["update-choices"], "field")}`);
  return parts.join(", ");
}

/** "Provisioned: 5 lists, 3 fields added, 0 indexes set, 137 items added." */
export function summary(counts: StepCounts, dryRun: boolean): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return NOTHING_TO_CHANGE;
  if (dryRun) return `Dry run, nothing was written. It would provision: ${countsInWords(counts, { added: "to add", set: "to set" })}.`;
  return `Provisioned: ${countsInWords(counts, { added: "added", set: "set" })}.`;
}

/** After a failure: what had been done, since running again carries on from there. */
export function doneBeforeFailure(counts: StepCounts): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return "Nothing was changed before it stopped.";
  return `Done before it stopped: ${countsInWords(counts, { added: "added", set: "set" })}. Running the command again carries on from there.`;
}
