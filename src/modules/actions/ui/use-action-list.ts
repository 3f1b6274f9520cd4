import { useCallback, useMemo, useState } from "react";
import { cacheKeyFor } from "../../../core/data/view-cache";
import { useServices } from "../../../core/ui/services";
import { useLatestRun } from "../../../core/ui/use-latest-run";
import { loadActions } from "../data/actions-data";
import type { Action } from "../domain/action";
import { actionsList } from "../lists";

export interface ActionListState {
  actions: Action[];
  /** True until the last page has arrived; rows already received are shown meanwhile. */
  loading: boolean;
  error: unknown;
  /** When the rows shown were saved, while they come from the view cache and are not yet confirmed; else null. */
  cachedAt: number | null;
  reload: () => void;
  /** Puts a saved action into the list without reloading everything. */
  upsert: (action: Action) => void;
}

/** The tracker's view as last read, per server filter, for a reopened tab. */
function viewCacheKey(serverFilter: string | undefined) {
  return cacheKeyFor(`actions.view:${serverFilter ?? "all"}`, [actionsList]);
}

/**
 * Loads the actions for a server filter, page by page. A newer filter cancels the older load's
 * updates, so a slow answer can never overwrite a fresher view. The view's last answer, if cached,
 * shows first; fresh pages replace its rows one by one, and rows no longer there go when the read
 * is complete (no flash of an empty table).
 */
export function useActionList(serverFilter: string | undefined, enabled = true): ActionListState {
  const { sp, viewCache } = useServices();
  const [byId, setById] = useState<Map<number, Action>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [cachedAt, setCachedAt] = useState<number | null>(null);
  const reload = useLatestRun(
    (current) => {
      if (!enabled) return;
      const key = viewCacheKey(serverFilter);
      const fresh = new Map<number, Action>();
      let cachedIds: number[] = [];
      setById(new Map());
      setLoading(true);
      setError(null);
      setCachedAt(null);
      if (key) {
        void viewCache.read<Action[]>(key).then((cached) => {
          // Too late once SharePoint has answered: fresh rows are never replaced by older ones.
          if (!cached || fresh.size > 0 || !current()) return;
          cachedIds = cached.value.map((a) => a.id);
          setById(new Map(cached.value.map((a) => [a.id, a])));
          setCachedAt(cached.savedAt);
        });
      }
      loadActions(sp, serverFilter, (page) => {
        if (!current()) return;
        for (const action of page) fresh.set(action.id, action);
        setById((previous) => {
          const next = new Map(previous);
          for (const action of page) next.set(action.id, action);
          return next;
        });
      }).then(
        () => {
          if (!current()) return;
          // Cached rows SharePoint no longer returns (deleted, or out of this view now) go.
          const gone = cachedIds.filter((id) => !fresh.has(id));
          if (gone.length > 0)
            setById((previous) => {
              const next = new Map(previous);
              for (const id of gone) next.delete(id);
              return next;
            });
          setCachedAt(null);
          setLoading(false);
          if (key) void viewCache.write(key, [...fresh.values()]);
        },
        (e: unknown) => {
          if (!current()) return;
          setError(e);
          setLoading(false);
        },
      );
    },
    [sp, viewCache, serverFilter, enabled],
  );

  const upsert = useCallback((action: Action) => setById((previous) => new Map(previous).set(action.id, action)), []);
  // One array per change of the map: the page's filter-and-sort of 20,000 actions is memoised on it.
  const actions = useMemo(() => [...byId.values()], [byId]);
  return { actions, loading, error, cachedAt, reload, upsert };
}
