import { useCallback, useEffect, useState } from "react";
import { type AsyncState, useAsync } from "../../../core/ui/use-async";

/**
 * A section's records: loaded once, then kept up to date by what this page saves (upsert), so a save
 * does not reload the list: the rows stay in place and focus goes back to the button that opened the form.
 */
export function useRecords<R extends { id: number }>(load: () => Promise<R[]>, deps: readonly unknown[]) {
  const loaded = useAsync(load, deps);
  const [records, setRecords] = useState<R[] | null>(null);
  useEffect(() => setRecords(loaded.status === "ready" ? loaded.value : null), [loaded]);
  const upsert = useCallback((record: R) => setRecords((all) => (all ? (all.some((r) => r.id === record.id) ? all.map((r) => (r.id === record.id ? record : r)) : [record, ...all]) : all)), []);
  const state: AsyncState<R[]> = loaded.status === "ready" ? { status: "ready", value: records ?? loaded.value } : loaded;
  return { ...state, reload: loaded.reload, upsert };
}
