import type { SPFI } from "@pnp/sp";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItems } from "../../../core/data/lists";
import { filterFor } from "../../../core/domain/odata";
import type { Asset } from "../domain/asset";
import { dayOf } from "../domain/dates";
import { type Disposal, type DisposalInput, disposalWrites } from "../domain/disposal";
import { disposalsList } from "../lists";
import { isHiddenList, saveAsset } from "./assets-data";

const SELECT = ["Id", "Title", "AssetKey", "DisposedOn", "DisposalMethod", "RecordsDisposed", "HeldFromAfter", "DueOn", "CertificateReference", "Author/Title"] as const;
type DisposalItem = Awaited<ReturnType<typeof getItems<typeof disposalsList, (typeof SELECT)[number]>>>[number];

function disposalFromItem(item: DisposalItem): Disposal {
  return {
    id: item.Id,
    assetKey: item.AssetKey ?? "",
    assetName: item.Title ?? "",
    disposedOn: dayOf(item.DisposedOn) ?? "1970-01-01",
    method: item.DisposalMethod ?? "",
    recordsDisposed: item.RecordsDisposed ?? "",
    heldFromAfter: dayOf(item.HeldFromAfter),
    dueOn: dayOf(item.DueOn),
    certificate: item.CertificateReference ?? "",
    recordedBy: item.Author?.Title ?? "",
  };
}

/** Records a disposal: the asset first (with its ETag), then the record of what was disposed of. */
export async function recordDisposal(sp: SPFI, asset: Asset, input: DisposalInput): Promise<Asset> {
  const writes = disposalWrites(asset, input);
  const saved = await saveAsset(sp, asset, writes.asset);
  await addItem(sp, disposalsList, writes.record);
  return saved;
}

export async function loadDisposals(sp: SPFI, assetKey: string): Promise<Disposal[] | null> {
  try {
    const items = await getItems(sp, disposalsList, { select: SELECT, expand: ["Author"], filter: filterFor(disposalsList).eq("AssetKey", assetKey), orderBy: [["Id", "desc"]], top: 500 });
    return items.map(disposalFromItem);
  } catch (error) {
    if (isHiddenList(error)) return null;
    throw error;
  }
}

export async function loadAllDisposals(sp: SPFI): Promise<Disposal[] | null> {
  try {
    const disposals: Disposal[] = [];
    for await (const page of readAllItems(sp, disposalsList, { select: SELECT, expand: ["Author"] })) disposals.push(...page.map(disposalFromItem));
    return disposals;
  } catch (error) {
    if (isHiddenList(error)) return null;
    throw error;
  }
}
