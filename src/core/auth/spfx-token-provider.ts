import type { Config } from "./config";
import { fromMsalError } from "./msal-errors";
import { resourceUri } from "./scopes";
import { AuthError, RENEW_BEFORE_EXPIRY_MS, type Resource, type TokenProvider } from "./token-provider";
import { jwtExpiryMs } from "./jwt";

/** SPFx's AadTokenProvider, as much of it as we call (`@microsoft/sp-http-base`, not imported here). */
export interface AadTokenProviderLike {
  getToken(resource: string, useCachedToken?: boolean): Promise<string>;
}

/** SPFx's AadTokenProviderFactory (`context.aadTokenProviderFactory` in a web part). */
export interface AadTokenProviderFactoryLike {
  getTokenProvider(): Promise<AadTokenProviderLike>;
}

/**
 * Sign-in inside a SharePoint web part: SPFx signs the person in and holds the tokens. Microsoft
 * asks callers not to cache them ("already cached by the method itself"), so we keep none; we only
 * apply our renewal window, asking SPFx past its cache when its token is about to lapse.
 */
export class SpfxTokenProvider implements TokenProvider {
  private provider: Promise<AadTokenProviderLike> | undefined;

  constructor(
    private readonly factory: AadTokenProviderFactoryLike,
    private readonly config: Pick<Config, "siteUrl" | "graphOrigin">,
    private readonly now: () => number = Date.now,
  ) {}

  async getToken(resource: Resource): Promise<string> {
    const uri = resourceUri(resource, this.config);
    try {
      const provider = await this.tokenProvider();
      const token = await provider.getToken(uri, true);
      const expiresAt = jwtExpiryMs(token);
      if (expiresAt !== undefined && expiresAt - RENEW_BEFORE_EXPIRY_MS <= this.now()) return await provider.getToken(uri, false);
      return token;
    } catch (error) {
      throw fromSpfxError(error);
    }
  }

  private tokenProvider(): Promise<AadTokenProviderLike> {
    this.provider ??= this.factory.getTokenProvider().catch((error: unknown) => {
      this.provider = undefined; // let the next call try again
      throw error;
    });
    return this.provider;
  }
}

function fromSpfxError(error: unknown): unknown {
  const mapped = fromMsalError(error);
  if (mapped !== error) return mapped;
  const message = String((error as { message?: unknown } | null)?.message ?? "");
  // AADSTS65001: the API access request was never approved in the SharePoint admin centre.
  if (/AADSTS65001|consent/i.test(message)) {
    return new AuthError("interaction-required", "Data Hub's access to this service has not been approved. Ask an administrator to approve its API access in the SharePoint admin centre.", error);
  }
  if (error instanceof TypeError) return new AuthError("unavailable", "Microsoft sign-in could not be reached. Check your connection and try again.", error);
  return error;
}
