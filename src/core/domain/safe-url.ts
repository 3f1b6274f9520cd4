/**
 * Links that come from list content (anyone with write access can type them) become links only if
 * their scheme is on an allow-list: https, and for meeting links only Teams' own meeting host.
 * Anything else (`javascript:`, `data:`, `  JAVASCRIPT:…`, a relative path) is shown as text.
 */
const TEAMS_MEETING_HOSTS = new Set(["teams.microsoft.com", "teams.live.com"]);

export interface LinkPolicy {
  /** Only a Teams meeting (https on Teams' own host) is accepted. */
  teamsMeeting?: boolean;
}

/** The URL to link to, or null when the text must be shown as text instead. */
export function safeLinkUrl(raw: string | null | undefined, policy: LinkPolicy = {}): string | null {
  const text = (raw ?? "").trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  if (policy.teamsMeeting && !TEAMS_MEETING_HOSTS.has(url.hostname.toLowerCase())) return null;
  return url.href;
}
