import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page, Route } from "playwright-core";
import { GROUPS, personForPersona, type PersonaId, TENANT_ID } from "../../tenant/src/identity/personas";
import type { Tenant } from "../../tenant/src/server";

/**
 * A simulated Microsoft 365 around the real, built tab, for browser tests. Playwright answers every
 * request the browser makes, so these https origins are served without DNS or certificates:
 *
 * - https://teams.microsoft.com: a small Teams-like page (teams-host-page.js) that frames the tab and
 *   speaks teams-js's postMessage protocol. Its origin is in teams-js's built-in list of valid
 *   Teams origins, so the tab's unmodified teams-js accepts it offline, as it accepts real Teams;
 * - https://datahub.havant.example: the tab itself (TAB_ENDPOINT), i.e. the built dist/ and a
 *   config.json for a real tenant, fetched from the local tenant;
 * - https://graph.microsoft.com and https://havant.sharepoint.com: forwarded to the local tenant,
 *   which speaks the same Graph and SharePoint REST subset the tab uses.
 *
 * Anything else (teams-js's CDN list of origins, login.microsoftonline.com) is refused.
 */
export const TEAMS_ORIGIN = "https://teams.microsoft.com";
export const TAB_ORIGIN = "https://datahub.havant.example";
export const GRAPH_ORIGIN = "https://graph.microsoft.com";
export const SHAREPOINT_ORIGIN = "https://havant.sharepoint.com";
export const CLIENT_ID = "0d7c0c36-8b9a-4c1e-9d2f-1a2b3c4d5e6f";
export const HOST_TEAM_GROUP_ID = "7d1e1c3a-0000-4000-8000-0000000000a1";
export const OTHER_TEAM_GROUP_ID = "7d1e1c3a-0000-4000-8000-0000000000b2";

