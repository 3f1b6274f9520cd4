import { type AccountInfo, createStandardPublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { Config, EntraConfig } from "./config";
import { InFlight } from "./in-flight";
import { fromMsalError } from "./msal-errors";
import { msalConfiguration } from "./msal-config";
import { scopesFor } from "./scopes";
import { AuthError, type Resource, type TokenProvider } from "./token-provider";

/** The part of MSAL's public client this provider uses; tests pass a small fake of it. */
export type MsalBrowserClient = Pick<
  IPublicClientApplication,
  "handleRedirectPromise" | "getActiveAccount" | "getAllAccounts" | "setActiveAccount" | "acquireTokenSilent" | "acquireTokenRedirect"
>;

/**
 * Sign-in in a plain browser tab (outside Teams and SharePoint) with MSAL's public client.
 * getToken never shows anything: it asks MSAL silently (MSAL caches and renews) and says
 * "interaction-required" when a person must act. Only signIn, called from a click, redirects.
 */
export class MsalTokenProvider implements TokenProvider {
  private readonly inFlight = new InFlight<Resource, string>();
  /** Why the last redirect sign-in failed, for the sign-in screen to explain. */
  redirectError: AuthError | undefined;

  constructor(
    private readonly client: MsalBrowserClient,
    private readonly config: Pick<Config, "siteUrl">,
  ) {}

  /** Completes a sign-in that is returning from Entra, then picks the account. Call once on start. */
  async start(): Promise<this> {
    try {
      const result = await this.client.handleRedirectPromise();
      if (result?.account) this.client.setActiveAccount(result.account);
    } catch (error) {
      // A refused or cancelled redirect must not stop the app starting: the sign-in screen shows it.
      const mapped = fromMsalError(error);
      this.redirectError = mapped instanceof AuthError ? mapped : new AuthError("interaction-required", "Sign-in did not complete. Please try again.", error);
    }
    const account = this.account();
    if (account && !this.client.getActiveAccount()) this.client.setActiveAccount(account);
    return this;
  }

  getToken(resource: Resource): Promise<string> {
    return this.inFlight.run(resource, async () => {
      const account = this.account();
      if (!account) throw new AuthError("interaction-required", "Sign in to Microsoft 365 to continue.");
      try {
        const result = await this.client.acquireTokenSilent({ scopes: scopesFor(resource, this.config), account });
        return result.accessToken;
      } catch (error) {
        throw fromMsalError(error);
      }
    });
  }

  /** From a click only: leaves the page for Entra's sign-in and consent, and comes back to it. */
  async signIn(resource: Resource): Promise<void> {
    const account = this.account();
    try {
      await this.client.acquireTokenRedirect({ scopes: scopesFor(resource, this.config), ...(account ? { account } : {}) });
    } catch (error) {
      throw fromMsalError(error);
    }
  }

  private account(): AccountInfo | null {
    return this.client.getActiveAccount() ?? this.client.getAllAccounts()[0] ?? null;
  }
}

/** Builds the provider for a real tenant: MSAL initialised, any returning redirect handled. */
export async function createMsalTokenProvider(config: EntraConfig): Promise<MsalTokenProvider> {
  // createStandardPublicClientApplication constructs and awaits initialize() before returning.
  const client = await createStandardPublicClientApplication(msalConfiguration(config));
  return new MsalTokenProvider(client, config).start();
}
