/**
 * Whether an error is the network failing (offline, connection dropped), as each browser's fetch and
 * Node's say it. A TypeError from our own code is a bug, not "offline": only these messages count.
 */
export function isNetworkFailure(error: unknown): boolean {
  const message = String((error as { message?: unknown })?.message ?? "");
  return /fetch failed|failed to fetch|networkerror|network request failed|load failed|ECONNRESET|socket hang up/i.test(message);
}
