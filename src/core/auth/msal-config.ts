import type { Configuration } from "@azure/msal-browser";
import type { EntraConfig } from "./config";
import { RENEW_BEFORE_EXPIRY_MS } from "./token-provider";

/**
 * MSAL's configuration for Data Hub, shared by the browser and Teams providers. MSAL caches tokens
 * and renews them silently; we only make its renewal window our own, so every host renews alike.
 */
export function msalConfiguration(config: EntraConfig): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      // Single tenant: only Havant's directory signs people in.
      authority: `https://login.microsoftonline.com/${config.tenantId}`,
      ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}),
    },
    // MSAL v5 encrypts localStorage entries with a session key; localStorage lets a second tab reuse the sign-in.
    cache: { cacheLocation: "localStorage" },
    system: { tokenRenewalOffsetSeconds: RENEW_BEFORE_EXPIRY_MS / 1000 },
  };
}
