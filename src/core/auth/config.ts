import { ROLES, type Role } from "../domain/roles";

export const DEFAULT_GRAPH_ORIGIN = "https://graph.microsoft.com";

/**
 * Where Power BI answers. Production leaves it out (the defaults below); local mode points both at
 * the local tenant's stand-in. See docs/dashboards.md.
 */
export interface PowerBiEndpoints {
  /** Base URL of the report embed page (`<embedOrigin>/reportEmbed`): `https://app.powerbi.com`, or the local tenant's `/_local/powerbi`. */
  embedOrigin: string;
  /** Origin of the Power BI REST API (`<apiOrigin>/v1.0/myorg/…`): `https://api.powerbi.com`, or the local tenant. */
  apiOrigin: string;
}

export const DEFAULT_POWER_BI: PowerBiEndpoints = { embedOrigin: "https://app.powerbi.com", apiOrigin: "https://api.powerbi.com" };

/** What every mode needs: where the Data Hub site is, where Graph answers, which groups grant which role. */
interface CommonConfig {
  /** The Data Hub site, e.g. `https://havant.sharepoint.com/sites/datahub` (no trailing slash). */
  siteUrl: string;
  /** `https://graph.microsoft.com` in production; the local tenant's origin in local mode. */
  graphOrigin: string;
  /** Entra group ids per role; every role is listed, an empty list means no group grants it. */
  roleGroups: Record<Role, string[]>;
  /** Power BI's embed page and REST API; absent means the public cloud's (DEFAULT_POWER_BI). */
  powerBi?: PowerBiEndpoints;
  /** The Teams app id (as the Teams admin centre lists it), for deep links made outside Teams; absent, links point at the hub. */
  teamsAppId?: string;
}

/** Local mode: the local tenant signs people in as personas, so there is no app registration. */
export interface LocalModeConfig extends CommonConfig {
  mode: "local";
}

/** A real tenant: Entra ID signs people in. */
export interface EntraConfig extends CommonConfig {
  mode: "entra";
  /** Directory (tenant) id, or its domain such as `havant.onmicrosoft.com`. */
  tenantId: string;
  /** Application (client) id of the single-page app registration. */
  clientId: string;
  /**
   * MSAL v5 returns popup and silent-iframe responses through a redirect bridge page
   * (`broadcastResponseToMainFrame` from `@azure/msal-browser/redirect-bridge`); point this at it.
   * It must match a redirect URI of the app registration exactly.
   */
  redirectUri?: string;
}

export type Config = LocalModeConfig | EntraConfig;

/** A configuration problem, naming the field so whoever deploys can fix config.json at once. */
export class ConfigError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`config.json: "${field}" ${problem}`);
    this.name = "ConfigError";
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i;
const FIELDS: Record<Config["mode"], readonly string[]> = {
  local: ["mode", "siteUrl", "graphOrigin", "roleGroups", "powerBi", "teamsAppId"],
  entra: ["mode", "tenantId", "clientId", "siteUrl", "graphOrigin", "roleGroups", "redirectUri", "powerBi", "teamsAppId"],
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const show = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value));

function requiredString(json: Record<string, unknown>, field: string): string {
  const value = json[field];
  if (typeof value !== "string" || value.trim() === "") throw new ConfigError(field, `must be a non-empty string; got ${show(value)}.`);
  return value.trim();
}

