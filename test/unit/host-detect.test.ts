import type { app } from "@microsoft/teams-js";
import { DEFAULT_TEAMS_TIMEOUT_MS, detectHost, type HostWindow, sharePointHost, type TeamsApp } from "../../src/hosts/detect";

// Stands in for teams-js and counts whether anything loaded it: loading it starts a CDN fetch.
const mockTeamsJs = { loads: 0 };
jest.mock("@microsoft/teams-js", () => {
  mockTeamsJs.loads++;
  return { app: { initialize: () => new Promise(() => undefined), getContext: async () => ({}) } };
});

const entra = { mode: "entra" as const };
const context = { app: { host: { name: "Teams" } }, user: { id: "oid", loginHint: "sam@havant.gov.uk" } } as unknown as app.Context;

/** A top-level window: its own parent, nobody's popup (unless `extra` says otherwise). */
function topLevelWindow(extra: Partial<HostWindow> = {}): HostWindow {
  const win: HostWindow = { parent: undefined, opener: null, ...extra };
  win.parent = win;
  return win;
}
const framedWindow = (): HostWindow => ({ parent: {}, opener: null });

function fakeTeams(initialize: () => Promise<void>) {
  const order: string[] = [];
  const teams: TeamsApp = {
    initialize: jest.fn(async () => {
      await initialize();
      order.push("initialize");
    }),
    getContext: jest.fn(async () => {
      order.push("getContext");
      return context;
    }),
  };
  return { teams, order, load: jest.fn(async () => teams) };
}

afterEach(() => {
  jest.useRealTimers();
  mockTeamsJs.loads = 0;
});

describe("detectHost", () => {
  it("is local in local mode, without looking for Teams", async () => {
    const teams = fakeTeams(async () => undefined);
    await expect(detectHost({ mode: "local" }, framedWindow(), { loadTeams: teams.load })).resolves.toEqual({ kind: "local" });
    expect(teams.load).not.toHaveBeenCalled();
  });

  it("is a plain browser at once when the page is not framed, and never loads teams-js", async () => {
    const started = Date.now();
    await expect(detectHost(entra, topLevelWindow())).resolves.toEqual({ kind: "browser" });
    expect(Date.now() - started).toBeLessThan(100);
    expect(mockTeamsJs.loads).toBe(0);
  });

  it("is Teams when framed and Teams answers, reading the context only after initialize", async () => {
    const teams = fakeTeams(async () => undefined);
    await expect(detectHost(entra, framedWindow(), { loadTeams: teams.load })).resolves.toEqual({ kind: "teams", context });
    expect(teams.order).toEqual(["initialize", "getContext"]);
  });

  it("is a plain browser after the timeout when framed by something that is not Teams", async () => {
    jest.useFakeTimers();
    const teams = fakeTeams(() => new Promise(() => undefined)); // never settles, as in a non-Teams iframe
    let host: unknown;
    void detectHost(entra, framedWindow(), { loadTeams: teams.load }).then((h) => (host = h));
    await jest.advanceTimersByTimeAsync(DEFAULT_TEAMS_TIMEOUT_MS - 1);
    expect(host).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(host).toEqual({ kind: "browser" });
    expect(teams.teams.getContext).not.toHaveBeenCalled();
  });

  it("times only Teams's answer, not loading teams-js: a slow load on a busy machine is still Teams", async () => {
    jest.useFakeTimers();
    const teams = fakeTeams(async () => undefined);
    const slowLoad = jest.fn(() => new Promise<TeamsApp>((resolve) => setTimeout(() => resolve(teams.teams), DEFAULT_TEAMS_TIMEOUT_MS * 2)));
    let host: unknown;
    void detectHost(entra, framedWindow(), { loadTeams: slowLoad }).then((h) => (host = h));
    await jest.advanceTimersByTimeAsync(DEFAULT_TEAMS_TIMEOUT_MS * 2);
    expect(host).toEqual({ kind: "teams", context });
  });

  it("honours a shorter timeout, with real timers and the real (mocked) teams-js import", async () => {
    const started = Date.now();
    await expect(detectHost(entra, framedWindow(), { teamsTimeoutMs: 20 })).resolves.toEqual({ kind: "browser" });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(mockTeamsJs.loads).toBe(1);
  });

  it("is a plain browser when initialize rejects", async () => {
    const teams = fakeTeams(async () => {
      throw new Error("Initialization Failed. No Parent window found.");
    });
    await expect(detectHost(entra, framedWindow(), { loadTeams: teams.load })).resolves.toEqual({ kind: "browser" });
  });

  it("is a plain browser when teams-js cannot even be loaded (offline)", async () => {
    const load = jest.fn(async (): Promise<TeamsApp> => {
      throw new TypeError("Failed to fetch dynamically imported module");
    });
    await expect(detectHost(entra, framedWindow(), { loadTeams: load })).resolves.toEqual({ kind: "browser" });
  });

  it.each([
    ["opened as a window by Teams", topLevelWindow({ opener: {} })],
    ["embedded natively by Teams mobile", topLevelWindow({ nativeInterface: {} })],
  ])("asks Teams when %s", async (_, win) => {
    const teams = fakeTeams(async () => undefined);
    await expect(detectHost(entra, win, { loadTeams: teams.load })).resolves.toMatchObject({ kind: "teams" });
  });
});

describe("sharePointHost", () => {
  it("is SharePoint with the web part's token factory, which the web part passes in", () => {
    const factory = { getTokenProvider: jest.fn() };
    expect(sharePointHost(factory)).toEqual({ kind: "sharepoint", aadTokenProviderFactory: factory });
  });
});
