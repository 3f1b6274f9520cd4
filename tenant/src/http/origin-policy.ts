/**
 * Who may talk to the local tenant. It runs on laptops and in demos, so any web page the person
 * opens could try to drive it: CORS answers only the tab's own origin and configured development
 * origins (Vite's, say), and requests addressed to another host name (DNS rebinding) are refused.
 */
export interface OriginPolicy {
  /** `Host` header values the tenant answers to, lower-case. */
  readonly hosts: ReadonlySet<string>;
  /** Origins (scheme://host:port) whose pages may call it, lower-case. */
  readonly origins: ReadonlySet<string>;
}

export interface OriginPolicyInput {
  readonly host: string;
  readonly port: number;
  /** Extra origins allowed to call the tenant from a browser, e.g. `http://localhost:5173` for `npm run dev`. */
  readonly allowedOrigins?: readonly string[];
  /** Extra host names the tenant answers to (with or without port), e.g. a machine name for a demo on the network. */
  readonly allowedHosts?: readonly string[];
}

/** Normalises an origin as browsers send it; throws a plain error naming a malformed one. */
export function normaliseOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`"${origin}" is not an origin. Write it as a browser shows it, for example http://localhost:5173.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`"${origin}" is not an http or https origin.`);
  return url.origin.toLowerCase();
}

export function originPolicy(input: OriginPolicyInput): OriginPolicy {
  const names = new Set(["127.0.0.1", "localhost", "[::1]", input.host.includes(":") ? `[${input.host}]` : input.host]);
  const hosts = new Set<string>();
  for (const name of names) hosts.add(`${name}:${input.port}`.toLowerCase());
  for (const extra of input.allowedHosts ?? []) hosts.add((extra.includes(":") && !extra.startsWith("[") ? extra : `${extra}:${input.port}`).toLowerCase());
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  for (const origin of input.allowedOrigins ?? []) origins.add(normaliseOrigin(origin));
  return { hosts, origins };
}

export function hostAllowed(policy: OriginPolicy, host: string | undefined): boolean {
  return host !== undefined && policy.hosts.has(host.toLowerCase());
}

/**
 * Whether a request may go on, judged by the page that sent it: no Origin (curl, Node, a same-origin
 * GET) is fine; an Origin outside the policy, or "null" (a sandboxed or file page), is not.
 */
export function originAllowed(policy: OriginPolicy, origin: string | undefined): boolean {
  if (origin === undefined) return true;
  return policy.origins.has(origin.toLowerCase());
}

/**
 * Whether a request may change the tenant's own state (sign-in tokens, faults). Browsers send
 * `Sec-Fetch-Site` on every request; a cross-site one is refused even when it carries no Origin.
 */
export function mayChangeState(policy: OriginPolicy, headers: { origin?: string; "sec-fetch-site"?: string }): boolean {
  if (headers["sec-fetch-site"] === "cross-site") return false;
  return originAllowed(policy, headers.origin);
}

const EXPOSED_HEADERS = "ETag, Location, Retry-After, request-id, client-request-id, X-PnPjs-RequestId";

/** CORS response headers: only ever for an allowed origin, never a reflection of any origin. */
export function corsHeaders(policy: OriginPolicy, origin: string | undefined): Record<string, string> {
  if (!origin || !policy.origins.has(origin.toLowerCase())) return {};
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSED_HEADERS, Vary: "Origin" };
}