/** config.json for the tab in a real tenant, pointing at the (simulated) Graph and SharePoint. */
export function entraAppConfig() {
  const roleGroups: Record<string, string[]> = { staff: [], manager: [], "asset-owner": [], "data-lead": [], "focus-group": [], councillor: [] };
  for (const group of GROUPS) if (group.role) roleGroups[group.role]!.push(group.id);
  return { mode: "entra", tenantId: TENANT_ID, clientId: CLIENT_ID, siteUrl: `${SHAREPOINT_ORIGIN}/sites/datahub`, graphOrigin: GRAPH_ORIGIN, roleGroups };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** What the Teams host answers MSAL's nested app authentication with: the local tenant's token for a persona. */
export async function nestedAppAuthFor(hub: Tenant, persona: PersonaId) {
  const response = await fetch(`${hub.origin}/_local/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ persona }) });
  const { access_token } = (await response.json()) as { access_token: string };
  const person = personForPersona(persona);
  const now = Math.floor(Date.now() / 1000);
  // MSAL reads the ID token's claims; nothing in the browser verifies its signature.
  const idToken = `${base64url({ alg: "none", typ: "JWT" })}.${base64url({
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
    tid: TENANT_ID,
    oid: person.id,
    sub: person.id,
    name: person.displayName,
    preferred_username: person.mail,
    iat: now,
    nbf: now,
    exp: now + 3600,
    ver: "2.0",
  })}.signature`;
  const account = { homeAccountId: `${person.id}.${TENANT_ID}`, environment: "login.microsoftonline.com", tenantId: TENANT_ID, username: person.mail, localAccountId: person.id, name: person.displayName };
  return { accessToken: access_token, idToken, account, person };
}

/** The "legacy" context shape Teams sends and teams-js converts to app.Context. */
export function teamsContext(person: { id: string; mail: string; displayName: string }, extra: Record<string, unknown> = {}) {
  return {
    locale: "en-gb",
    theme: "default",
    entityId: "",
    tid: TENANT_ID,
    userObjectId: person.id,
    loginHint: person.mail,
    userPrincipalName: person.mail,
    userDisplayName: person.displayName,
    hostClientType: "web",
    hostName: "Teams",
    appSessionId: "session-1",
    ...extra,
  };
}

/** The focus group's shared channel, opened from a team it is shared with (not its host team). */
export function sharedChannel() {
  return {
    channelId: "19:datafocusgroup@thread.tacv2",
    channelName: "Data focus group",
    channelType: "Shared",
    hostTeamGroupId: HOST_TEAM_GROUP_ID,
    hostTeamTenantId: TENANT_ID,
    teamId: "19:customerservices@thread.tacv2",
    teamName: "Customer Services",
    groupId: OTHER_TEAM_GROUP_ID,
  };
}

export interface TeamsScenario {
  tabUrl: string;
  frameContext: "settings" | "content";
  context: Record<string, unknown>;
  naa: Awaited<ReturnType<typeof nestedAppAuthFor>>;
  savedConfig?: Record<string, string>;
}

/** What the simulated Teams host recorded, read from the page. */
export interface TeamsHostState {
  frameContext: string;
  validity: boolean;
  saveHandler: boolean;
  config: { contentUrl: string; websiteUrl?: string; entityId?: string; suggestedDisplayName?: string } | null;
  saved: TeamsHostState["config"];
  saveFailure: string | null;
  tokenRequests: { method: string; scope: string; clientId: string }[];
  log: { func: string; args: unknown[] }[];
}

function hostPage(scenario: TeamsScenario): string {
  const script = fs.readFileSync(path.join(process.cwd(), "test", "support", "teams-host-page.js"), "utf8");
  // JSON in a <script type="application/json">: "<" escaped so no value can close the element.
  const data = JSON.stringify(scenario).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Microsoft Teams (simulated)</title>
<style>body{margin:0;font-family:sans-serif}header{display:flex;gap:8px;align-items:center;padding:8px;background:#ebebf5}iframe{border:0;width:100%;height:640px}</style></head>
<body>
<header><span>Simulated Teams</span><button id="save" type="button" hidden disabled>Save</button></header>
<main id="stage"></main>
<script type="application/json" id="scenario">${data}</script>
<script>${script}</script>
</body>
</html>`;
}

/** Requests the tab made to each simulated service, by path, for assertions. */
export interface Microsoft365Traffic {
  graph: string[];
  sharePoint: string[];
  refused: string[];
}

async function forward(route: Route, hub: Tenant, traffic: string[]): Promise<void> {
  const url = new URL(route.request().url());
  traffic.push(`${route.request().method()} ${url.pathname}${url.search}`);
  const target = `${hub.origin}${url.pathname}${url.search}`;
  let response;
  try {
    response = await route.fetch({ url: target });
  } catch (error) {
    // A keep-alive socket the tenant closed as it was reused: a browser retries an idempotent request
    // on a fresh connection, and so does this stand-in for the network. Anything else, or a second
    // failure, is a network error the page sees (and the test's own assertions catch).
    const reset = /ECONNRESET|socket hang up/.test(String(error));
    if (!reset || route.request().method() !== "GET") return route.abort("failed").catch(() => undefined);
    response = await route.fetch({ url: target }).catch(() => null);
    if (!response) return route.abort("failed").catch(() => undefined);
  }
  await route.fulfill({ response }).catch(() => undefined);
}

/**
 * Opens the simulated Teams host with the tab in it. Routes are set on the browser context so that
 * they cover the tab's frame and any popup.
 */
export async function openInTeams(context: BrowserContext, hub: Tenant, scenario: TeamsScenario): Promise<{ page: Page; traffic: Microsoft365Traffic }> {
  const traffic: Microsoft365Traffic = { graph: [], sharePoint: [], refused: [] };
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === TEAMS_ORIGIN) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: hostPage(scenario) });
    if (url.origin === TAB_ORIGIN) return forward(route, hub, []);
    if (url.origin === GRAPH_ORIGIN) return forward(route, hub, traffic.graph);
    if (url.origin === SHAREPOINT_ORIGIN) return forward(route, hub, traffic.sharePoint);
    traffic.refused.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${TEAMS_ORIGIN}/v2/`);
  return { page, traffic };
}

export function hostState(page: Page): Promise<TeamsHostState> {
  return page.evaluate(() => (window as unknown as { teamsHost: TeamsHostState }).teamsHost);
}
