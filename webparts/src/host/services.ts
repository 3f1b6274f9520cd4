import type { WebPartContext } from "@microsoft/sp-webpart-base";
import { BrowserFetchWithRetry } from "@pnp/queryable";
import { type SPFI, SPFx, spfi } from "@pnp/sp";
import { SpfxTokenProvider } from "../shared/src/core/auth/spfx-token-provider";
import { createAppServices } from "../shared/src/core/data/app-services";
import { createGraphService } from "../shared/src/core/data/graph";
// The tab's PnPjs set-up module: imported for the PnPjs features it adds (webs, lists, items, fields,
// batching, site users, security), so every module's data code finds the same API here.
import "../shared/src/core/data/sharepoint";
import type { AppServices } from "../shared/src/core/services";
import { actionsModule } from "../shared/src/modules/actions/module";
import { dashboardsModule } from "../shared/src/modules/dashboards/module";
import { dictionaryModule } from "../shared/src/modules/dictionary/module";
import { trainingModule } from "../shared/src/modules/training/module";
import { type HubSettings, parseHubSettings, SETTINGS_KEY } from "./settings";

/**
 * The shared clients for a web part, built from its SPFx context, as the tab's hosts build them:
 *
 * - SharePoint: PnPjs' own SPFx behaviour (`spfi(site).using(SPFx(context))`). It calls SharePoint
 *   with the page's own session and request digest, so no token and no SharePoint API permission is
 *   needed at all (PnPjs 4 removed the SPFx token from that behaviour on purpose, pnp/pnpjs#2570),
 *   and SharePoint's list permissions still decide what each person may change. Retries as the tab.
 * - Graph and Power BI: our SpfxTokenProvider over SPFx's AadTokenProviderFactory (the API access
 *   an administrator approves for the package: package-solution.json, README).
 * - The signed-in person: the tab's one Graph $batch (`/me` and `/me/transitiveMemberOf`), with
 *   roles from the role groups in the tenant property (settings.ts).
 */
export async function createWebPartServices(context: WebPartContext, settings: HubSettings): Promise<AppServices> {
  const sp: SPFI = spfi(settings.siteUrl).using(SPFx(context), BrowserFetchWithRetry({ retries: 4 }));
  const tokens = new SpfxTokenProvider(context.aadTokenProviderFactory, settings);
  const tenantId = context.pageContext.aadInfo?.tenantId?.toString() ?? "tenant";
  return createAppServices({
    hostKind: "sharepoint",
    sp,
    graph: createGraphService(tokens, { origin: settings.graphOrigin }),
    tokens,
    roleGroups: settings.roleGroups,
    modules: WEB_PART_MODULES,
    cache: sessionCache(),
    cacheKey: `datahub.webparts.person.${tenantId}`,
    ...(settings.powerBi ? { powerBi: settings.powerBi } : {}),
    ...(settings.teamsAppId ? { teamsAppId: settings.teamsAppId } : {}),
  });
}

/** The tenant property `DataHubConfig`, read from the page's own site (any site can read tenant properties). */
export async function readHubSettings(context: WebPartContext, siteUrlProperty: string | undefined): Promise<HubSettings> {
  const here = spfi().using(SPFx(context));
  const entity = (await here.web.getStorageEntity(SETTINGS_KEY)) as { Value?: string | null } | null;
  const settings = parseHubSettings(entity?.Value ?? undefined, context.pageContext.web.absoluteUrl, siteUrlProperty);
  if (!settings.fromTenantProperty) console.info(`Data Hub: no tenant property ${SETTINGS_KEY}; using this site and no role groups (README, "SharePoint web parts").`);
  return settings;
}

/**
 * The modules that have web parts (src/webparts/*): their capabilities are what a page of web parts
 * needs. Only these, not the hub's whole registry, so the package does not carry every other
 * module's screens (and the tab-only build features some of them use, such as a module worker).
 */
const WEB_PART_MODULES = [actionsModule, dictionaryModule, trainingModule, dashboardsModule];

// Several Data Hub web parts on one page share one bundle, so they share one start: one settings
// read and one Graph batch for the person, not one per web part.
const starts = new Map<string, Promise<AppServices>>();

export function startWebPartServices(context: WebPartContext, siteUrlProperty: string | undefined): Promise<AppServices> {
  const key = siteUrlProperty?.trim() ?? "";
  let start = starts.get(key);
  if (!start) {
    start = readHubSettings(context, siteUrlProperty).then((settings) => createWebPartServices(context, settings));
    // A failed start is not kept: "Try again" starts afresh.
    start.catch(() => starts.delete(key));
    starts.set(key, start);
  }
  return start;
}

/** sessionStorage for the person's profile and roles, or none where the browser refuses it. */
function sessionCache(): Storage | undefined {
  try {
    const storage = window.sessionStorage;
    storage.getItem("datahub.probe");
    return storage;
  } catch {
    return undefined;
  }
}
