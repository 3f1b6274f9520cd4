import { LocalTokenProvider, type PersonaId } from "../../src/core/auth/local-token-provider";
import { createGraphService } from "../../src/core/data/graph";
import { createSharePoint } from "../../src/core/data/sharepoint";
import { startTenant, type Tenant, type TenantOptions } from "../../tenant/src/server";

/** A fresh in-memory tenant per suite, and the app's own clients signed in as a persona. */
export async function startTestTenant(options: TenantOptions = {}): Promise<Tenant> {
  return startTenant({ dataDir: null, ...options });
}

export function clientsFor(tenant: Tenant, persona: PersonaId) {
  const tokens = new LocalTokenProvider(tenant.origin, persona);
  return {
    tokens,
    sp: createSharePoint(tenant.siteUrl, tokens),
    graph: createGraphService(tokens, { origin: tenant.origin, retryDelaySeconds: 1 }),
  };
}

/** Raw HTTP against the tenant, for fixture checks that must see exact status codes and bodies. */
export async function rawRequest(tenant: Tenant, persona: PersonaId | null, path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
  const headers = new Headers(init.headers);
  if (persona) {
    const token = await new LocalTokenProvider(tenant.origin, persona).getToken();
    headers.set("Authorization", `Bearer ${token}`);
  }
  const response = await fetch(`${tenant.origin}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as unknown };
}
