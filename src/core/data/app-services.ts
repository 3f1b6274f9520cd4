import type { SPFI } from "@pnp/sp";
import type { PowerBiEndpoints } from "../auth/config";
import type { TokenProvider } from "../auth/token-provider";
import { capabilitiesOf, type RoleGroups } from "../domain/roles";
import type { ModuleDefinition } from "../module";
import type { AppServices, HostKind } from "../services";
import type { GraphService } from "./graph";
import { loadSignedInPerson } from "./signed-in-person";

export interface ServicesInput {
  hostKind: HostKind;
  /** The host's one PnPjs instance (bearer token in the tab, SPFx's own session in web parts). */
  sp: SPFI;
  graph: GraphService;
  tokens: TokenProvider;
  roleGroups: RoleGroups;
  modules: readonly ModuleDefinition[];
  /** Where the person's profile and roles are cached for the session, when the browser allows it. */
  cache: Storage | undefined;
  cacheKey: string;
  powerBi?: PowerBiEndpoints;
  teamsAppId?: string;
}

/**
 * The services every host hands the modules, assembled in one place: the signed-in person (one
 * Graph batch, cached for the session) and what their roles let the screens offer.
 */
export async function createAppServices(input: ServicesInput): Promise<AppServices> {
  const person = await loadSignedInPerson(input.graph, input.roleGroups, input.cache, input.cacheKey);
  const services: AppServices = { sp: input.sp, graph: input.graph, tokens: input.tokens, person, capabilities: capabilitiesOf(person.roles, input.modules), hostKind: input.hostKind };
  if (input.powerBi) services.powerBi = input.powerBi;
  if (input.teamsAppId) services.teamsAppId = input.teamsAppId;
  return services;
}
