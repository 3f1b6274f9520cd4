import { type AccountInfo, type AuthenticationResult, BrowserAuthError, BrowserAuthErrorCodes, ClientAuthError, InteractionRequiredAuthError } from "@azure/msal-browser";
import type { app } from "@microsoft/teams-js";
import { type NestedAppClient, TeamsTokenProvider, teamsUser } from "../../src/core/auth/teams-token-provider";
import { AuthError } from "../../src/core/auth/token-provider";

const config = { siteUrl: "https://havant.sharepoint.com/sites/datahub" };
const user = { loginHint: "sam@havant.gov.uk", userObjectId: "11111111-1111-4111-8111-111111111111", tenantId: "22222222-2222-4222-8222-222222222222" };
const account: AccountInfo = {
  homeAccountId: `${user.userObjectId}.${user.tenantId}`,
  environment: "login.microsoftonline.com",
  tenantId: user.tenantId,
  username: user.loginHint,
  localAccountId: user.userObjectId,
};
const result = (accessToken: string) => ({ accessToken, account }) as AuthenticationResult;

/** A fake of MSAL's nestable client, answering getAccount only for the filter given. */
function fakeNestable(cached: AccountInfo | null = account) {
  const client = {
    getAccount: jest.fn((filter: { localAccountId?: string; tenantId?: string; loginHint?: string }) =>
      cached && (filter.localAccountId === cached.localAccountId || filter.loginHint === cached.username) ? cached : null,
    ),
    acquireTokenSilent: jest.fn(async () => result("silent-token")),
    ssoSilent: jest.fn(async () => result("sso-token")),
    acquireTokenPopup: jest.fn(async () => result("popup-token")),
  };
  return client satisfies NestedAppClient;
}

async function failureOf(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error;
}

describe("teamsUser", () => {
  it("takes the login hint, object id and tenant from the Teams context", () => {
    const context = { user: { id: user.userObjectId, loginHint: user.loginHint, tenant: { id: user.tenantId } } } as app.Context;
    expect(teamsUser(context)).toEqual(user);
  });

  it("falls back to the user principal name as the hint, and copes with no user at all", () => {
    expect(teamsUser({ user: { id: "x", userPrincipalName: "upn@havant.gov.uk" } } as app.Context)).toEqual({ userObjectId: "x", loginHint: "upn@havant.gov.uk" });
    expect(teamsUser({} as app.Context)).toEqual({});
  });
});

describe("TeamsTokenProvider (nested app authentication)", () => {
  it("finds the account Teams names by object id and tenant, and gets the token silently", async () => {
    const msal = fakeNestable();
    const tokens = new TeamsTokenProvider(msal, config, user);
    await expect(tokens.getToken("graph")).resolves.toBe("silent-token");
    expect(msal.getAccount).toHaveBeenCalledWith({ localAccountId: user.userObjectId, tenantId: user.tenantId });
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ["User.Read", "User.ReadBasic.All", "ChannelMessage.Send", "TeamsActivity.Send"], account });
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("with no cached account, signs in silently with the Teams login hint before anything else", async () => {
    const msal = fakeNestable(null);
    const tokens = new TeamsTokenProvider(msal, config, user);
    await expect(tokens.getToken("sharepoint")).resolves.toBe("sso-token");
    expect(msal.ssoSilent).toHaveBeenCalledWith({ scopes: ["https://havant.sharepoint.com/AllSites.Write"], loginHint: user.loginHint });
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("never uses a cached account of someone other than the Teams user", async () => {
    const someoneElse = { ...account, localAccountId: "33333333-3333-4333-8333-333333333333", username: "alex@havant.gov.uk" };
    const msal = fakeNestable(someoneElse);
    await new TeamsTokenProvider(msal, config, user).getToken("graph");
    expect(msal.acquireTokenSilent).not.toHaveBeenCalled();
    expect(msal.ssoSilent).toHaveBeenCalled();
  });

  it("turns interaction required into AuthError and never opens a popup from getToken", async () => {
    const msal = fakeNestable();
    msal.acquireTokenSilent.mockRejectedValue(new InteractionRequiredAuthError("consent_required", "correlation"));
    const tokens = new TeamsTokenProvider(msal, config, user);
    expect((await failureOf(tokens.getToken("powerbi"))).failure).toBe("interaction-required");
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("opens the popup from signIn, with the account and login hint", async () => {
    const msal = fakeNestable();
    await new TeamsTokenProvider(msal, config, user).signIn("graph");
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ["User.Read", "User.ReadBasic.All", "ChannelMessage.Send", "TeamsActivity.Send"], account, loginHint: user.loginHint });
  });

  it.each([BrowserAuthErrorCodes.popupWindowError, BrowserAuthErrorCodes.emptyWindowError])("a blocked popup (%s) becomes popup-blocked", async (code) => {
    const msal = fakeNestable();
    msal.acquireTokenPopup.mockRejectedValue(new BrowserAuthError(code, "correlation"));
    expect((await failureOf(new TeamsTokenProvider(msal, config, user).signIn("graph"))).failure).toBe("popup-blocked");
  });

  it("MSAL's codes for a blocked popup are the ones we map", () => {
    expect([BrowserAuthErrorCodes.popupWindowError, BrowserAuthErrorCodes.emptyWindowError]).toEqual(["popup_window_error", "empty_window_error"]);
  });

  it("a popup the person closed (the Teams bridge's user_canceled) offers the button again", async () => {
    const msal = fakeNestable();
    msal.acquireTokenPopup.mockRejectedValue(new ClientAuthError("user_canceled", "correlation"));
    expect((await failureOf(new TeamsTokenProvider(msal, config, user).signIn("graph"))).failure).toBe("interaction-required");
  });

  it("a double click opens one popup", async () => {
    const msal = fakeNestable();
    const tokens = new TeamsTokenProvider(msal, config, user);
    await Promise.all([tokens.signIn("graph"), tokens.signIn("graph")]);
    expect(msal.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });
});
