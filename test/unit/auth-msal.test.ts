import { type AccountInfo, type AuthenticationResult, BrowserAuthError, InteractionRequiredAuthError, ServerError } from "@azure/msal-browser";
import { type MsalBrowserClient, MsalTokenProvider } from "../../src/core/auth/msal-token-provider";
import { AuthError } from "../../src/core/auth/token-provider";

const config = { siteUrl: "https://havant.sharepoint.com/sites/datahub" };
const account: AccountInfo = { homeAccountId: "oid.tid", environment: "login.microsoftonline.com", tenantId: "tid", username: "sam@havant.gov.uk", localAccountId: "oid" };
const result = (accessToken: string, forAccount = account) => ({ accessToken, account: forAccount }) as AuthenticationResult;

/** A fake of MSAL's public client: only the calls MsalTokenProvider makes, plus the ones it must never make. */
function fakeMsal(accounts: AccountInfo[] = [account]) {
  let active: AccountInfo | null = null;
  const client = {
    handleRedirectPromise: jest.fn(async () => null as AuthenticationResult | null),
    getActiveAccount: jest.fn(() => active),
    getAllAccounts: jest.fn(() => accounts),
    setActiveAccount: jest.fn((a: AccountInfo | null) => void (active = a)),
    acquireTokenSilent: jest.fn(async () => result("token-from-cache")),
    acquireTokenRedirect: jest.fn(async () => undefined),
    acquireTokenPopup: jest.fn(),
    loginRedirect: jest.fn(),
    loginPopup: jest.fn(),
  };
  return client satisfies MsalBrowserClient;
}

async function failureOf(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error;
}

describe("MsalTokenProvider (plain browser)", () => {
  it("gives the cached sign-in's token silently, bare (the clients add Bearer)", async () => {
    const msal = fakeMsal();
    const tokens = await new MsalTokenProvider(msal, config).start();
    await expect(tokens.getToken("sharepoint")).resolves.toBe("token-from-cache");
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ["https://havant.sharepoint.com/AllSites.Write"], account });
  });

  it("turns MSAL's InteractionRequiredAuthError into interaction-required and opens nothing", async () => {
    const msal = fakeMsal();
    msal.acquireTokenSilent.mockRejectedValue(new InteractionRequiredAuthError("login_required", "correlation"));
    const tokens = await new MsalTokenProvider(msal, config).start();
    expect((await failureOf(tokens.getToken("graph"))).failure).toBe("interaction-required");
    for (const interactive of [msal.acquireTokenRedirect, msal.acquireTokenPopup, msal.loginRedirect, msal.loginPopup]) expect(interactive).not.toHaveBeenCalled();
  });

  it("says interaction-required when nobody has signed in, without asking MSAL", async () => {
    const msal = fakeMsal([]);
    const tokens = await new MsalTokenProvider(msal, config).start();
    expect((await failureOf(tokens.getToken("graph"))).failure).toBe("interaction-required");
    expect(msal.acquireTokenSilent).not.toHaveBeenCalled();
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it.each(["post_request_failed", "no_network_connectivity", "get_request_failed"])("maps the network failure %s to unavailable", async (code) => {
    const msal = fakeMsal();
    msal.acquireTokenSilent.mockRejectedValue(new BrowserAuthError(code, "correlation"));
    const tokens = await new MsalTokenProvider(msal, config).start();
    expect((await failureOf(tokens.getToken("graph"))).failure).toBe("unavailable");
  });

  it("passes a misconfiguration on unchanged, so its own message is logged", async () => {
    const msal = fakeMsal();
    const misconfigured = new ServerError("invalid_client", "correlation", "AADSTS700016: Application not found");
    msal.acquireTokenSilent.mockRejectedValue(misconfigured);
    const tokens = await new MsalTokenProvider(msal, config).start();
    await expect(tokens.getToken("graph")).rejects.toBe(misconfigured);
  });

  it("completes a sign-in returning from Entra and makes its account the active one", async () => {
    const returning: AccountInfo = { ...account, homeAccountId: "other.tid", localAccountId: "other", username: "alex@havant.gov.uk" };
    const msal = fakeMsal([account, returning]);
    msal.handleRedirectPromise.mockResolvedValue(result("fresh", returning));
    const tokens = await new MsalTokenProvider(msal, config).start();
    await tokens.getToken("graph");
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith(expect.objectContaining({ account: returning }));
  });

  it("still starts when the returning redirect failed, keeping the reason for the sign-in screen", async () => {
    const msal = fakeMsal([]);
    msal.handleRedirectPromise.mockRejectedValue(new InteractionRequiredAuthError("consent_required", "correlation"));
    const tokens = await new MsalTokenProvider(msal, config).start();
    expect(tokens.redirectError?.failure).toBe("interaction-required");
  });

  it("shares one silent request between callers asking at the same moment", async () => {
    const msal = fakeMsal();
    const tokens = await new MsalTokenProvider(msal, config).start();
    await Promise.all([tokens.getToken("graph"), tokens.getToken("graph"), tokens.getToken("graph")]);
    expect(msal.acquireTokenSilent).toHaveBeenCalledTimes(1);
    await tokens.getToken("graph");
    expect(msal.acquireTokenSilent).toHaveBeenCalledTimes(2); // nothing kept: MSAL's cache is the only cache
  });

  it("signs in by redirect, for the resource's scopes, only when signIn is called", async () => {
    const msal = fakeMsal([]);
    const tokens = await new MsalTokenProvider(msal, config).start();
    await tokens.signIn("powerbi");
    expect(msal.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: ["https://analysis.windows.net/powerbi/api/Report.Read.All"] });
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
  });
});
