import { BrowserAuthErrorCodes, ClientAuthErrorCodes, InteractionRequiredAuthErrorCodes } from "@azure/msal-browser";
import { AuthError } from "./token-provider";

/** Codes after which only the person can help: sign in, consent, or pass a policy check. */
const INTERACTION_CODES = new Set<string>([
  ...Object.values(InteractionRequiredAuthErrorCodes),
  BrowserAuthErrorCodes.noAccountError,
  ClientAuthErrorCodes.noAccountFound,
  ClientAuthErrorCodes.noAccountInSilentRequest,
  // The person closed the popup or the Teams dialog: offer the button again.
  BrowserAuthErrorCodes.userCancelled,
  ClientAuthErrorCodes.userCanceled,
  // A silent iframe that never answered: typically third-party cookies are blocked, and an
  // interactive sign-in is MSAL's documented way out.
  BrowserAuthErrorCodes.timedOut,
]);

/** PopupClient.openPopup throws empty_window_error when window.open returns null and wraps it as popup_window_error. */
const POPUP_CODES = new Set<string>([BrowserAuthErrorCodes.popupWindowError, BrowserAuthErrorCodes.emptyWindowError]);

/** Entra could not be reached (FetchClient and the Teams bridge report these). */
const NETWORK_CODES = new Set<string>([
  BrowserAuthErrorCodes.noNetworkConnectivity,
  BrowserAuthErrorCodes.postRequestFailed,
  BrowserAuthErrorCodes.getRequestFailed,
  ClientAuthErrorCodes.networkError,
  ClientAuthErrorCodes.noNetworkConnectivity,
  ClientAuthErrorCodes.endpointResolutionError,
  // OAuth server errors that mean "try again later".
  "temporarily_unavailable",
  "server_error",
]);

/**
 * Turns an MSAL failure into our AuthError. Matched on `name` and `errorCode`, not `instanceof`,
 * so a second copy of MSAL in a bundle (a web part, a test) still maps. Anything else, such as a
 * misconfigured app registration, is returned unchanged so its own message reaches the log.
 */
export function fromMsalError(error: unknown): unknown {
  if (error instanceof AuthError) return error;
  const e = error as { name?: unknown; errorCode?: unknown; message?: unknown } | null;
  const code = typeof e?.errorCode === "string" ? e.errorCode : "";
  if (e?.name === "InteractionRequiredAuthError" || INTERACTION_CODES.has(code)) {
    return new AuthError("interaction-required", "Sign in to Microsoft 365 to continue.", error);
  }
  if (POPUP_CODES.has(code)) {
    return new AuthError("popup-blocked", "Your browser blocked the sign-in window. Allow pop-ups for this site and try again.", error);
  }
  if (NETWORK_CODES.has(code)) {
    return new AuthError("unavailable", "Microsoft sign-in could not be reached. Check your connection and try again.", error);
  }
  return error;
}
