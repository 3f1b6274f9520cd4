import type { EntraConfig } from "../../core/auth/config";
import type { TokenProvider } from "../../core/auth/token-provider";
import { createGraphService } from "../../core/data/graph";
import { createSharePoint } from "../../core/data/sharepoint";
import { createAppServices } from "../../core/data/app-services";
import type { AppServices } from "../../core/services";
import { MODULES } from "../../modules";
import type { Host } from "../detect";
import { usableStorage } from "../storage";

export type EntraHost = Extract<Host, { kind: "teams" | "browser" }>;

/** MSAL v5 hands popup and silent-iframe responses back through this page (see vite.config.ts). */
export function withRedirectBridge(config: EntraConfig): EntraConfig {
  return { ...config, redirectUri: config.redirectUri ?? new URL("redirect.html", window.location.href).href };
}

/** The sign-in for the host: nested app authentication in Teams, MSAL's public client in a browser. */
export async function createTokenProvider(config: EntraConfig, host: EntraHost): Promise<TokenProvider> {
  if (host.kind === "teams") {
    const { createTeamsTokenProvider } = await import("../../core/auth/teams-token-provider");
    return createTeamsTokenProvider(config, host.context);
  }
  const { createMsalTokenProvider } = await import("../../core/auth/msal-token-provider");
  return createMsalTokenProvider(config);
}

/** The shared clients, configured once for the host, and who is signed in (one Graph batch). */
export function startEntra(config: EntraConfig, host: EntraHost, tokens: TokenProvider): Promise<AppServices> {
  return createAppServices({
    hostKind: host.kind,
    sp: createSharePoint(config.siteUrl, tokens),
    graph: createGraphService(tokens, { origin: config.graphOrigin }),
    tokens,
    roleGroups: config.roleGroups,
    modules: MODULES,
    cache: usableStorage(() => window.sessionStorage),
    cacheKey: `datahub.person.${config.tenantId}`,
    siteUrl: config.siteUrl,
    powerBi: config.powerBi,
    teamsAppId: config.teamsAppId,
  });
}
