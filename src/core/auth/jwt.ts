/**
 * Milliseconds-since-epoch expiry (`exp`) of a JWT access token, or undefined when it cannot be
 * read (then whoever issued it is trusted). No dependencies, so any chunk may use it cheaply.
 */
export function jwtExpiryMs(token: string): number | undefined {
  const parts = token.split(".");
  const payload = parts[1];
  if (!payload || parts.length !== 3) return undefined;
  try {
    const text = atob(payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "="));
    const exp = (JSON.parse(text) as { exp?: unknown }).exp;
    return typeof exp === "number" && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