function httpUrl(field: string, value: string, requireHttps: boolean): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(field, `must be an absolute URL; got ${show(value)}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ConfigError(field, `must be an http(s) URL; got ${show(value)}.`);
  // Tokens travel in these requests: a real tenant is only ever reached over https.
  if (requireHttps && url.protocol !== "https:") throw new ConfigError(field, `must use https with a real tenant; got ${show(value)}.`);
  if (url.search || url.hash || url.username) throw new ConfigError(field, `must not carry a query, fragment or credentials; got ${show(value)}.`);
  return url;
}

function parseRoleGroups(value: unknown): Record<Role, string[]> {
  if (!isRecord(value)) throw new ConfigError("roleGroups", `must be an object of role → Entra group ids; got ${show(value)}.`);
  for (const key of Object.keys(value)) {
    if (!(ROLES as readonly string[]).includes(key)) throw new ConfigError(`roleGroups.${key}`, `is not a role; the roles are ${ROLES.join(", ")}.`);
  }
  const groups = {} as Record<Role, string[]>;
  for (const role of ROLES) {
    const ids = value[role];
    // Every role listed on purpose: a missing one is more often a typo than a decision.
    if (!Array.isArray(ids)) throw new ConfigError(`roleGroups.${role}`, `must be a list of Entra group ids (use [] for none); got ${show(ids)}.`);
    ids.forEach((id, index) => {
      if (typeof id !== "string" || !GUID.test(id)) throw new ConfigError(`roleGroups.${role}[${index}]`, `must be an Entra group object id (a GUID); got ${show(id)}.`);
    });
    groups[role] = ids as string[];
  }
  return groups;
}

function parsePowerBi(value: unknown, requireHttps: boolean): PowerBiEndpoints {
  if (!isRecord(value)) throw new ConfigError("powerBi", `must be an object { "embedOrigin": …, "apiOrigin": … }; got ${show(value)}.`);
  for (const key of Object.keys(value)) {
    if (key !== "embedOrigin" && key !== "apiOrigin") throw new ConfigError(`powerBi.${key}`, "is not a setting; the settings are embedOrigin, apiOrigin.");
  }
  const text = (key: keyof PowerBiEndpoints) => {
    const given = value[key];
    if (given === undefined) return DEFAULT_POWER_BI[key];
    if (typeof given !== "string" || given.trim() === "") throw new ConfigError(`powerBi.${key}`, `must be a non-empty string; got ${show(given)}.`);
    return given.trim();
  };
  const embedValue = text("embedOrigin");
  const embed = httpUrl("powerBi.embedOrigin", embedValue, requireHttps);
  const apiValue = text("apiOrigin");
  const api = httpUrl("powerBi.apiOrigin", apiValue, requireHttps);
  if (api.pathname !== "/") throw new ConfigError("powerBi.apiOrigin", `must be an origin without a path (the client adds /v1.0/myorg); got ${show(apiValue)}.`);
  return { embedOrigin: `${embed.origin}${embed.pathname.replace(/\/+$/, "")}`, apiOrigin: api.origin };
}

/** The Power BI endpoints a configuration names, or the public cloud's. */
export function powerBiEndpoints(config: Pick<CommonConfig, "powerBi">): PowerBiEndpoints {
  return config.powerBi ?? DEFAULT_POWER_BI;
}

/** Reads config.json, refusing anything that would fail later in a less obvious place. */
export function parseConfig(json: unknown): Config {
  if (!isRecord(json)) throw new ConfigError("(root)", `must be a JSON object; got ${show(json)}.`);
  const mode = json.mode;
  if (mode !== "local" && mode !== "entra") throw new ConfigError("mode", `must be "local" or "entra"; got ${show(mode)}.`);
  // Unknown fields are refused so that a misspelt optional one ("redirectURI") is not silently ignored.
  for (const key of Object.keys(json)) {
    if (!FIELDS[mode].includes(key)) throw new ConfigError(key, `is not a setting in ${mode} mode; the settings are ${FIELDS[mode].join(", ")}.`);
  }
  const entra = mode === "entra";

  const site = httpUrl("siteUrl", requiredString(json, "siteUrl"), entra);
  const siteUrl = `${site.origin}${site.pathname.replace(/\/+$/, "")}`;

  const graphValue = json.graphOrigin === undefined ? DEFAULT_GRAPH_ORIGIN : requiredString(json, "graphOrigin");
  const graph = httpUrl("graphOrigin", graphValue, entra);
  if (graph.pathname !== "/") throw new ConfigError("graphOrigin", `must be an origin without a path (the client adds /v1.0); got ${show(graphValue)}.`);
  const graphOrigin = graph.origin;

  const roleGroups = parseRoleGroups(json.roleGroups);
  // Optional, and only present in the result when given, so existing configurations read back unchanged.
  const extras: Pick<CommonConfig, "powerBi" | "teamsAppId"> = {};
  if (json.powerBi !== undefined) extras.powerBi = parsePowerBi(json.powerBi, entra);
  if (json.teamsAppId !== undefined) {
    const teamsAppId = requiredString(json, "teamsAppId");
    if (!GUID.test(teamsAppId)) throw new ConfigError("teamsAppId", `must be the Teams app id, a GUID; got ${show(teamsAppId)}.`);
    extras.teamsAppId = teamsAppId;
  }
  if (!entra) return { mode, siteUrl, graphOrigin, roleGroups, ...extras };

  const tenantId = requiredString(json, "tenantId");
  if (!GUID.test(tenantId) && !DOMAIN.test(tenantId)) throw new ConfigError("tenantId", `must be the directory (tenant) id or a domain of the tenant; got ${show(tenantId)}.`);
  const clientId = requiredString(json, "clientId");
  if (!GUID.test(clientId)) throw new ConfigError("clientId", `must be the application (client) id, a GUID; got ${show(clientId)}.`);
  const config: EntraConfig = { mode, tenantId, clientId, siteUrl, graphOrigin, roleGroups, ...extras };
  if (json.redirectUri !== undefined) config.redirectUri = httpUrl("redirectUri", requiredString(json, "redirectUri"), false).href;
  return config;
}
