import { AuthError, RENEW_BEFORE_EXPIRY_MS, type TokenProvider } from "./token-provider";

export type PersonaId = "staff" | "manager" | "asset-owner" | "data-lead" | "focus-group" | "councillor";

/**
 * Local mode's sign-in: asks the local tenant for a token for the chosen persona.
 * The same token serves Graph, SharePoint and Power BI there, as one origin serves them all.
 */
export class LocalTokenProvider implements TokenProvider {
  private cached: { token: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly origin: string,
    readonly persona: PersonaId,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  async getToken(): Promise<string> {
    if (this.cached && this.cached.expiresAt - RENEW_BEFORE_EXPIRY_MS > Date.now()) return this.cached.token;
    // Concurrent callers share one sign-in request.
    this.pending ??= this.requestPersonaToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forget the token (after a 401), so the next call signs in again. */
  invalidate(): void {
    this.cached = undefined;
  }

  private async requestPersonaToken(): Promise<string> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.origin}/_local/token`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ persona: this.persona }),
      });
    } catch (error) {
      throw new AuthError("unavailable", "The local tenant could not be reached. Is `npm start` running?", error);
    }
    if (!response.ok) throw new AuthError("interaction-required", `Local sign-in was refused (${response.status}).`);
    const body = (await response.json()) as { access_token: string; expires_in: number };
    this.cached = { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return body.access_token;
  }
}
