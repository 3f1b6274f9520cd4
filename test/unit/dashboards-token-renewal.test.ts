import { jwtExpiryMs } from "../../src/core/auth/jwt";
import { AuthError, RENEW_BEFORE_EXPIRY_MS } from "../../src/core/auth/token-provider";
import {
  EXPIRY_MARGIN_MS,
  nextCheckDelay,
  RENEWAL_POLL_MS,
  RENEWAL_SLACK_MS,
  RETRY_DELAYS_MS,
  startTokenRenewal,
  type TokenRenewalOptions,
} from "../../src/modules/dashboards/domain/token-renewal";

const T0 = Date.UTC(2026, 10, 25, 8, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** An Entra-shaped access token (a JWT) expiring at `expMs`. */
const jwt = (expMs: number, n = 0) => `${b64url({ alg: "RS256", typ: "JWT" })}.${b64url({ aud: "https://analysis.windows.net/powerbi/api", exp: Math.floor(expMs / 1000), n })}.signature`;

/**
 * A token provider as every host's behaves: the cached token until it is within
 * RENEW_BEFORE_EXPIRY_MS of expiry, then a new one-hour token.
 */
function cachingProvider(first: string, firstExp: number) {
  let current = { token: first, exp: firstExp };
  let issued = 0;
  return {
    calls: [] as number[],
    getToken: jest.fn(async function (this: void) {
      const now = Date.now();
      if (now >= current.exp - RENEW_BEFORE_EXPIRY_MS) {
        issued++;
        current = { token: jwt(now + HOUR, issued), exp: now + HOUR };
      }
      return current.token;
    }),
    get current() {
      return current;
    },
  };
}

function harness(overrides: Partial<TokenRenewalOptions> & Pick<TokenRenewalOptions, "initialToken" | "getToken">) {
  const applied: { token: string; at: number }[] = [];
  const failures: { error: AuthError; at: number }[] = [];
  const renewal = startTokenRenewal({
    apply: jest.fn(async (token: string) => {
      applied.push({ token, at: Date.now() });
    }),
    onFailure: (error) => failures.push({ error, at: Date.now() }),
    ...overrides,
  });
  return { renewal, applied, failures };
}

beforeEach(() => {
  jest.useFakeTimers({ now: T0 });
});
afterEach(() => {
  jest.useRealTimers();
});

describe("the Power BI token renewal schedule", () => {
  it("hands a new token to the report before the old one expires, and not before the provider can have one", async () => {
    const exp = T0 + HOUR;
    const provider = cachingProvider(jwt(exp), exp);
    const { applied, failures } = harness({ initialToken: provider.current.token, getToken: provider.getToken });

    await jest.advanceTimersByTimeAsync(HOUR - RENEW_BEFORE_EXPIRY_MS - 1_000);
    expect(applied).toHaveLength(0);

    await jest.advanceTimersByTimeAsync(RENEWAL_SLACK_MS + 2_000);
    expect(applied).toHaveLength(1);
    expect(applied[0]!.token).toBe(provider.current.token);
    expect(applied[0]!.at).toBeLessThan(exp - 4 * MIN);
    expect(failures).toEqual([]);
  });

  it("keeps a dashboard open all day working: eight hourly tokens, each reaching the report before the last expires", async () => {
    const exp = T0 + HOUR;
    const provider = cachingProvider(jwt(exp), exp);
    const { applied, failures } = harness({ initialToken: provider.current.token, getToken: provider.getToken });
    let previousExpiry = exp;
    await jest.advanceTimersByTimeAsync(8 * HOUR + MIN);
    expect(applied).toHaveLength(8);
    for (const { token, at } of applied) {
      expect(at).toBeLessThan(previousExpiry - EXPIRY_MARGIN_MS);
      previousExpiry = jwtExpiryMs(token)!;
    }
    expect(failures).toEqual([]);
    // A cache hit costs nothing, but the schedule still asks at most once per five minutes between renewals.
    expect(provider.getToken.mock.calls.length).toBeLessThanOrEqual(8 * 12 + 8);
  });

  it("retries a failed renewal with back-off and recovers without bothering the person", async () => {
    const exp = T0 + HOUR;
    const provider = cachingProvider(jwt(exp), exp);
    let failuresLeft = 2;
    const calls: number[] = [];
    const getToken = jest.fn(async () => {
      calls.push(Date.now());
      if (Date.now() >= exp - RENEW_BEFORE_EXPIRY_MS && failuresLeft-- > 0) throw new TypeError("Failed to fetch");
      return provider.getToken();
    });
    const { applied, failures } = harness({ initialToken: provider.current.token, getToken });
    await jest.advanceTimersByTimeAsync(HOUR - RENEW_BEFORE_EXPIRY_MS + RENEWAL_SLACK_MS + RETRY_DELAYS_MS[0] + RETRY_DELAYS_MS[1] + 1_000);
    const [first, second, third] = calls.filter((at) => at >= exp - RENEW_BEFORE_EXPIRY_MS);
    // The first attempt inside the provider's window, then retries after 5 s and a further 15 s.
    expect(first).toBeLessThanOrEqual(exp - RENEW_BEFORE_EXPIRY_MS + RENEWAL_SLACK_MS);
    expect([second! - first!, third! - second!]).toEqual([RETRY_DELAYS_MS[0], RETRY_DELAYS_MS[1]]);
    expect(applied).toHaveLength(1);
    expect(failures).toEqual([]);
  });

  it("when renewal keeps failing, shows the sign-in state before the token lapses instead of leaving a dead report", async () => {
    const exp = T0 + HOUR;
    const getToken = jest.fn(async () => {
      if (Date.now() >= exp - RENEW_BEFORE_EXPIRY_MS) throw new TypeError("Failed to fetch");
      return jwt(exp);
    });
    const { applied, failures, renewal } = harness({ initialToken: jwt(exp), getToken });
    await jest.advanceTimersByTimeAsync(HOUR);
    expect(applied).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.error).toBeInstanceOf(AuthError);
    expect(failures[0]!.error.failure).toBe("interaction-required");
    expect(failures[0]!.error.cause).toBeInstanceOf(TypeError);
    expect(failures[0]!.at).toBeLessThanOrEqual(exp - EXPIRY_MARGIN_MS);
    expect(failures[0]!.at).toBeGreaterThan(exp - RENEW_BEFORE_EXPIRY_MS);
    expect(renewal.stopped).toBe(true);
    const callsAtFailure = getToken.mock.calls.length;
    await jest.advanceTimersByTimeAsync(HOUR);
    expect(getToken.mock.calls.length).toBe(callsAtFailure);
  });

  it("stops at once when only the person can help (sign-in or consent), keeping Entra's error", async () => {
    const exp = T0 + HOUR;
    const consent = new AuthError("interaction-required", "Sign in to Microsoft 365 to continue.", { errorCode: "consent_required" });
    const getToken = jest.fn(async () => {
      if (Date.now() >= exp - RENEW_BEFORE_EXPIRY_MS) throw consent;
      return jwt(exp);
    });
    const { failures } = harness({ initialToken: jwt(exp), getToken });
    await jest.advanceTimersByTimeAsync(HOUR - RENEW_BEFORE_EXPIRY_MS + RENEWAL_SLACK_MS + 1);
    expect(failures.map((f) => f.error)).toEqual([consent]);
    // On the first ask inside the renewal window: no retries.
    expect(failures[0]!.at).toBeGreaterThanOrEqual(exp - RENEW_BEFORE_EXPIRY_MS);
    expect(failures[0]!.at).toBeLessThanOrEqual(exp - RENEW_BEFORE_EXPIRY_MS + RENEWAL_SLACK_MS);
    expect(jest.getTimerCount()).toBe(0);
    const asked = getToken.mock.calls.length;
    await jest.advanceTimersByTimeAsync(HOUR);
    expect(getToken.mock.calls.length).toBe(asked);
  });

  it("treats a report that refused the new token (setAccessToken failed) as a failure to retry", async () => {
    const exp = T0 + HOUR;
    const provider = cachingProvider(jwt(exp), exp);
    let refusals = 1;
    const apply = jest.fn(async () => {
      if (refusals-- > 0) throw { statusCode: 403, body: { message: "TokenExpired" } };
    });
    const { failures } = harness({ initialToken: provider.current.token, getToken: provider.getToken, apply });
    await jest.advanceTimersByTimeAsync(HOUR - RENEW_BEFORE_EXPIRY_MS + RENEWAL_SLACK_MS + RETRY_DELAYS_MS[0] + 1);
    expect(apply).toHaveBeenCalledTimes(2);
    expect(failures).toEqual([]);
  });

  it("asks every minute for a token whose expiry it cannot read (local mode), and hands over a new one", async () => {
    let token = "manager.1764057600.sig";
    const getToken = jest.fn(async () => token);
    const { applied, renewal } = harness({ initialToken: token, getToken });
    await jest.advanceTimersByTimeAsync(RENEWAL_POLL_MS * 3);
    expect(getToken).toHaveBeenCalledTimes(3);
    expect(applied).toEqual([]);
    token = "manager.1764061200.sig";
    await jest.advanceTimersByTimeAsync(RENEWAL_POLL_MS);
    expect(applied.map((a) => a.token)).toEqual([token]);
    expect(renewal.renewals).toBe(1);
  });

  it("gives up on an unreadable-expiry token after the retries run out", async () => {
    const getToken = jest.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const { failures } = harness({ initialToken: "opaque", getToken });
    await jest.advanceTimersByTimeAsync(RENEWAL_POLL_MS + RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) - 1);
    expect(failures).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(RETRY_DELAYS_MS.at(-1)! + 1);
    expect(failures).toHaveLength(1);
    expect(getToken).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
  });

  it("when the report says its token expired, renews at once, or shows sign-in if no new token comes silently", async () => {
    const provider = { token: "opaque-1" };
    const first = harness({ initialToken: "opaque-1", getToken: async () => provider.token });
    provider.token = "opaque-2";
    await first.renewal.checkNow("report-expired");
    expect(first.applied.map((a) => a.token)).toEqual(["opaque-2"]);
    expect(first.failures).toEqual([]);

    const second = harness({ initialToken: "opaque-1", getToken: async () => "opaque-1" });
    await second.renewal.checkNow("report-expired");
    expect(second.applied).toEqual([]);
    expect(second.failures).toHaveLength(1);
    expect(second.failures[0]!.error.failure).toBe("interaction-required");
  });

  it("stop() cancels everything: a closed dashboard asks for nothing", async () => {
    const getToken = jest.fn(async () => "opaque");
    const { renewal } = harness({ initialToken: "opaque", getToken });
    renewal.stop();
    expect(jest.getTimerCount()).toBe(0);
    await jest.advanceTimersByTimeAsync(HOUR);
    expect(getToken).not.toHaveBeenCalled();
  });
});

describe("when to ask", () => {
  it("asks just after the provider's renewal window opens, never sleeping more than five minutes", () => {
    expect(nextCheckDelay(T0 + 6 * MIN, T0)).toBe(MIN + RENEWAL_SLACK_MS);
    expect(nextCheckDelay(T0 + HOUR, T0)).toBe(5 * MIN);
    expect(nextCheckDelay(T0 + MIN, T0)).toBe(1_000);
    expect(nextCheckDelay(undefined, T0)).toBe(RENEWAL_POLL_MS);
  });

  it("reads a JWT's exp, and nothing from tokens that are not JWTs", () => {
    expect(jwtExpiryMs(jwt(T0 + HOUR))).toBe(T0 + HOUR);
    expect(jwtExpiryMs("manager.1764057600.sig")).toBeUndefined();
    expect(jwtExpiryMs("not-a-token")).toBeUndefined();
  });
});
