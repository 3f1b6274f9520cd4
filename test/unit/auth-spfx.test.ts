import { jwtExpiryMs } from "../../src/core/auth/jwt";
import { type AadTokenProviderFactoryLike, SpfxTokenProvider } from "../../src/core/auth/spfx-token-provider";
import { AuthError, RENEW_BEFORE_EXPIRY_MS } from "../../src/core/auth/token-provider";

const config = { siteUrl: "https://havant.sharepoint.com/sites/datahub", graphOrigin: "https://graph.microsoft.com" };
const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);

/** An unsigned JWT with the given expiry; SPFx's tokens are JWTs, and only `exp` is read. */
function jwt(expSeconds: number, audience = "aud"): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none" })}.${part({ aud: audience, exp: expSeconds })}.`;
}

/** A fake of SPFx's AadTokenProviderFactory recording each getToken(resource, useCachedToken). */
function fakeSpfx(token: (resource: string, useCachedToken?: boolean) => string) {
  const calls: [string, boolean | undefined][] = [];
  const factory = {
    getTokenProvider: jest.fn(async () => ({
      getToken: async (resource: string, useCachedToken?: boolean) => {
        calls.push([resource, useCachedToken]);
        return token(resource, useCachedToken);
      },
    })),
  };
  return { factory: factory satisfies AadTokenProviderFactoryLike, calls };
}

const freshFor = (resource: string) => jwt(NOW / 1000 + 3600, resource);

describe("SpfxTokenProvider", () => {
  it("asks SPFx for Graph, the site's origin and Power BI by their resource URIs", async () => {
    const spfx = fakeSpfx(freshFor);
    const tokens = new SpfxTokenProvider(spfx.factory, config, () => NOW);
    await tokens.getToken("graph");
    await tokens.getToken("sharepoint");
    await tokens.getToken("powerbi");
    expect(spfx.calls).toEqual([
      ["https://graph.microsoft.com", true],
      ["https://havant.sharepoint.com", true],
      ["https://analysis.windows.net/powerbi/api", true],
    ]);
    expect(spfx.factory.getTokenProvider).toHaveBeenCalledTimes(1);
  });

  it("uses SPFx's cached token while it has more than the renewal window left", async () => {
    const spfx = fakeSpfx(freshFor);
    const token = await new SpfxTokenProvider(spfx.factory, config, () => NOW).getToken("graph");
    expect(jwtExpiryMs(token)).toBe(NOW + 3600 * 1000);
    expect(spfx.calls).toHaveLength(1);
  });

  it("asks past SPFx's cache when its token would lapse within the renewal window", async () => {
    const nearlyExpired = jwt((NOW + RENEW_BEFORE_EXPIRY_MS - 1000) / 1000);
    const renewed = jwt((NOW + 3_600_000) / 1000);
    const spfx = fakeSpfx((_, useCachedToken) => (useCachedToken ? nearlyExpired : renewed));
    await expect(new SpfxTokenProvider(spfx.factory, config, () => NOW).getToken("sharepoint")).resolves.toBe(renewed);
    expect(spfx.calls).toEqual([
      ["https://havant.sharepoint.com", true],
      ["https://havant.sharepoint.com", false],
    ]);
  });

  it("trusts SPFx with a token it cannot read", async () => {
    const spfx = fakeSpfx(() => "opaque-token");
    await expect(new SpfxTokenProvider(spfx.factory, config, () => NOW).getToken("graph")).resolves.toBe("opaque-token");
    expect(spfx.calls).toHaveLength(1);
  });

  it("explains an API access request nobody has approved yet", async () => {
    const spfx = fakeSpfx(() => {
      throw new Error("AADSTS65001: The user or administrator has not consented to use the application");
    });
    const error = await new SpfxTokenProvider(spfx.factory, config, () => NOW).getToken("powerbi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).failure).toBe("interaction-required");
  });

  it("tries SPFx's token provider again after it failed once", async () => {
    const spfx = fakeSpfx(freshFor);
    spfx.factory.getTokenProvider.mockRejectedValueOnce(new Error("not ready"));
    const tokens = new SpfxTokenProvider(spfx.factory, config, () => NOW);
    await expect(tokens.getToken("graph")).rejects.toThrow("not ready");
    await expect(tokens.getToken("graph")).resolves.toBe(freshFor("https://graph.microsoft.com"));
  });
});
