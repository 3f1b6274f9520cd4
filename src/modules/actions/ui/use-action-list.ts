import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useServices } from "../../../core/ui/services";
import { loadActions } from "../data/actions-data";
import type { Action } from "../domain/action";

export interface ActionListState {
  actions: Action[];
  /** True until the last page has arrived; rows already received are shown meanwhile. */
  loading: boolean;
  error: unknown;
  reload: () => void;
  /** Puts a saved action into the list without reloading everything. */
  upsert: (action: Action) => void;
}

/**
 * Loads the actions for a server filter, page by page. A newer filter cancels the older load's
 * updates, so a slow answer can never overwrite a fresher view.
 */
export function useActionList(serverFilter: string | undefined, enabled = true): ActionListState {
  const { sp } = useServices();
  const [byId, setById] = useState<Map<number, Action>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const load = useCallback(() => {
    const mine = ++generation.current;
    if (!enabled) return;
    setById(new Map());
    setLoading(true);
    setError(null);
    loadActions(sp, serverFilter, (page) => {
      if (mine !== generation.current) return;
      setById((previous) => {
        const next = new Map(previous);
        for (const action of page) next.set(action.id, action);
        return next;
      });
    }).then(
      () => mine === generation.current && setLoading(false),
      (e: unknown) => {
        if (mine !== generation.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [sp, serverFilter, enabled]);

  useEffect(() => {
    load();
    return () => {
      generation.current++;
    };
  }, [load]);

  const upsert = useCallback((action: Action) => setById((previous) => new Map(previous).set(action.id, action)), []);
  // One array per change of the map: the page's filter-and-sort of 20,000 actions is memoised on it.
  const actions = useMemo(() => [...byId.values()], [byId]);
  return { actions, loading, error, reload: load, upsert };
}
