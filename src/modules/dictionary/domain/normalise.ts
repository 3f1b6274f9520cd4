/**
 * One way of comparing words, shared by search, duplicate detection and usage counting, so that
 * "Anonymisation", "anonymisation " and "ANONYMISATION" are always the same thing.
 */

/** Lower case, accents removed, punctuation to spaces, spaces collapsed. */
export function normaliseText(text: string): string {
  // Curly quotes, dashes and non-breaking spaces are punctuation: turn them into spaces up front.
  const lower = text.toLowerCase().replace(/&/g, " and ").replace(/[\u00a0\u2010-\u2015\u2018-\u201f\u2026]/g, " ");
  // Most text is plain ASCII: skip Unicode decomposition and property classes, the slow part at 10,000 definitions.
  // eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: "only ASCII".
  if (!/[^\x00-\x7f]/.test(lower)) return lower.replace(/[^a-z0-9]+/g, " ").trim();
  return lower
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function tokens(text: string): string[] {
  const normal = normaliseText(text);
  return normal ? normal.split(" ") : [];
}

/**
 * Drops a plural "s" so "KPIs" meets "KPI" and "data standards" meets "data standard".
 * Deliberately crude: it only ever makes two names compare equal, never changes what is shown.
 */
export function singular(token: string): string {
  if (token.length > 4 && token.endsWith("ies")) return `${token.slice(0, -3)}y`;
  if (token.length > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us") && !token.endsWith("is")) return token.slice(0, -1);
  return token;
}

/** A name as a comparable key: normalised, plural-insensitive, with any "(visually)"-style aside removed. */
export function nameKey(name: string): string {
  return tokens(name.replace(/\([^)]*\)/g, " ")).map(singular).join(" ");
}

/** The same, ignoring word order: "quality data" and "data quality" share it. */
export function wordSetKey(name: string): string {
  return [...new Set(nameKey(name).split(" "))].sort().join(" ");
}
