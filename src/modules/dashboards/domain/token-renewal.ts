import { AuthError, RENEW_BEFORE_EXPIRY_MS } from "../../../core/auth/token-provider";
import { jwtExpiryMs } from "../../../core/auth/jwt";

/**
 * Keeps an embedded report's Power BI token fresh, so a dashboard left open all day keeps working.
 *
 * Every TokenProvider answers getToken() from its cache and renews the token itself once it is
 * within RENEW_BEFORE_EXPIRY_MS of expiry (MSAL's tokenRenewalOffsetSeconds, SPFx's and local mode's
 * own checks). Asking earlier only returns the same token. So the schedule asks just after that
 * window opens (a known expiry) or once a minute (an expiry it cannot read), and hands any new
 * token to the report with report.setAccessToken(). Failures are retried with back-off until the
 * token is about to lapse; then, or at once when only the person can help (sign-in, consent), the
 * schedule stops and says so, and the UI shows the sign-in state instead of a report that has died.
 *
 * Pure logic over an injected clock: no React, no Power BI (test/unit/dashboards-token-renewal.test.ts).
 */

export interface RenewalClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: RenewalClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** An expiry we cannot read (local mode's tokens are not JWTs): ask this often. getToken is a cache hit. */
export const RENEWAL_POLL_MS = 60_000;
/** Never sleep longer than this: a laptop lid or a throttled background tab can stretch any timer. */
export const RENEWAL_MAX_WAIT_MS = 5 * 60_000;
/** Ask this long after the provider's renewal window opens, so its renewal has happened. */
export const RENEWAL_SLACK_MS = 10_000;
/** Waits before the 1st, 2nd, 3rd… retry after a failure. */
export const RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000] as const;
/** Give up this long before a known expiry: after it, the report itself would start failing. */
export const EXPIRY_MARGIN_MS = 30_000;

/** When to ask next for a token that was just handed over. */
export function nextCheckDelay(expiresAt: number | undefined, now: number): number {
  if (expiresAt === undefined) return RENEWAL_POLL_MS;
  const due = expiresAt - RENEW_BEFORE_EXPIRY_MS + RENEWAL_SLACK_MS - now;
  return Math.min(RENEWAL_MAX_WAIT_MS, Math.max(1_000, due));
}

/** The wait before retry number `failures` (1-based). */
export function retryDelay(failures: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(failures, 1), RETRY_DELAYS_MS.length) - 1]!;
}

/** A renewal failure as the sign-in state shows it: an AuthError, keeping the cause for the log. */
export function asSignInError(error: unknown): AuthError {
  return error instanceof AuthError ? error : new AuthError("interaction-required", "Your Power BI sign-in could not be renewed.", error);
}

export type CheckReason = "timer" | "visible" | "report-expired";

export interface TokenRenewalOptions {
  /** The token the report was embedded with. */
  initialToken: string;
  getToken(): Promise<string>;
  /** Hands a new token to the embedded report: report.setAccessToken(token). */
  apply(token: string): Promise<void>;
  /** The renewal has stopped for good; show the sign-in state. Called at most once. */
  onFailure(error: AuthError): void;
  /** A new token reached the report (count since the report opened). */
  onRenewed?(token: string, renewals: number): void;
  clock?: RenewalClock;
}

export interface TokenRenewal {
  /**
   * Checks at once: when the page becomes visible again ("visible"), or when the report says its
   * token expired ("report-expired": then the same token back means only the person can help).
   */
  checkNow(reason: Exclude<CheckReason, "timer">): Promise<void>;
  stop(): void;
  readonly renewals: number;
  readonly stopped: boolean;
}

export function startTokenRenewal(options: TokenRenewalOptions): TokenRenewal {
  const clock = options.clock ?? systemClock;
  let current = options.initialToken;
  let expiresAt = jwtExpiryMs(current);
  let failures = 0;
  let renewals = 0;
  let stopped = false;
  let timer: unknown;
  let running: Promise<void> | undefined;

  const clear = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (ms: number) => {
    clear();
    if (!stopped) timer = clock.setTimeout(() => void check("timer"), ms);
  };
  const stop = () => {
    stopped = true;
    clear();
  };

  const giveUp = (error: unknown) => {
    if (stopped) return;
    stop();
    options.onFailure(asSignInError(error));
  };

  const failed = (error: unknown) => {
    if (stopped) return;
    failures++;
    // Sign-in, consent or a missing licence: retrying silently cannot help, the person must act.
    if (error instanceof AuthError && error.failure !== "unavailable") return giveUp(error);
    if (expiresAt !== undefined) {
      const deadline = expiresAt - EXPIRY_MARGIN_MS;
      const now = clock.now();
      if (now >= deadline) return giveUp(error);
      return schedule(Math.min(retryDelay(failures), deadline - now));
    }
    if (failures > RETRY_DELAYS_MS.length) return giveUp(error);
    schedule(retryDelay(failures));
  };

  const run = async (reason: CheckReason) => {
    clear();
    let token: string;
    try {
      token = await options.getToken();
    } catch (error) {
      return failed(error);
    }
    if (stopped) return;
    if (token !== current) {
      try {
        await options.apply(token);
      } catch (error) {
        return failed(error);
      }
      if (stopped) return;
      current = token;
      expiresAt = jwtExpiryMs(token);
      failures = 0;
      renewals++;
      options.onRenewed?.(token, renewals);
      return schedule(nextCheckDelay(expiresAt, clock.now()));
    }
    if (reason === "report-expired") return giveUp(new AuthError("interaction-required", "The report's Power BI sign-in expired and could not be renewed silently."));
    // The provider should have renewed by now: count it as a failure, so it is retried and, near expiry, given up.
    if (expiresAt !== undefined && clock.now() >= expiresAt - RENEW_BEFORE_EXPIRY_MS + RENEWAL_SLACK_MS) return failed(new Error("The Power BI token was not renewed when due."));
    failures = 0;
    schedule(nextCheckDelay(expiresAt, clock.now()));
  };

  const check = (reason: CheckReason): Promise<void> => {
    if (stopped) return Promise.resolve();
    // One check at a time; a second asker waits for the one under way.
    running ??= run(reason).finally(() => {
      running = undefined;
    });
    return running;
  };

  schedule(nextCheckDelay(expiresAt, clock.now()));
  return {
    checkNow: (reason) => check(reason),
    stop,
    get renewals() {
      return renewals;
    },
    get stopped() {
      return stopped;
    },
  };
}
