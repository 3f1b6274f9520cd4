import type { ApiResponse } from "../http-types";
import { json } from "../http-types";

/**
 * SharePoint REST answers in the metadata level the client asks for in Accept:
 * `odata=verbose` (`d`, `__metadata`, `d.__next`), `odata=nometadata`, or (default for
 * `application/json`) `odata=minimalmetadata` with `odata.*` annotations.
 */
export type MetadataLevel = "verbose" | "minimal" | "none";

export function metadataLevel(accept: string | undefined): MetadataLevel {
  const value = (accept ?? "").toLowerCase();
  if (value.includes("odata=verbose")) return "verbose";
  if (value.includes("odata=nometadata")) return "none";
  return "minimal";
}

export interface EntityMeta {
  /** e.g. SP.Data.ActionsListItem, SP.List, SP.User */
  type: string;
  /** Absolute URI of the entity (verbose `uri`, minimal `odata.editLink` is derived). */
  uri: string;
  /** Relative id as SharePoint prints it in minimal metadata, e.g. `Web/Lists(guid'…')/Items(5)`. */
  editLink: string;
  etag?: string;
}

export function decorate(level: MetadataLevel, meta: EntityMeta, value: Record<string, unknown>): Record<string, unknown> {
  if (level === "none") return value;
  if (level === "verbose") {
    return { __metadata: { id: meta.uri, uri: meta.uri, ...(meta.etag ? { etag: meta.etag } : {}), type: meta.type }, ...value };
  }
  return {
    "odata.type": meta.type,
    "odata.id": meta.uri,
    ...(meta.etag ? { "odata.etag": meta.etag } : {}),
    "odata.editLink": meta.editLink,
    ...value,
  };
}

export function entityResponse(level: MetadataLevel, metadataUrl: string, entity: Record<string, unknown>, status = 200, headers: Record<string, string> = {}): ApiResponse {
  if (level === "verbose") return json(status, { d: entity }, verboseType(headers));
  if (level === "none") return json(status, entity, headers);
  return json(status, { "odata.metadata": metadataUrl, ...entity }, headers);
}

export function collectionResponse(level: MetadataLevel, metadataUrl: string, entities: Record<string, unknown>[], nextLink: string | null): ApiResponse {
  if (level === "verbose") return json(200, { d: { results: entities, ...(nextLink ? { __next: nextLink } : {}) } }, verboseType({}));
  const body: Record<string, unknown> = level === "minimal" ? { "odata.metadata": metadataUrl } : {};
  body.value = entities;
  if (nextLink) body["odata.nextLink"] = nextLink;
  return json(200, body);
}

/** A bare value such as a recycle-bin GUID: `{"value": …}`, or `{"d": {"Recycle": …}}` verbose. */
export function valueResponse(level: MetadataLevel, name: string, value: unknown): ApiResponse {
  if (level === "verbose") return json(200, { d: { [name]: value } }, verboseType({}));
  return json(200, { "odata.metadata": "", value });
}

function verboseType(headers: Record<string, string>): Record<string, string> {
  return { ...headers, "Content-Type": "application/json;odata=verbose;charset=utf-8" };
}
