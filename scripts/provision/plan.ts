/**
 * What provisioning would do to a site, worked out from the declaration and a snapshot of the site.
 * Pure: no I/O, so every rule here is unit-tested without a server. It only ever adds: drift it
 * cannot fix by adding (a column of another type, say) becomes a warning for a person to decide.
 */
import type { FieldDeclaration, FieldKind, ListDeclaration } from "../../manifest/schema";
import { fieldSchemaXml } from "./schema-xml";

export interface FieldSnapshot {
  readonly InternalName: string;
  readonly TypeAsString: string;
  readonly Indexed: boolean;
  readonly Required: boolean;
  readonly Title: string;
  /** Present for choice columns. */
  readonly Choices?: readonly string[];
}

export interface ListSnapshot {
  readonly Id: string;
  readonly Title: string;
  readonly EnableVersioning: boolean;
  readonly fields: readonly FieldSnapshot[];
  /** Seed-key values already in the list; absent when the list has no seed key column yet. */
  readonly seedKeys?: ReadonlySet<string>;
}

export interface SiteSnapshot {
  readonly lists: readonly ListSnapshot[];
}

export interface Declaration {
  readonly lists: readonly ListDeclaration[];
  readonly seedItems: (list: ListDeclaration) => readonly Record<string, unknown>[];
}

export type Step =
  | { readonly kind: "create-list"; readonly list: string; readonly url: string; readonly description: string }
  | { readonly kind: "set-versioning"; readonly list: string }
  | { readonly kind: "add-field"; readonly list: string; readonly field: FieldDeclaration; readonly schemaXml: string }
  | { readonly kind: "set-index"; readonly list: string; readonly field: string }
  | { readonly kind: "update-choices"; readonly list: string; readonly field: string; readonly fieldKind: "Choice" | "MultiChoice"; readonly choices: readonly string[]; readonly added: readonly string[] }
  | { readonly kind: "add-item"; readonly list: string; readonly seedKey: string; readonly key: string; readonly values: Readonly<Record<string, unknown>> };

export type StepKind = Step["kind"];
export type ItemStep = Extract<Step, { kind: "add-item" }>;
export type StructuralStep = Exclude<Step, ItemStep>;
/** One list's consecutive seed items: printed as one line and sent in batches. */
export interface ItemGroup {
  readonly kind: "add-items";
  readonly list: string;
  readonly items: readonly ItemStep[];
}

export interface Plan {
  readonly steps: readonly Step[];
  readonly warnings: readonly string[];
}

/**
 * Steps come in three phases so that order never depends on the declaration's order:
 * every list first (a lookup's target must exist), then columns, then seed content.
 */
export function planProvisioning(declaration: Declaration, site: SiteSnapshot): Plan {
  const warnings: string[] = [];
  const lists: Step[] = [];
  const columns: Step[] = [];
  const items: Step[] = [];
  const existing = new Map(site.lists.map((l) => [l.Title, l]));
  const declaredTitles = new Set(declaration.lists.map((l) => l.title));

  for (const list of declaration.lists) {
    const current = existing.get(list.title);
    if (!current) lists.push({ kind: "create-list", list: list.title, url: list.url, description: list.description });
    if (list.versioning && !current?.EnableVersioning) lists.push({ kind: "set-versioning", list: list.title });

    for (const field of list.fields) {
      if (field.kind === "Lookup" && !lookupTargetKnown(field, declaredTitles, existing)) {
        warnings.push(`${list.title}.${field.name} looks up the list "${field.lookupList ?? ""}", which is neither declared nor on the site; the column was not added.`);
        continue;
      }
      const onSite = current?.fields.find((f) => f.InternalName === field.name);
      if (!onSite) {
        const lookupId = field.lookupList ? existing.get(field.lookupList)?.Id : undefined;
        columns.push({ kind: "add-field", list: list.title, field, schemaXml: fieldSchemaXml(field, lookupId) });
        continue;
      }
      columns.push(...fieldChanges(list.title, field, onSite, warnings));
    }

    items.push(...seedSteps(list, declaration.seedItems(list), current, warnings));
  }
  return { steps: [...lists, ...columns, ...items], warnings };
}

