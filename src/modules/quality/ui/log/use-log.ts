import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useServices } from "../../../../core/ui/services";
import type { Filter } from "../../../../core/domain/odata";
import { loadIssues, loadReports } from "../../data/log-data";
import { type LogEntry, mergeLog } from "../../domain/log/issue";
import type { issuesList, reportsList } from "../../lists";

export interface LogState {
  entries: LogEntry[];
  /** True until both lists have been read; rows already received are shown meanwhile. */
  loading: boolean;
  error: unknown;
  reload: () => void;
  /** Puts a saved report or issue in place (a triaged report is replaced by its issue). */
  upsert: (entry: LogEntry) => void;
}

const keyOf = (e: LogEntry) => `${e.source}:${e.itemId}`;

/**
 * The log for a view: new reports and issues read in parallel, page by page, through the
 * threshold-safe reader. A newer view cancels an older load's updates.
 */
export function useLog(issuesFilter: Filter<typeof issuesList> | undefined | "none", reportsFilter: Filter<typeof reportsList> | undefined | "none", enabled: boolean): LogState {
  const { sp } = useServices();
  const [byKey, setByKey] = useState<Map<string, LogEntry>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const load = useCallback(() => {
    const mine = ++generation.current;
    if (!enabled) return;
    setByKey(new Map());
    setLoading(true);
    setError(null);
    const add = (page: LogEntry[]) => {
      if (mine !== generation.current) return;
      setByKey((previous) => {
        const next = new Map(previous);
        for (const e of page) next.set(keyOf(e), e);
        return next;
      });
    };
    Promise.all([issuesFilter === "none" ? null : loadIssues(sp, issuesFilter, add), reportsFilter === "none" ? null : loadReports(sp, reportsFilter, add)]).then(
      () => mine === generation.current && setLoading(false),
      (e: unknown) => {
        if (mine !== generation.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [sp, issuesFilter, reportsFilter, enabled]);

  useEffect(() => {
    load();
    // Any answer still on its way belongs to a view no longer shown.
    const loads = generation;
    return () => {
      loads.current++;
    };
  }, [load]);

  const upsert = useCallback(
    (entry: LogEntry) =>
      setByKey((previous) => {
        const next = new Map(previous);
        if (entry.source === "issue") for (const [key, e] of next) if (e.source === "report" && e.reference === entry.reference) next.delete(key);
        next.set(keyOf(entry), entry);
        return next;
      }),
    [],
  );

  const entries = useMemo(() => {
    const all = [...byKey.values()];
    return mergeLog(
      all.filter((e) => e.source === "report"),
      all.filter((e) => e.source === "issue"),
    );
  }, [byKey]);
  return { entries, loading, error, reload: load, upsert };
}
