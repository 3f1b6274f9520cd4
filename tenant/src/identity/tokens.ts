import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { PERSONA_IDS, type PersonaId } from "./personas";

export const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * Local sign-in tokens: `<persona>.<expiry>.<hmac>`. Signed with a secret kept in the tenant's
 * database, so tokens survive a restart of the same data directory and cannot be forged by hand.
 */
export class TokenIssuer {
  constructor(private readonly secret: string) {}

  static newSecret(): string {
    return randomBytes(32).toString("hex");
  }

  issue(persona: PersonaId, lifetimeSeconds = TOKEN_LIFETIME_SECONDS): { access_token: string; expires_in: number; token_type: "Bearer" } {
    const expiry = Math.floor(Date.now() / 1000) + lifetimeSeconds;
    const payload = `${persona}.${expiry}`;
    return { access_token: `${payload}.${this.sign(payload)}`, expires_in: lifetimeSeconds, token_type: "Bearer" };
  }

  /** The persona a bearer token stands for, or why it is refused. */
  verify(authorization: string | undefined): { persona: PersonaId } | { error: "missing" | "invalid" | "expired" } {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!match) return { error: "missing" };
    const parts = match[1]!.split(".");
    if (parts.length !== 3) return { error: "invalid" };
    const [persona, expiry, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.sign(`${persona}.${expiry}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { error: "invalid" };
    // Claims are checked for their type, not only their signature: an expiry that is not a plain
    // number of seconds (or lies further ahead than a token lives) would otherwise never expire.
    if (!PERSONA_IDS.includes(persona as PersonaId)) return { error: "invalid" };
    if (!/^\d{1,12}$/.test(expiry)) return { error: "invalid" };
    const expiresAt = Number(expiry) * 1000;
    if (expiresAt > Date.now() + (TOKEN_LIFETIME_SECONDS + 60) * 1000) return { error: "invalid" };
    if (expiresAt < Date.now()) return { error: "expired" };
    return { persona: persona as PersonaId };
  }

  private sign(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest("base64url");
  }
}
