import { ConfigError, type PowerBiEndpoints, parseConfig } from "../shared/src/core/auth/config";
import { ROLES, type Role } from "../shared/src/core/domain/roles";

/**
 * Where the web parts find the Data Hub site and which Entra groups grant which role.
 *
 * One tenant property (a SharePoint "storage entity" in the tenant app catalogue) holds it for every
 * page: key `DataHubConfig`, value the JSON the Teams tab's config.json holds — the whole file may be
 * pasted (mode, tenantId, clientId are the tab's and are checked, then not used: SPFx signs people
 * in), or just `{"siteUrl": …, "roleGroups": {…}}`. A web part's own "Data Hub site" property
 * overrides siteUrl. With no tenant property the site is the page's own and no group grants a role.
 * Pure: the root's Jest checks it (test/unit/webparts-settings.test.ts).
 */
export const SETTINGS_KEY = "DataHubConfig";

export interface HubSettings {
  siteUrl: string;
  graphOrigin: string;
  roleGroups: Record<Role, string[]>;
  powerBi?: PowerBiEndpoints;
  teamsAppId?: string;
  /** False when no tenant property was found: the page's own site, no role groups. */
  fromTenantProperty: boolean;
}

/** A tenant property or web part property that cannot be used, naming it so an administrator can fix it. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingsError";
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const noRoleGroups = () => Object.fromEntries(ROLES.map((role) => [role, []])) as unknown as Record<Role, string[]>;

/**
 * @param stored the tenant property's value, or undefined when it is not set
 * @param pageSiteUrl the site of the page the web part is on (`pageContext.web.absoluteUrl`)
 * @param siteUrlProperty the web part's own "Data Hub site" property, when filled in
 */
export function parseHubSettings(stored: string | undefined, pageSiteUrl: string, siteUrlProperty?: string): HubSettings {
  let json: Record<string, unknown> = {};
  const fromTenantProperty = Boolean(stored?.trim());
  if (fromTenantProperty) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(stored!);
    } catch {
      throw new SettingsError(`The tenant property ${SETTINGS_KEY} is not JSON. Set it to the JSON of the Teams tab's config.json, or {"siteUrl": …, "roleGroups": {…}}.`);
    }
    if (!isRecord(parsed)) throw new SettingsError(`The tenant property ${SETTINGS_KEY} must be a JSON object.`);
    json = parsed;
  }
  const siteUrl = siteUrlProperty?.trim() || (typeof json.siteUrl === "string" ? json.siteUrl : undefined) || pageSiteUrl;
  const given: Record<string, unknown> = { roleGroups: noRoleGroups(), ...json, siteUrl };
  try {
    // The tab's own validator: unknown or misspelt fields, GUIDs, URLs. Without "mode" (the short
    // form) it is read as an entra configuration minus the tab's sign-in fields.
    const config = given.mode === undefined ? parseConfig({ ...given, mode: "local" }) : parseConfig(given);
    if (config.mode !== "entra" && given.mode !== undefined) throw new ConfigError("mode", `must be "entra" in SharePoint (local mode is for the local tenant); got ${JSON.stringify(given.mode)}.`);
    // Tokens travel with these requests: only https, as the tab's entra mode demands.
    for (const [field, url] of [["siteUrl", config.siteUrl], ["graphOrigin", config.graphOrigin], ["powerBi.embedOrigin", config.powerBi?.embedOrigin], ["powerBi.apiOrigin", config.powerBi?.apiOrigin]] as const) {
      if (url !== undefined && !url.startsWith("https://")) throw new ConfigError(field, `must use https; got ${JSON.stringify(url)}.`);
    }
    // SharePoint is called with the page's own session (services.ts), which reaches only this tenant's SharePoint.
    const pageOrigin = new URL(pageSiteUrl).origin;
    if (new URL(config.siteUrl).origin !== pageOrigin) throw new ConfigError("siteUrl", `must be a site on ${pageOrigin}, where this page is; got ${JSON.stringify(config.siteUrl)}.`);
    const settings: HubSettings = { siteUrl: config.siteUrl, graphOrigin: config.graphOrigin, roleGroups: config.roleGroups, fromTenantProperty };
    if (config.powerBi) settings.powerBi = config.powerBi;
    if (config.teamsAppId) settings.teamsAppId = config.teamsAppId;
    return settings;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const where = siteUrlProperty?.trim() && error.field === "siteUrl" ? "The web part's Data Hub site property" : `The tenant property ${SETTINGS_KEY}`;
    throw new SettingsError(`${where}: ${error.message.replace(/^config\.json: /, "")}`);
  }
}
