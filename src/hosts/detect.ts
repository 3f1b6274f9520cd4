import type { app } from "@microsoft/teams-js";
import type { Config } from "../core/auth/config";
import type { AadTokenProviderFactoryLike } from "../core/auth/spfx-token-provider";

/** Where Data Hub is running, which decides how people sign in. */
export type Host =
  | { kind: "teams"; context: app.Context }
  | { kind: "sharepoint"; aadTokenProviderFactory: AadTokenProviderFactoryLike }
  | { kind: "local" }
  | { kind: "browser" };

/** The window properties detection reads; tests pass a plain object. */
export interface HostWindow {
  parent: unknown;
  opener: unknown;
  /** Teams mobile runs tabs unframed in a webview and talks through this object (teams-js checks it too). */
  nativeInterface?: unknown;
}

/** The two calls detection makes on teams-js's `app`. */
export interface TeamsApp {
  initialize(validMessageOrigins?: string[]): Promise<void>;
  getContext(): Promise<app.Context>;
}

export interface DetectHostOptions {
  /** How long to wait for Teams to answer app.initialize() inside a frame, once teams-js has loaded. */
  teamsTimeoutMs?: number;
  /** Loads teams-js; replaced in tests. */
  loadTeams?: () => Promise<TeamsApp>;
}

// Teams answers in well under a second on a good day; a slow laptop still busy parsing the app can
// take several. Too short a wait is worse than a long one: Teams taken for a plain browser signs in
// through a popup instead of silently (2 s lost that race on a loaded machine).
export const DEFAULT_TEAMS_TIMEOUT_MS = 5000;

// teams-js fetches its list of valid origins from a Microsoft CDN as soon as it is imported, so it
// is loaded only when there is a chance of Teams being there, in its own chunk.
const loadTeamsJs = async (): Promise<TeamsApp> => (await import("@microsoft/teams-js")).app;

/** A web part says so itself, with its SPFx context's token factory: nothing to sniff. */
export function sharePointHost(aadTokenProviderFactory: AadTokenProviderFactoryLike): Host {
  return { kind: "sharepoint", aadTokenProviderFactory };
}

/** Teams hosts the tab in an iframe (desktop, web), may open it as a window, or embeds it natively (mobile). */
export function mightBeInTeams(win: HostWindow): boolean {
  return win.parent !== win || Boolean(win.opener) || win.nativeInterface !== undefined;
}

/**
 * Finds the host for the tab and the standalone page (web parts use sharePointHost instead).
 * app.initialize() rejects quickly in a top-level window but never settles inside a frame that is
 * not Teams (toolchain.md), so it is skipped when unframed and timed out otherwise.
 */
export async function detectHost(config: Pick<Config, "mode">, win: HostWindow = window, options: DetectHostOptions = {}): Promise<Host> {
  if (config.mode === "local") return { kind: "local" };
  if (!mightBeInTeams(win)) return { kind: "browser" };
  const timeoutMs = options.teamsTimeoutMs ?? DEFAULT_TEAMS_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Loading teams-js is not timed: it is one of the app's own chunks, slow only when everything is,
    // and a failed load rejects (offline) rather than hangs. Only Teams's answer is waited for.
    const teams = await (options.loadTeams ?? loadTeamsJs)();
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    const answering = (async () => {
      await teams.initialize();
      // Read the context only after initialize: before it, teams-js has nothing to answer with.
      return teams.getContext();
    })();
    // A failure after the timeout has nothing left to decide; keep it from surfacing as unhandled.
    answering.catch(() => undefined);
    const answer = await Promise.race([answering, timedOut]);
    return answer === "timeout" ? { kind: "browser" } : { kind: "teams", context: answer };
  } catch {
    return { kind: "browser" };
  } finally {
    clearTimeout(timer);
  }
}