function lookupTargetKnown(field: FieldDeclaration, declared: ReadonlySet<string>, existing: ReadonlyMap<string, ListSnapshot>): boolean {
  return !!field.lookupList && (declared.has(field.lookupList) || existing.has(field.lookupList));
}

/** What an existing column needs: an index or missing choices. Anything else is only reported. */
function fieldChanges(list: string, field: FieldDeclaration, onSite: FieldSnapshot, warnings: string[]): Step[] {
  const where = `${list}.${field.name}`;
  if (onSite.TypeAsString !== field.kind) {
    // Changing a column's type can lose data, so a person must decide.
    warnings.push(`${where} is a ${onSite.TypeAsString} column on the site but declared as ${field.kind}; it was left alone.`);
    return [];
  }
  const steps: Step[] = [];
  if (field.indexed && !onSite.Indexed) steps.push({ kind: "set-index", list, field: field.name });
  if (isChoiceKind(field.kind) && field.choices) {
    const present = onSite.Choices ?? [];
    const added = field.choices.filter((c) => !present.includes(c));
    const extra = present.filter((c) => !field.choices!.includes(c));
    // Existing extra choices are kept: items may still hold them.
    if (added.length) steps.push({ kind: "update-choices", list, field: field.name, fieldKind: field.kind, choices: [...field.choices, ...extra], added });
    if (extra.length) warnings.push(`${where} has choices that are not declared (${extra.map((c) => `"${c}"`).join(", ")}); they were kept.`);
  }
  if (Boolean(field.required) !== onSite.Required) {
    warnings.push(`${where} is ${onSite.Required ? "required" : "optional"} on the site but declared ${field.required ? "required" : "optional"}; it was left alone.`);
  }
  if (onSite.Title !== field.title) warnings.push(`${where} is titled "${onSite.Title}" on the site but declared "${field.title}"; it was left alone.`);
  return steps;
}

function isChoiceKind(kind: FieldKind): kind is "Choice" | "MultiChoice" {
  return kind === "Choice" || kind === "MultiChoice";
}

/** One step per seed item whose key the list does not hold yet, so a second run adds nothing. */
function seedSteps(list: ListDeclaration, seed: readonly Record<string, unknown>[], current: ListSnapshot | undefined, warnings: string[]): Step[] {
  if (!seed.length) return [];
  const seedKey = list.seedKey;
  if (!seedKey) {
    warnings.push(`${list.title} has seed content but no seed key, so it cannot be seeded without risking duplicates; it was not seeded.`);
    return [];
  }
  const present = current?.seedKeys ?? new Set<string>();
  const planned = new Set<string>();
  const steps: Step[] = [];
  for (const item of seed) {
    const raw = item[seedKey];
    if (raw === null || raw === undefined || raw === "") {
      warnings.push(`A seed item for ${list.title} has no ${seedKey}; it was skipped.`);
      continue;
    }
    const key = String(raw);
    if (planned.has(key)) {
      warnings.push(`${list.title} declares the seed key "${key}" twice; it was added once.`);
      continue;
    }
    planned.add(key);
    if (present.has(key)) continue;
    steps.push({ kind: "add-item", list: list.title, seedKey, key, values: withoutEmpty(item) });
  }
  return steps;
}

/** Empty values are left out: an absent column is empty anyway, and the request is smaller. */
function withoutEmpty(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null && value !== undefined));
}

export type StepCounts = Record<StepKind, number>;

export function countSteps(steps: readonly Step[]): StepCounts {
  const counts: StepCounts = { "create-list": 0, "set-versioning": 0, "add-field": 0, "set-index": 0, "update-choices": 0, "add-item": 0 };
  for (const step of steps) counts[step.kind] += 1;
  return counts;
}

/** The steps with each run of one list's seed items gathered into a group. */
export function groupSteps(steps: readonly Step[]): (StructuralStep | ItemGroup)[] {
  const groups: (StructuralStep | (ItemGroup & { items: ItemStep[] }))[] = [];
  for (const step of steps) {
    if (step.kind !== "add-item") {
      groups.push(step);
      continue;
    }
    const last = groups.at(-1);
    if (last?.kind === "add-items" && last.list === step.list) last.items.push(step);
    else groups.push({ kind: "add-items", list: step.list, items: [step] });
  }
  return groups;
}
