import type { SPFI } from "@pnp/sp";
import { principlesList } from "../../../manifest/principles";
import type { Principle } from "../domain/principles";
import { getItems } from "./lists";

export type { Principle };

/** The five principles in the strategy's order (a five-item list: one small request). */
export async function loadPrinciples(sp: SPFI): Promise<Principle[]> {
  const rows = await getItems(sp, principlesList, { select: ["PrincipleKey", "Title", "Summary"], orderBy: [["SortOrder", "asc"]] });
  return rows.map((r) => ({ key: r.PrincipleKey ?? "", title: r.Title, summary: r.Summary }));
}
