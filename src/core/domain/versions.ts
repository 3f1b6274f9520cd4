/**
 * SharePoint's item versions (`items(id)/versions`), read the same way for every list. SharePoint
 * returns each version's column values by internal name; a person column may come as `<Name>Id` or
 * as `<Name>: { LookupId, LookupValue }`, and the editor as `EditorId` or `Editor`, so both are read.
 */
export interface ItemVersion {
  /** "3.0". */
  label: string;
  /** When this version was saved. */
  saved: string;
  editorId: number | null;
  editorName: string | null;
  /** The version's column values by internal name, as SharePoint sent them. */
  values: Readonly<Record<string, unknown>>;
}

type Raw = Record<string, unknown>;

/** A person or lookup column of a version, in either of the shapes SharePoint uses. */
export function versionLookup(raw: Raw, name: string): { id: number | null; title: string | null } {
  const direct = raw[`${name}Id`];
  const object = raw[name] as { LookupId?: unknown; LookupValue?: unknown; Id?: unknown; Title?: unknown } | null | undefined;
  const id = typeof direct === "number" ? direct : typeof object?.LookupId === "number" ? object.LookupId : typeof object?.Id === "number" ? object.Id : null;
  const title = typeof object?.LookupValue === "string" ? object.LookupValue : typeof object?.Title === "string" ? object.Title : null;
  return { id, title };
}

export function itemVersionFromWire(raw: Raw): ItemVersion {
  const editor = versionLookup(raw, "Editor");
  return { label: String(raw.VersionLabel ?? raw.OData__UIVersionString ?? ""), saved: String(raw.Created ?? raw.Modified ?? ""), editorId: editor.id, editorName: editor.title, values: raw };
}

/** Newest first, by version number ("10.0" after "9.0"). */
export function newestFirst(versions: readonly ItemVersion[]): ItemVersion[] {
  const number = (v: ItemVersion) => Number.parseFloat(v.label) || 0;
  return [...versions].sort((a, b) => number(b) - number(a));
}
