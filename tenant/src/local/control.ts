/**
 * The tenant's own endpoints under `/_local/`: sign-in for a persona, the persona list, faults,
 * local mode's config.json and health. The ones that change state (tokens, faults) take POST or
 * DELETE only, and only from the tenant's own pages or tools without a browser origin.
 */
import { type FaultInput, type FaultInjector, parseFaultSpec } from "../faults";
import type { ApiResponse } from "../http-types";
import { json } from "../http-types";
import { PERSONA_IDS, type PersonaId, personForPersona, rolesOf } from "../identity/personas";
import type { TokenIssuer } from "../identity/tokens";
import { matchRoute, route, type Route } from "../routing";

export interface LocalCall {
  readonly url: URL;
  readonly body: string;
}

export interface LocalDeps {
  readonly tokens: TokenIssuer;
  readonly faults: FaultInjector;
  readonly site: () => string;
  readonly config: () => ApiResponse;
  /** Whether the request's page (Origin, Sec-Fetch-Site) may change the tenant's state. */
  readonly mayChangeState: (headers: { origin?: string; "sec-fetch-site"?: string }) => boolean;
}

function issueToken(deps: LocalDeps, call: LocalCall): ApiResponse {
  let persona: unknown;
  try {
    persona = (JSON.parse(call.body || "{}") as { persona?: unknown }).persona;
  } catch {
    return json(400, { error: "invalid_request", error_description: 'The body must be JSON: {"persona": "staff"}.' });
  }
  if (!PERSONA_IDS.includes(persona as PersonaId)) {
    return json(400, { error: "invalid_request", error_description: `Unknown persona. Use one of: ${PERSONA_IDS.join(", ")}.` });
  }
  return json(200, deps.tokens.issue(persona as PersonaId));
}

function personas(): ApiResponse {
  return json(
    200,
    PERSONA_IDS.map((id) => {
      const p = personForPersona(id);
      return { id, displayName: p.displayName, jobTitle: p.jobTitle, department: p.department, roles: rolesOf(p) };
    }),
  );
}

/** `POST /_local/faults` with a JSON rule (or rules), or `?add=429:items:3` as the --fault switch spells it. */
function addFaults(deps: LocalDeps, call: LocalCall): ApiResponse {
  try {
    const spec = call.url.searchParams.get("add");
    const input = spec ? parseFaultSpec(spec) : (JSON.parse(call.body) as FaultInput | FaultInput[]);
    for (const f of Array.isArray(input) ? input : [input]) deps.faults.add(f);
    return json(201, deps.faults.list());
  } catch (error) {
    return json(400, { error: (error as Error).message });
  }
}

const p = (source: string) => new RegExp(`^${source}/?$`, "i");

export function localRoutes(deps: LocalDeps) {
  const changes = new Set(["POST", "DELETE"]);
  const routes: Route<LocalCall>[] = [
    route("POST", p("/_local/token"), "local sign-in", (call) => issueToken(deps, call)),
    route("GET", p("/_local/personas"), "the personas", personas),
    route("GET", p("/_local/faults"), "faults", () => json(200, deps.faults.list())),
    route("POST", p("/_local/faults"), "faults", (call) => addFaults(deps, call)),
    route("DELETE", p("/_local/faults"), "faults", () => {
      deps.faults.clear();
      return { status: 204, headers: {} };
    }),
    route("GET", p("/_local/config\\.json"), "local mode's configuration", () => deps.config()),
    route("GET", p("/_local/health"), "health", () => json(200, { status: "ok", site: deps.site() })),
  ];
  return {
    async handle(method: string, url: URL, headers: Readonly<Record<string, string | undefined>>, body: string): Promise<ApiResponse> {
      const match = matchRoute(routes, method, url.pathname);
      if (match.kind === "method-not-served") {
        return json(405, { error: `${method} is not allowed on ${match.resource}; use ${match.methods.join(" or ")}.` }, { Allow: match.methods.join(", ") });
      }
      if (match.kind === "none") return json(404, { error: "Not found" });
      if (changes.has(method) && !deps.mayChangeState(headers)) {
        return json(403, { error: "Only the local tenant's own pages and tools may change its state." });
      }
      // A GET never changes state: `?add=` on a GET is refused rather than quietly ignored.
      if (method === "GET" && url.searchParams.has("add")) return json(405, { error: "Adding a fault takes POST /_local/faults?add=<spec>." }, { Allow: "POST" });
      return match.route.handle({ url, body });
    },
  };
}
