import type { SPFI } from "@pnp/sp";
import { principlesList } from "../../../manifest/site";

export interface Principle {
  key: string;
  title: string;
  summary: string | null;
}

/** The five principles in the strategy's order (a five-item list: one small request). */
export async function loadPrinciples(sp: SPFI): Promise<Principle[]> {
  const rows = await sp.web.lists.getByTitle(principlesList.title).items.select("PrincipleKey", "Title", "Summary").orderBy("SortOrder")<{ PrincipleKey: string; Title: string; Summary: string | null }[]>();
  return rows.map((r) => ({ key: r.PrincipleKey, title: r.Title, summary: r.Summary }));
}
