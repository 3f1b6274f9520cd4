/** The three audiences Data Hub asks tokens for. */
export type Resource = "graph" | "sharepoint" | "powerbi";

/**
 * One seam for every host: Teams (nested app authentication), a plain browser (MSAL),
 * SharePoint (SPFx's token provider) and local mode (persona sign-in).
 */
export interface TokenProvider {
  /** A bearer token for the resource, renewed silently before it expires. */
  getToken(resource: Resource): Promise<string>;
  /**
   * Interactive sign-in or consent, after getToken failed with "interaction-required". Call it only
   * from a click: browsers block popups opened any other way. Absent where the host signs people in.
   */
  signIn?(resource: Resource): Promise<void>;
}

/** Why a token could not be had, in terms the UI can act on. */
export type AuthFailure =
  | "interaction-required" // consent or sign-in needed: show a button, the popup must come from a click
  | "popup-blocked"
  | "no-licence"
  | "unavailable"; // the identity service could not be reached

export class AuthError extends Error {
  constructor(
    readonly failure: AuthFailure,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "AuthError";
  }
}

/** Renew this long before expiry, so a request never leaves with a token about to lapse. */
export const RENEW_BEFORE_EXPIRY_MS = 5 * 60 * 1000;
