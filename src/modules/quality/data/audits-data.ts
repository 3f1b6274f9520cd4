import type { SPFI } from "@pnp/sp";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem } from "../../../core/data/lists";
import { type Audit, AUDIT_EXPAND, AUDIT_FACT_SELECT, AUDIT_SELECT, auditFromItem, type AuditDraft, auditToFields } from "../domain/log/audits";
import { auditsList } from "../lists";

/** Every audit (Id windows: 2,000 audits or 200,000); for figures, without the auditor's name and notes. */
export async function loadAudits(sp: SPFI, columns: "all" | "facts" = "all"): Promise<Audit[]> {
  const audits: Audit[] = [];
  const query = columns === "all" ? { select: AUDIT_SELECT, expand: AUDIT_EXPAND } : { select: AUDIT_FACT_SELECT };
  for await (const page of readAllItems(sp, auditsList, query)) audits.push(...page.map(auditFromItem));
  return audits;
}

export async function addAudit(sp: SPFI, draft: AuditDraft, auditorId: number): Promise<Audit> {
  const added = await addItem(sp, auditsList, auditToFields(draft, auditorId));
  return auditFromItem(await getItem(sp, auditsList, added.id, { select: AUDIT_SELECT, expand: AUDIT_EXPAND }));
}
