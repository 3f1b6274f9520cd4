import { randomUUID } from "node:crypto";
import { json } from "../../http-types";
import type { ApiResponse } from "../../http-types";
import { toBasePermissions, webPermissions } from "../../identity/permissions";
import { bodyOf, type SpCall } from "../call";
import { type SiteUser, metadataUrl, siteUserById, userEntity, webEntity } from "../entities";
import { spErrors } from "../errors";
import { collectionResponse, entityResponse } from "../format";

export function contextInfo(call: SpCall): ApiResponse {
  const siteUrl = `${call.site.origin}${call.site.sitePath}`;
  return json(200, { FormDigestValue: `0x${randomUUID().replace(/-/g, "").toUpperCase()},${new Date().toUTCString()}`, FormDigestTimeoutSeconds: 1800, WebFullUrl: siteUrl, LibraryVersion: "16.0.0.0", SiteFullUrl: siteUrl, SupportedSchemaVersions: ["14.0.0.0", "15.0.0.0"] });
}

export function web(call: SpCall): ApiResponse {
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Webs/@Element"), webEntity(call.site, call.level));
}

export function webPermissionsOfCaller(call: SpCall): ApiResponse {
  return entityResponse(call.level, "", toBasePermissions(webPermissions(call.request.caller.roles)) as unknown as Record<string, unknown>);
}

export function currentUser(call: SpCall): ApiResponse {
  const me = siteUserById(call.site, call.request.caller.person.siteUserId)!;
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Users/@Element"), userEntity(call.site, call.level, me, call.request.caller.roles.includes("data-lead")));
}

export function siteUsers(call: SpCall): ApiResponse {
  const users = call.site.db.prepare("SELECT * FROM sp_users ORDER BY id").all() as SiteUser[];
  return collectionResponse(call.level, metadataUrl(call.site, "SP.ApiData.Users"), users.map((u) => userEntity(call.site, call.level, u, false)), null);
}

export function siteUserByIdRoute(call: SpCall): ApiResponse {
  const user = siteUserById(call.site, Number(call.params.userId));
  if (!user) throw spErrors.userNotFound();
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Users/@Element"), userEntity(call.site, call.level, user, false));
}

export function ensureUser(call: SpCall): ApiResponse {
  const logonName = String(bodyOf(call).logonName ?? "").trim();
  const email = logonName.split("|").pop()!.toLowerCase();
  const existing = call.site.db.prepare("SELECT * FROM sp_users WHERE lower(email) = ? OR lower(login_name) = ?").get(email, logonName.toLowerCase()) as SiteUser | undefined;
  if (!existing) throw spErrors.userNotResolved(logonName);
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Users/@Element"), userEntity(call.site, call.level, existing, false));
}
