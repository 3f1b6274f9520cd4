import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { httpStatusOf, updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, getItems, listOf } from "../../../core/data/lists";
import { siteUserIdFor } from "../../../core/data/people";
import { filterFor } from "../../../core/domain/odata";
import { type Asset, ASSET_EXPAND, ASSET_SELECT, assetFromItem } from "../domain/asset";
import { type AssetDraft, draftToFields, newAssetKey, type PersonChoice } from "../domain/asset-form";
import { assetsList, restrictedAssetsList } from "../lists";

export type AssetList = typeof assetsList | typeof restrictedAssetsList;
export type AssetValues = ItemInput<typeof assetsList>;

export const listFor = (restricted: boolean): AssetList => (restricted ? restrictedAssetsList : assetsList);

/**
 * A list this person may not read answers 403 (the local tenant) or 404 (SharePoint hides a list the
 * reader has no access to): either way, for them there is nothing in it.
 */
export function isHiddenList(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === 403 || status === 404;
}

export interface RegisterLoad {
  /** False when this person may not read the restricted register (staff). */
  restrictedReadable: boolean;
}

/**
 * The whole register, both lists, delivered page by page as it arrives (the first few hundred come
 * first, so the table shows rows before the rest are read), without the schemas themselves.
 */
export async function loadRegister(sp: SPFI, onPage: (assets: Asset[]) => void): Promise<RegisterLoad> {
  const read = async (list: AssetList, restricted: boolean) => {
    for await (const page of readAllItems(sp, list, { select: ASSET_SELECT, expand: ASSET_EXPAND })) onPage(page.map((item) => assetFromItem(item, restricted)));
  };
  const [, restricted] = await Promise.all([
    read(assetsList, false),
    read(restrictedAssetsList, true).then(
      () => true,
      (error: unknown) => {
        if (isHiddenList(error)) return false;
        throw error;
      },
    ),
  ]);
  return { restrictedReadable: restricted };
}

/** Every asset at once (the strategy figures, tests). */
export async function loadAllAssets(sp: SPFI): Promise<{ assets: Asset[] } & RegisterLoad> {
  const assets: Asset[] = [];
  const load = await loadRegister(sp, (page) => assets.push(...page));
  return { assets, ...load };
}

/** An asset in full (with its schema's JSON), by key, from whichever register holds it. */
export async function getAsset(sp: SPFI, key: string): Promise<{ asset: Asset; schemaJson: string | null } | null> {
  for (const restricted of [false, true]) {
    const list = listFor(restricted);
    let items;
    try {
      items = await getItems(sp, list, { select: [...ASSET_SELECT, "TableSchema"], expand: ASSET_EXPAND, filter: filterFor(list).eq("AssetKey", key), top: 1 });
    } catch (error) {
      if (restricted && isHiddenList(error)) return null;
      throw error;
    }
    if (items[0]) return { asset: assetFromItem(items[0], restricted), schemaJson: items[0].TableSchema ?? null };
  }
  return null;
}

async function getAssetById(sp: SPFI, list: AssetList, id: number): Promise<Asset> {
  return assetFromItem(await getItem(sp, list, id, { select: ASSET_SELECT, expand: ASSET_EXPAND }), list === restrictedAssetsList);
}

/** Site user ids for the people chosen in the form (ensureUser adds someone who has never visited the site). */
export async function resolvePeople(sp: SPFI, draft: Pick<AssetDraft, "owner" | "manager">): Promise<{ ownerId: number | null; managerId: number | null }> {
  const idOf = (p: PersonChoice | null) => (p ? (p.siteUserId ?? siteUserIdFor(sp, p.email)) : null);
  const [ownerId, managerId] = await Promise.all([idOf(draft.owner), idOf(draft.manager)]);
  return { ownerId, managerId };
}

/** Adds an asset to the register its draft says (restricted or not), under a new key no asset uses. */
export async function addAsset(sp: SPFI, draft: AssetDraft, takenKeys: ReadonlySet<string>, random: () => number = Math.random): Promise<Asset> {
  const list = listFor(draft.restricted);
  const people = await resolvePeople(sp, draft);
  const fields = { ...draftToFields(draft, people), AssetStatus: "Active" as const, SchemaFieldCount: 0 };
  const taken = new Set(takenKeys);
  for (let attempt = 0; ; attempt++) {
    const key = newAssetKey(random, taken);
    try {
      const added = await addItem(sp, list, { ...fields, AssetKey: key });
      return getAssetById(sp, list, added.id);
    } catch (error) {
      // Someone took the key a moment ago (the column is unique): try another, a few times.
      if (attempt < 3 && /duplicate|SPDuplicateValuesFoundException/i.test(String((error as Error)?.message ?? ""))) {
        taken.add(key);
        continue;
      }
      throw error;
    }
  }
}

/**
 * Saves changed columns with the ETag the person loaded. Someone else's save in between is a
 * ConflictError carrying the asset as it is now, so the screen can say what changed and keep the edit.
 */
export async function saveAsset(sp: SPFI, asset: Pick<Asset, "id" | "etag" | "restricted">, values: AssetValues): Promise<Asset> {
  const list = listFor(asset.restricted);
  await updateItem<AssetList, Asset>(sp, list, asset, values, () => getAssetById(sp, list, asset.id));
  return getAssetById(sp, list, asset.id);
}

/** Whether this person may add assets, as SharePoint sees it. */
export async function canAddAssets(sp: SPFI): Promise<boolean> {
  const { PermissionKind } = await import("@pnp/sp/security");
  return listOf(sp, assetsList).currentUserHasPermissions(PermissionKind.AddListItems);
}
