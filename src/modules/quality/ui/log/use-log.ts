import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useServices } from "../../../../core/ui/services";
import type { Filter } from "../../../../core/domain/odata";
import { loadIssues, loadReports } from "../../data/log-data";
import { loadPersonNames, type PersonName } from "../../data/people-names";
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

function withNames(e: LogEntry, names: Map<number, PersonName>): LogEntry {
  const reporter = e.reporterName ?? (e.reporterId !== null ? names.get(e.reporterId)?.name : undefined) ?? null;
  const owner = e.ownerId !== null ? names.get(e.ownerId) : undefined;
  return reporter === e.reporterName && (e.ownerName || !owner) ? e : { ...e, reporterName: reporter, ownerName: e.ownerName ?? owner?.name ?? null, ownerEmail: e.ownerEmail ?? owner?.email ?? null };
}

/**
 * The log for a view: new reports and issues read in parallel, page by page, through the
 * threshold-safe reader. A newer view cancels an older load's updates.
 */
export function useLog(issuesFilter: Filter<typeof issuesList> | undefined | "none", reportsFilter: Filter<typeof reportsList> | undefined | "none", enabled: boolean): LogState {
  const { sp } = useServices();
  const [byKey, setByKey] = useState<Map<string, LogEntry>>(new Map());
  const [loading, setLoading] = useState(true);
  const [names, setNames] = useState<Map<number, PersonName>>(new Map());
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
    const people = new Set<number>();
    const addWithPeople = (page: LogEntry[]) => {
      for (const e of page) for (const id of [e.reporterId, e.ownerId]) if (id !== null) people.add(id);
      add(page);
    };
    Promise.all([issuesFilter === "none" ? null : loadIssues(sp, issuesFilter, addWithPeople), reportsFilter === "none" ? null : loadReports(sp, reportsFilter, addWithPeople)]).then(
      () => {
        if (mine !== generation.current) return;
        setLoading(false);
        // Names last: the rows are on screen already; a failure here leaves names out, nothing more.
        loadPersonNames(sp, people).then(
          (found) => mine === generation.current && setNames(found),
          () => undefined,
        );
      },
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
    const all = [...byKey.values()].map((e) => (names.size === 0 ? e : withNames(e, names)));
    return mergeLog(
      all.filter((e) => e.source === "report"),
      all.filter((e) => e.source === "issue"),
    );
  }, [byKey, names]);
  return { entries, loading, error, reload: load, upsert };
}
