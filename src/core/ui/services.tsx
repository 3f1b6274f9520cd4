import type { SPFI } from "@pnp/sp";
import { createContext, type ReactNode, useContext } from "react";
import type { PowerBiEndpoints } from "../auth/config";
import type { TokenProvider } from "../auth/token-provider";
import type { GraphService } from "../data/graph";
import type { SignedInPerson } from "../data/signed-in-person";
import type { Capability } from "../domain/roles";

/** What a host hands every module: the shared clients and who is signed in. Configured once per host. */
export interface AppServices {
  sp: SPFI;
  graph: GraphService;
  tokens: TokenProvider;
  person: SignedInPerson;
  capabilities: Set<Capability>;
  /** Which host the app runs in, for host-specific affordances (deep links, theme control). */
  hostKind: "teams" | "sharepoint" | "browser" | "local";
  /** Power BI's embed page and REST API from config.json; absent means the public cloud's. */
  powerBi?: PowerBiEndpoints;
  /** The Teams app id from config.json, for deep links made outside Teams. */
  teamsAppId?: string;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside ServicesProvider");
  return services;
}
