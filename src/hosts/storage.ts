/**
 * Web storage when the browser lets this document use it, else a copy in memory for this page.
 * A Teams tab is a third-party frame inside teams.microsoft.com: a browser that blocks third-party
 * cookies (Chrome incognito, Safari, strict settings) also throws on `localStorage`/`sessionStorage`
 * there ("Access is denied for this document"), and an unguarded read would stop the tab loading.
 */
export function usableStorage(get: () => Storage): Storage {
  try {
    const storage = get();
    storage.getItem("datahub.probe");
    return storage;
  } catch {
    return memoryStorage();
  }
}

export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
