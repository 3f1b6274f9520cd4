import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { addItem, getItems } from "../../../core/data/lists";
import { type TargetRule, targetRules } from "../domain/log/targets";
import { targetsList } from "../lists";

/** The severity rule: saved values where the data lead has set them, Data Hub's starting values otherwise. */
export async function loadTargetRules(sp: SPFI): Promise<TargetRule[]> {
  const rows = await getItems(sp, targetsList, { select: ["Id", "Severity", "TargetDays"], top: 100 });
  return targetRules(rows.map((r) => ({ id: r.Id, etag: r["odata.etag"] ?? null, severity: r.Severity, days: r.TargetDays })));
}

/** Saves one severity's days: an update with the version read (412 → ConflictError), or the first item for it. */
export async function saveTargetRule(sp: SPFI, rule: TargetRule, days: number): Promise<TargetRule[]> {
  if (rule.saved) await updateItem(sp, targetsList, rule.saved, { TargetDays: days }, () => loadTargetRules(sp));
  else await addItem(sp, targetsList, { Title: rule.severity, Severity: rule.severity, TargetDays: days });
  return loadTargetRules(sp);
}
