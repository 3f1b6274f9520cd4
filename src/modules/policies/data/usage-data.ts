import type { SPFI } from "@pnp/sp";
import { readModifyWrite } from "../../../core/data/concurrency";
import { getItems, pageItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import { periodOf } from "../../../core/domain/periods";
import { openDepartment, type OpenCount } from "../domain/usage";
import { policyOpensList } from "../lists";

const f = filterFor(policyOpensList);

/**
 * One more open of a document from the hub, this month, by someone in a department. The counter is
 * one item per month, document and department, incremented with core's readModifyWrite (read, add
 * one, write back with the ETag; on 412 read again), so concurrent opens lose nothing and no item
 * says who opened what. What remains, as for the dictionary's and dashboards' counts: an item's
 * Created By and Modified By name its first and latest contributors, and in a department of one the
 * department is the person (README, "What usage counts can and cannot prove").
 */
export async function recordOpen(sp: SPFI, documentId: number, department: string | null | undefined, when: Date): Promise<void> {
  const period = periodOf(when);
  const dept = openDepartment(department);
  // Period, DocumentId and Department are indexed: one month's counters, well under the threshold.
  const filter = f.and(f.eq("Period", period), f.eq("DocumentId", documentId), f.eq("Department", dept));
  await readModifyWrite(sp, policyOpensList, {
    read: async () => {
      const [item] = await getItems(sp, policyOpensList, { select: ["Id", "Opens"], filter, orderBy: [["Id", "asc"]], top: 1 });
      return item ? { id: item.Id, etag: item["odata.etag"] ?? null, value: item.Opens ?? 0 } : null;
    },
    change: (opens) => (opens === null ? { Title: `${period} · ${documentId} · ${dept}`.slice(0, 255), Period: period, DocumentId: documentId, Department: dept, Opens: 1 } : { Opens: opens + 1 }),
  });
}

/** Every counter of the given months. */
export async function loadOpens(sp: SPFI, periods: readonly string[]): Promise<OpenCount[]> {
  if (periods.length === 0) return [];
  const rows: OpenCount[] = [];
  for await (const page of pageItems(sp, policyOpensList, { select: ["Period", "DocumentId", "Department", "Opens"], filter: f.anyOf("Period", periods), top: 1000 })) {
    for (const r of page) rows.push({ period: r.Period ?? "", documentId: r.DocumentId ?? 0, department: openDepartment(r.Department), opens: r.Opens ?? 0 });
  }
  return rows;
}
