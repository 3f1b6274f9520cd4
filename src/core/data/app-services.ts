import type { SPFI } from "@pnp/sp";
import type { PowerBiEndpoints } from "../auth/config";
import type { TokenProvider } from "../auth/token-provider";
import { capabilitiesOf, type RoleGroups } from "../domain/roles";
import type { ModuleDefinition } from "../module";
import type { AppServices, HostKind } from "../services";
import type { GraphService } from "./graph";
import { loadSignedInPerson } from "./signed-in-person";
import { NO_VIEW_CACHE, openViewStore, viewCacheFor, viewCacheOnceBound } from "./view-cache";

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
  /** The site the hub reads; given, each screen's last answer is kept for this person on it (the view cache). */
  siteUrl?: string;
  powerBi?: PowerBiEndpoints;
  teamsAppId?: string;
}

/**
 * The services every host hands the modules, assembled in one place: the signed-in person (one
 * Graph batch, cached for the session) and what their roles let the screens offer.
 */
export async function createAppServices(input: ServicesInput): Promise<AppServices> {
  // The view cache's store opens while the person is read; it is then bound to them (another person's answers emptied out).
  const store = input.siteUrl ? openViewStore() : Promise.resolve(null);
  const person = await loadSignedInPerson(input.graph, input.roleGroups, input.cache, input.cacheKey);
  const { siteUrl } = input;
  // Not awaited: binding the store takes IndexedDB round trips the first reads need not wait for.
  const viewCache = siteUrl ? viewCacheOnceBound(store.then((db) => viewCacheFor(db, { siteUrl, personId: person.profile.id }))) : NO_VIEW_CACHE;
  const services: AppServices = { sp: input.sp, graph: input.graph, tokens: input.tokens, person, capabilities: capabilitiesOf(person.roles, input.modules), hostKind: input.hostKind, viewCache };
  if (input.powerBi) services.powerBi = input.powerBi;
  if (input.teamsAppId) services.teamsAppId = input.teamsAppId;
  return services;
}
