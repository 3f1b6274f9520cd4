import type { SPFI } from "@pnp/sp";
import { readAllItems } from "../../../core/data/large-list";
import { getItems } from "../../../core/data/lists";
import { assetsList } from "../../assets";
import { reportingReturnsList } from "../../kpis";

/** A dataset of the asset register, with its Table Schema when it has one. */
export interface DatasetChoice {
  key: string;
  title: string;
  schemaJson: string | null;
  holdsPersonalData: boolean;
}

/** The open asset register's datasets (the restricted register is not published from). */
export async function loadDatasets(sp: SPFI): Promise<DatasetChoice[]> {
  const choices: DatasetChoice[] = [];
  for await (const page of readAllItems(sp, assetsList, { select: ["AssetKey", "Title", "TableSchema", "HoldsPersonalData"] })) {
    for (const row of page) choices.push({ key: row.AssetKey ?? "", title: row.Title, schemaJson: row.TableSchema || null, holdsPersonalData: row.HoldsPersonalData === "Yes" });
  }
  return choices.filter((c) => c.key).sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
}

/** The reporting calendar's Transparency Code returns (their keys start "transparency-"), for a publication to answer. */
export async function loadTransparencyReturns(sp: SPFI): Promise<{ key: string; title: string }[]> {
  const rows = await getItems(sp, reportingReturnsList, { select: ["ReturnKey", "Title"], top: 500 });
  return rows
    .filter((r) => r.ReturnKey?.startsWith("transparency-"))
    .map((r) => ({ key: r.ReturnKey!, title: r.Title }))
    .sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
}
