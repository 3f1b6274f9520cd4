import type { LocalModeConfig } from "../../core/auth/config";
import { LocalTokenProvider, type PersonaId } from "../../core/auth/local-token-provider";
import { createAppServices } from "../../core/data/app-services";
import { createGraphService } from "../../core/data/graph";
import { createSharePoint } from "../../core/data/sharepoint";
import type { AppServices } from "../../core/services";
import { MODULES } from "../../modules";

export type LocalConfig = LocalModeConfig;

/** Local mode's clients: the same PnPjs and Graph code as production, pointed at the local tenant. */
export function startLocal(config: LocalConfig, persona: PersonaId): Promise<AppServices> {
  const tokens = new LocalTokenProvider(new URL(config.siteUrl).origin, persona);
  return createAppServices({
    hostKind: "local",
    sp: createSharePoint(config.siteUrl, tokens),
    graph: createGraphService(tokens, { origin: config.graphOrigin }),
    tokens,
    roleGroups: config.roleGroups,
    modules: MODULES,
    cache: sessionStorage,
    cacheKey: `datahub.person.local.${persona}`,
    siteUrl: config.siteUrl,
    powerBi: config.powerBi,
    teamsAppId: config.teamsAppId,
  });
}
