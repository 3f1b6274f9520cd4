import { LocalTokenProvider, type PersonaId } from "../../core/auth/local-token-provider";
import { createGraphService } from "../../core/data/graph";
import { createSharePoint } from "../../core/data/sharepoint";
import { loadSignedInPerson } from "../../core/data/signed-in-person";
import type { LocalModeConfig } from "../../core/auth/config";
import { capabilitiesOf } from "../../core/domain/roles";
import type { AppServices } from "../../core/ui/services";

export type LocalConfig = LocalModeConfig;

/** Local mode's clients: the same PnPjs and Graph code as production, pointed at the local tenant. */
export async function startLocal(config: LocalConfig, persona: PersonaId): Promise<AppServices> {
  const origin = new URL(config.siteUrl).origin;
  const tokens = new LocalTokenProvider(origin, persona);
  const sp = createSharePoint(config.siteUrl, tokens);
  const graph = createGraphService(tokens, { origin: config.graphOrigin });
  const person = await loadSignedInPerson(graph, config.roleGroups, sessionStorage, `datahub.person.local.${persona}`);
  return { sp, graph, tokens, person, capabilities: capabilitiesOf(person.roles), hostKind: "local", powerBi: config.powerBi, teamsAppId: config.teamsAppId };
}
