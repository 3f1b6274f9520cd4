import type { ListDeclaration } from "../../../manifest/schema";

/** A screen's last answer, as it was saved. */
export interface CachedView<T> {
  value: T;
  /** When the answer was saved (epoch ms). */
  savedAt: number;
}

/**
 * The last answer of each cached screen, for this person on this site, so a reopened tab shows its
 * last screen at once and refreshes behind it. Only what a screen chooses to cache is kept, and
 * never a restricted list's items (`cacheKeyFor`).
 */
export interface ViewCache {
  read<T>(key: string): Promise<CachedView<T> | undefined>;
  write<T>(key: string, value: T): Promise<void>;
}

/** The cache when the browser gives us no storage (a Teams frame with third-party storage blocked): every screen loads as before. */
export const NO_VIEW_CACHE: ViewCache = {
  read: () => Promise.resolve(undefined),
  write: () => Promise.resolve(),
};

/**
 * A list is restricted when its declaration limits who may read it (`permissions.read`): its items
 * must not outlive the session in the browser's storage, whoever signs in next.
 */
export function isRestrictedList(list: ListDeclaration): boolean {
  return list.permissions.read !== undefined;
}

/** The cache key for a screen reading these lists, or undefined (do not cache) if any of them is restricted. */
export function cacheKeyFor(key: string, lists: readonly ListDeclaration[]): string | undefined {
  return lists.some(isRestrictedList) ? undefined : key;
}

const DATABASE = "datahub-views";
const STORE = "views";
/** The record saying whose answers the store holds; a different person or site empties it first. */
const OWNER_KEY = "__owner";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(DATABASE, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error("The view cache is held open by another Data Hub tab."));
  });
}

/**
 * Opens the browser's store for cached views, or resolves to null where the browser refuses
 * IndexedDB (or it fails): caching is a convenience and never stops the hub working. Started
 * alongside sign-in; `viewCacheFor` then binds it to the person.
 */
export async function openViewStore(factory?: IDBFactory): Promise<IDBDatabase | null> {
  try {
    // Reading `indexedDB` itself can throw in a frame whose storage the browser blocks.
    const idb = factory ?? globalThis.indexedDB;
    return idb ? await openDatabase(idb) : null;
  } catch {
    return null;
  }
}

/** The cache for one person on one site: another person's (or site's) answers are emptied out first. */
export async function viewCacheFor(db: IDBDatabase | null, owner: { siteUrl: string; personId: string }): Promise<ViewCache> {
  if (!db) return NO_VIEW_CACHE;
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  try {
    const ownerId = `${owner.siteUrl}\n${owner.personId}`;
    if ((await request(store("readonly").get(OWNER_KEY))) !== ownerId) {
      const write = store("readwrite");
      write.clear();
      await request(write.put(ownerId, OWNER_KEY));
    }
  } catch {
    return NO_VIEW_CACHE;
  }
  return {
    read: async <T>(key: string) => {
      try {
        return (await request(store("readonly").get(key))) as CachedView<T> | undefined;
      } catch {
        return undefined;
      }
    },
    write: async <T>(key: string, value: T) => {
      try {
        const entry: CachedView<T> = { value, savedAt: Date.now() };
        await request(store("readwrite").put(entry, key));
      } catch {
        // Full storage or a value that cannot be cloned: the screen still works, it just is not cached.
      }
    },
  };
}

/**
 * The cache as soon as the person is known, before it is bound to them: every read and write waits
 * for `viewCacheFor` to finish (another person's answers emptied first), while the screens' reads
 * from SharePoint, which need no cache, start at once.
 */
export function viewCacheOnceBound(binding: Promise<ViewCache>): ViewCache {
  return {
    read: (key) => binding.then((cache) => cache.read(key)),
    write: (key, value) => binding.then((cache) => cache.write(key, value)),
  };
}

/** Empties the cache without knowing whose it is: the person picker and sign-out use it. */
export async function clearViewCache(factory?: IDBFactory): Promise<void> {
  try {
    const idb = factory ?? globalThis.indexedDB;
    if (!idb) return;
    const db = await openDatabase(idb);
    await request(db.transaction(STORE, "readwrite").objectStore(STORE).clear());
    db.close();
  } catch {
    // No storage, nothing cached.
  }
}
