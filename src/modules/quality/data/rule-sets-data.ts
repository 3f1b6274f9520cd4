import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { addItem, getItems, pageItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { ruleSetsList } from "../lists";

/** A dataset's validation rules as stored: Table Schema JSON text, and the version SharePoint gave it. */
export interface StoredRuleSet {
  id: number;
  etag: string | null;
  dataset: string;
  schemaText: string;
  /** SharePoint's version label, "3.0": runs record which rules they used. */
  version: string;
  modified: string;
}

const SELECT = ["Id", "Dataset", "Schema", "Modified", "OData__UIVersionString"] as const;

/** The names of datasets that have rules, for the validation screen's choice. */
export async function loadRuleSetNames(sp: SPFI): Promise<string[]> {
  const names: string[] = [];
  for await (const page of pageItems(sp, ruleSetsList, { select: ["Id", "Dataset"], top: 2000 })) names.push(...page.map((r) => r.Dataset ?? "").filter(Boolean));
  return names.sort((a, b) => a.localeCompare(b, "en-GB"));
}

export async function loadRuleSet(sp: SPFI, dataset: string): Promise<StoredRuleSet | null> {
  const rows = await getItems(sp, ruleSetsList, { select: SELECT, filter: filterFor(ruleSetsList).eq("Dataset", dataset), top: 1 });
  const row = rows[0];
  return row ? { id: row.Id, etag: row["odata.etag"] ?? null, dataset: row.Dataset ?? dataset, schemaText: row.Schema ?? "", version: row.OData__UIVersionString ?? "1.0", modified: row.Modified } : null;
}

/** SharePoint's plain multi-line text holds 63,999 characters. */
export const MAX_SCHEMA_CHARS = 63_999;

/** Saves a dataset's rules: a new version of its item (with the ETag read: 412 → ConflictError), or its first. */
export async function saveRuleSet(sp: SPFI, existing: StoredRuleSet | null, dataset: string, schemaText: string): Promise<StoredRuleSet> {
  if (schemaText.length > MAX_SCHEMA_CHARS) throw new RangeError(`These rules are ${schemaText.length.toLocaleString("en-GB")} characters long as JSON; SharePoint keeps at most ${MAX_SCHEMA_CHARS.toLocaleString("en-GB")}. Shorten the allowed-value lists or messages.`);
  if (existing) await updateItem(sp, ruleSetsList, existing, { Schema: schemaText }, () => loadRuleSet(sp, dataset));
  else await addItem(sp, ruleSetsList, { Title: dataset, Dataset: dataset, Schema: schemaText });
  const saved = await loadRuleSet(sp, dataset);
  if (!saved) throw new Error(`The rules for ${dataset} were saved but could not be read back.`);
  return saved;
}
