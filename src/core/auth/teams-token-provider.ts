import { type AccountInfo, createNestablePublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { app } from "@microsoft/teams-js";
import type { Config, EntraConfig } from "./config";
import { InFlight } from "./in-flight";
import { fromMsalError } from "./msal-errors";
import { msalConfiguration } from "./msal-config";
import { scopesFor } from "./scopes";
import type { Resource, TokenProvider } from "./token-provider";

/** The part of MSAL's nestable client this provider uses; tests pass a small fake of it. */
export type NestedAppClient = Pick<IPublicClientApplication, "getAccount" | "acquireTokenSilent" | "ssoSilent" | "acquireTokenPopup">;

/** Who Teams says is signed in. A hint for choosing the account, never proof of identity. */
export interface TeamsUser {
  loginHint?: string;
  /** Entra object id of the user in the current tenant. */
  userObjectId?: string;
  tenantId?: string;
}

export function teamsUser(context: Pick<app.Context, "user">): TeamsUser {
  const user = context.user;
  return {
    ...(user?.loginHint ? { loginHint: user.loginHint } : user?.userPrincipalName ? { loginHint: user.userPrincipalName } : {}),
    ...(user?.id ? { userObjectId: user.id } : {}),
    ...(user?.tenant?.id ? { tenantId: user.tenant.id } : {}),
  };
}

/**
 * Sign-in inside Teams (and other Microsoft 365 hosts) with nested app authentication, in the
 * order that works: the host has run app.initialize(); the nestable client exists; the account
 * is the one Teams names; tokens come silently; a popup opens only from signIn, i.e. a click.
 * Tokens are returned bare: the Graph and SharePoint clients add "Bearer ".
 */
export class TeamsTokenProvider implements TokenProvider {
  private readonly inFlight = new InFlight<Resource, string>();
  private readonly signingIn = new InFlight<Resource, void>();

  constructor(
    private readonly client: NestedAppClient,
    private readonly config: Pick<Config, "siteUrl">,
    private readonly user: TeamsUser,
  ) {}

  getToken(resource: Resource): Promise<string> {
    return this.inFlight.run(resource, async () => {
      const scopes = scopesFor(resource, this.config);
      const account = this.account();
      try {
        // With a cached account MSAL answers from its cache (renewing it when due); without one, the
        // login hint lets the Teams host (or, where NAA is unavailable, a hidden iframe) sign in silently.
        const result = account
          ? await this.client.acquireTokenSilent({ scopes, account })
          : await this.client.ssoSilent({ scopes, ...(this.user.loginHint ? { loginHint: this.user.loginHint } : {}) });
        return result.accessToken;
      } catch (error) {
        throw fromMsalError(error);
      }
    });
  }

  /** From a click only. A double click shares the one popup. */
  signIn(resource: Resource): Promise<void> {
    return this.signingIn.run(resource, async () => {
      const account = this.account();
      try {
        await this.client.acquireTokenPopup({
          scopes: scopesFor(resource, this.config),
          ...(account ? { account } : {}),
          ...(this.user.loginHint ? { loginHint: this.user.loginHint } : {}),
        });
      } catch (error) {
        throw fromMsalError(error);
      }
    });
  }

  /** The cached account of the person Teams names, so a shared device never uses someone else's. */
  private account(): AccountInfo | null {
    const { userObjectId, tenantId, loginHint } = this.user;
    if (userObjectId && tenantId) {
      const byId = this.client.getAccount({ localAccountId: userObjectId, tenantId });
      if (byId) return byId;
    }
    return loginHint ? this.client.getAccount({ loginHint }) : null;
  }
}

/**
 * Builds the provider once the host has awaited app.initialize() and app.getContext().
 * createNestablePublicClientApplication initialises the client itself, and falls back to the
 * standard client where the host offers no NAA bridge.
 */
export async function createTeamsTokenProvider(config: EntraConfig, context: Pick<app.Context, "user">): Promise<TeamsTokenProvider> {
  const client = await createNestablePublicClientApplication(msalConfiguration(config));
  return new TeamsTokenProvider(client, config, teamsUser(context));
}
