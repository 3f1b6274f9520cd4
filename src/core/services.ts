import type { SPFI } from "@pnp/sp";
import type { PowerBiEndpoints } from "./auth/config";
import type { TokenProvider } from "./auth/token-provider";
import type { GraphService } from "./data/graph";
import type { SignedInPerson } from "./data/signed-in-person";
import type { ViewCache } from "./data/view-cache";

export type HostKind = "teams" | "sharepoint" | "browser" | "local";

/** What a host hands every module: the shared clients and who is signed in. Configured once per host. */
export interface AppServices {
  sp: SPFI;
  graph: GraphService;
  tokens: TokenProvider;
  person: SignedInPerson;
  /** What the person's roles let the screens offer, as the modules declare (`capabilities` in module.ts). */
  capabilities: ReadonlySet<string>;
  /** Which host the app runs in, for host-specific affordances (deep links, theme control). */
  hostKind: HostKind;
  /** Each cached screen's last answer for this person on this site (a no-op where the browser gives no storage). */
  viewCache: ViewCache;
  /** Power BI's embed page and REST API from config.json; absent means the public cloud's. */
  powerBi?: PowerBiEndpoints;
  /** The Teams app id from config.json, for deep links made outside Teams. */
  teamsAppId?: string;
}
