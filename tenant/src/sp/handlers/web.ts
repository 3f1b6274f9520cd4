import { randomUUID } from "node:crypto";
import { json } from "../../http-types";
import type { ApiResponse } from "../../http-types";
import { toBasePermissions, webPermissions } from "../../identity/permissions";
import { bodyOf, type SpCall } from "../call";
import { type SiteUser, metadataUrl, siteUserById } from "../entities";
import { type Entity, projectOne, queryCollection } from "../entity-query";
import { spErrors } from "../errors";
import { collectionResponse, entityResponse } from "../format";
import { allSiteUsers, USER_TYPE, userEntity, WEB_TYPE, webEntity } from "../site-entities";

export function contextInfo(call: SpCall): ApiResponse {
  const siteUrl = `${call.site.origin}${call.site.sitePath}`;
  return json(200, { FormDigestValue: `0x${randomUUID().replace(/-/g, "").toUpperCase()},${new Date().toUTCString()}`, FormDigestTimeoutSeconds: 1800, WebFullUrl: siteUrl, LibraryVersion: "16.0.0.0", SiteFullUrl: siteUrl, SupportedSchemaVersions: ["14.0.0.0", "15.0.0.0"] });
}

function currentUserEntity(call: SpCall): Entity {
  const me = siteUserById(call.site, call.request.caller.person.siteUserId)!;
  return userEntity(call.site, me, call.request.caller.roles.includes("data-lead"));
}

export function web(call: SpCall): ApiResponse {
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Webs/@Element"), projectOne(call.level, WEB_TYPE, webEntity(call.site, () => currentUserEntity(call)), call.query));
}

export function webPermissionsOfCaller(call: SpCall): ApiResponse {
  return entityResponse(call.level, "", toBasePermissions(webPermissions(call.request.caller.roles)) as unknown as Record<string, unknown>);
}

function oneUser(call: SpCall, entity: Entity): ApiResponse {
  return entityResponse(call.level, metadataUrl(call.site, "SP.ApiData.Users/@Element"), projectOne(call.level, USER_TYPE, entity, call.query));
}

export function currentUser(call: SpCall): ApiResponse {
  return oneUser(call, currentUserEntity(call));
}

export function siteUsers(call: SpCall): ApiResponse {
  const users = allSiteUsers(call.site).map((u) => userEntity(call.site, u, false));
  return collectionResponse(call.level, metadataUrl(call.site, "SP.ApiData.Users"), queryCollection(call.level, USER_TYPE, users, call.query), null);
}

function userBy(call: SpCall, where: string, value: string | number): ApiResponse {
  const user = call.site.db.prepare(`SELECT * FROM sp_users WHERE ${where}`).get(value) as SiteUser | undefined;
  if (!user) throw spErrors.userNotFound();
  return oneUser(call, userEntity(call.site, user, false));
}

export function siteUserByIdRoute(call: SpCall): ApiResponse {
  return userBy(call, "id = ?", Number(call.params.userId));
}

export function siteUserByEmail(call: SpCall): ApiResponse {
  return userBy(call, "lower(email) = ?", call.params.email!.replace(/''/g, "'").toLowerCase());
}

/** `siteUsers.getByLoginName(…)`: PnPjs sends `siteusers(@v)?@v='<login>'`; a literal `siteusers('<login>')` works too. */
export function siteUserByLoginName(call: SpCall): ApiResponse {
  const alias = call.params.alias;
  const raw = alias ? (call.query.get(`@${alias}`) ?? "") : `'${call.params.login ?? ""}'`;
  const login = /^'(.*)'$/s.exec(raw)?.[1]?.replace(/''/g, "'");
  if (login === undefined) throw spErrors.invalidQuery(`The parameter @${alias ?? "v"} must be a quoted login name.`);
  return userBy(call, "lower(login_name) = ?", login.toLowerCase());
}

export function ensureUser(call: SpCall): ApiResponse {
  const logonName = String(bodyOf(call).logonName ?? "").trim();
  const email = logonName.split("|").pop()!.toLowerCase();
  const existing = call.site.db.prepare("SELECT * FROM sp_users WHERE lower(email) = ? OR lower(login_name) = ?").get(email, logonName.toLowerCase()) as SiteUser | undefined;
  if (!existing) throw spErrors.userNotResolved(logonName);
  return oneUser(call, userEntity(call.site, existing, false));
}
