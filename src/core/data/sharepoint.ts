import { DefaultHeaders, DefaultInit, type SPFI, spfi } from "@pnp/sp";
import { BrowserFetchWithRetry, DefaultParse, type Queryable } from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/batching";
import "@pnp/sp/site-users/web";
import "@pnp/sp/security";
import type { TokenProvider } from "../auth/token-provider";

/** Adds `Authorization: Bearer …` from our token provider (and so skips PnPjs' request digest). */
export function BearerToken(tokens: TokenProvider) {
  return (instance: Queryable) => {
    instance.on.auth.replace(async (url: URL, init: RequestInit) => {
      const token = await tokens.getToken("sharepoint");
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/**
 * The one PnPjs instance a host creates and every module shares. Throttling (429/503/504) is
 * retried by BrowserFetchWithRetry, which waits as long as SharePoint's Retry-After asks.
 */
export function createSharePoint(siteUrl: string, tokens: TokenProvider): SPFI {
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: 4 }), DefaultParse(), BearerToken(tokens));
}

/** Escapes a value for a single-quoted OData string literal: `O'Brien` → `O''Brien`. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
