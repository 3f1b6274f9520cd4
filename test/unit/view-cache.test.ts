import { principlesList } from "../../manifest/principles";
import { SITE_LISTS } from "../../manifest/site";
import { cachedLoadTransition, type CachedLoad, type CachedLoadEvent } from "../../src/core/domain/cached-load";
import { updatedAgo } from "../../src/core/domain/format";
import { cacheKeyFor, isRestrictedList, type ViewCache, viewCacheOnceBound } from "../../src/core/data/view-cache";
import { actionsList } from "../../src/modules/actions/lists";

function run<T>(...events: CachedLoadEvent<T>[]): CachedLoad<T> {
  return events.reduce<CachedLoad<T>>((state, event) => cachedLoadTransition(state, event), { status: "loading" });
}

describe("a cached screen's load", () => {
  it("shows the cached answer while it reads, marked as not yet confirmed", () => {
    expect(run({ type: "start" }, { type: "cached", value: "old", savedAt: 1_000 })).toEqual({ status: "ready", value: "old", source: "cache", savedAt: 1_000, refreshing: true });
  });

  it("replaces the cached answer with the fresh one, and never the other way round", () => {
    const fresh = run({ type: "start" }, { type: "cached", value: "old", savedAt: 1_000 }, { type: "fresh", value: "new", at: 2_000 });
    expect(fresh).toEqual({ status: "ready", value: "new", source: "fresh", savedAt: 2_000, refreshing: false });
    // The cache answering after SharePoint (a slow disk) changes nothing.
    expect(run({ type: "start" }, { type: "fresh", value: "new", at: 2_000 }, { type: "cached", value: "old", savedAt: 1_000 })).toEqual(fresh);
  });

  it("keeps what was shown when the refresh fails, and says when it was saved", () => {
    const error = new Error("503");
    expect(run({ type: "start" }, { type: "cached", value: "old", savedAt: 1_000 }, { type: "failed", error })).toEqual({
      status: "ready",
      value: "old",
      source: "cache",
      savedAt: 1_000,
      refreshing: false,
      refreshError: error,
    });
  });

  it("is an error when nothing was cached and the read fails", () => {
    const error = new Error("offline");
    expect(run({ type: "start" }, { type: "failed", error })).toEqual({ status: "error", error });
  });

  it("keeps the screen filled while a reload runs, and clears the last failure", () => {
    const failed = run({ type: "start" }, { type: "cached", value: "old", savedAt: 1_000 }, { type: "failed", error: new Error("x") });
    expect(cachedLoadTransition(failed, { type: "start" })).toEqual({ status: "ready", value: "old", source: "cache", savedAt: 1_000, refreshing: true, refreshError: undefined });
  });
});

describe("what may be cached", () => {
  it("caches screens over lists everyone may read", () => {
    expect(cacheKeyFor("home.principles", [principlesList, actionsList])).toBe("home.principles");
  });

  it("never caches a screen that reads a restricted list", () => {
    const restricted = SITE_LISTS.filter(isRestrictedList);
    expect(restricted.map((l) => l.title)).toEqual(expect.arrayContaining(["RestrictedDataAssets", "RestrictedDataAssetFlows"]));
    for (const list of restricted) expect(cacheKeyFor("a screen", [actionsList, list])).toBeUndefined();
  });
});

describe("how long ago a cached answer was saved", () => {
  const now = Date.UTC(2026, 11, 1, 9, 30);
  it.each([
    [now - 20_000, "a moment ago"],
    [now - 60_000, "1 minute ago"],
    [now - 59 * 60_000, "59 minutes ago"],
    [now - 2 * 3_600_000, "2 hours ago"],
    [Date.UTC(2026, 10, 28, 14, 5), "on 28/11/2026 at 14:05"],
  ])("%s reads as %s", (savedAt, words) => {
    expect(updatedAgo(savedAt, now)).toBe(words);
  });
});

describe("the cache before it is bound to the person", () => {
  it("answers no read and takes no write until the binding (another person's answers emptied) is done", async () => {
    const saved = new Map<string, unknown>([["home.principles", { value: "theirs", savedAt: 1 }]]);
    const bound: ViewCache = { read: async (key) => saved.get(key) as never, write: async (key, value) => void saved.set(key, { value, savedAt: 2 }) };
    let bind!: (cache: ViewCache) => void;
    const cache = viewCacheOnceBound(new Promise<ViewCache>((resolve) => (bind = resolve)));
    let answered = false;
    const read = cache.read("home.principles").then((answer) => ((answered = true), answer));
    const write = cache.write("home.stories", "mine");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(false);
    expect(saved.has("home.stories")).toBe(false);
    saved.clear();
    bind(bound);
    expect(await read).toBeUndefined();
    await write;
    expect(saved.get("home.stories")).toEqual({ value: "mine", savedAt: 2 });
  });
});
