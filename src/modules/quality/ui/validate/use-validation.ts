import { useCallback, useEffect, useMemo, useRef } from "react";
import { useServices } from "../../../../core/ui/services";
import { useMachine } from "../../../../core/ui/use-machine";
import { loadListColumns, readListAsCsv } from "../../data/list-source";
import { ReadCancelledError } from "../../data/readers/read-types";
import { addReport } from "../../data/log-data";
import { saveRun } from "../../data/runs-data";
import { londonDay } from "../../domain/log/dates";
import { reportFromRun, runToFields, type StoredRun } from "../../domain/runs";
import { INITIAL_VALIDATE_STATE, type ValidateEvent, type ValidateState, validateTransition, type ValidateTransition } from "../../domain/validate-screen";
import type { ReferenceLists, TableSchema } from "../../domain/validation/schema-types";
import { createValidationClient, type ValidationClient } from "../validation-client";
import { ProgressBus } from "./progress-bus";

/** Profiling reads at most this many rows: enough to suggest rules, quick on a million-row export. */
const PROFILE_ROWS = 200_000;

/**
 * The validation screen's work: the file (or the list read into the browser) stays here, in memory,
 * and goes to the worker as a Blob; only totals and a capped sample ever reach SharePoint, and only
 * when the person keeps a run or raises an issue.
 */
export function useValidation() {
  const { sp, person } = useServices();
  const { state, apply } = useMachine<ValidateState, ValidateEvent, ValidateTransition>(validateTransition, INITIAL_VALIDATE_STATE);
  const runDate = useMemo(() => londonDay(new Date()), []);
  const client = useRef<ValidationClient | null>(null);
  const source = useRef<{ blob: Blob; name: string; delimiter?: string } | null>(null);
  const job = useRef<{ cancel(): void } | null>(null);
  const readAbort = useRef<AbortController | null>(null);
  const pendingRun = useRef<{ schema: TableSchema; references: ReferenceLists } | null>(null);
  const progressBus = useMemo(() => new ProgressBus(), []);

  const workers = () => (client.current ??= createValidationClient());
  useEffect(
    () => () => {
      readAbort.current?.abort();
      client.current?.dispose();
    },
    [],
  );

  const carryOut = useCallback(
    (next: ValidateTransition) => {
      const from = source.current;
      if (!from) return;
      const onProgress = (p: { rows: number; bytesRead: number; totalBytes: number; rowsPerSecond: number }) => progressBus.publish(p);
      if (next.effect) progressBus.publish(null);
      if (next.effect === "profile") {
        const started = workers().profile(from.blob, from.name, { runDate, maxRows: PROFILE_ROWS, ...(from.delimiter ? { delimiter: from.delimiter } : {}), onProgress });
        job.current = started;
        started.promise.then(
          (done) => apply({ type: "profiled", profile: done.profile, suggestions: done.suggestions, partial: done.partial }),
          (error: unknown) => apply({ type: "profile-failed", error, cancelled: error instanceof ReadCancelledError }),
        );
      }
      if (next.effect === "validate" && pendingRun.current) {
        const { schema, references } = pendingRun.current;
        const started = workers().validate(from.blob, from.name, schema, { runDate, references, ...(from.delimiter ? { delimiter: from.delimiter } : {}), onProgress });
        job.current = started;
        started.promise.then(
          (done) => {
            // Marks when the worker's result reached the page, so a measurement can tell the run from drawing its results.
            performance.mark("datahub:validation-result");
            apply({ type: "validated", result: done.result });
          },
          (error: unknown) => apply({ type: "run-failed", error, cancelled: error instanceof ReadCancelledError }),
        );
      }
    },
    [apply, runDate, progressBus],
  );

  const chooseFile = useCallback(
    (file: File) => {
      job.current?.cancel();
      source.current = { blob: file, name: file.name };
      carryOut(apply({ type: "source", source: { kind: "file", name: file.name, bytes: file.size } }));
    },
    [apply, carryOut],
  );

  /** Reads a SharePoint list into the browser as CSV text, then treats it as a dropped file. */
  const chooseList = useCallback(
    async (title: string) => {
      job.current?.cancel();
      readAbort.current?.abort();
      const abort = new AbortController();
      readAbort.current = abort;
      apply({ type: "reading", items: 0 });
      try {
        const columns = await loadListColumns(sp, title);
        const blob = await readListAsCsv(sp, title, columns, (items) => apply({ type: "reading", items }), abort.signal);
        source.current = { blob, name: `${title} (SharePoint list)`, delimiter: "," };
        carryOut(apply({ type: "source", source: { kind: "list", name: title, bytes: blob.size } }));
      } catch (error) {
        if (!abort.signal.aborted) apply({ type: "source-failed", error });
        else apply({ type: "source-failed", error: null });
      }
    },
    [sp, apply, carryOut],
  );

  const run = useCallback(
    (schema: TableSchema, references: ReferenceLists) => {
      pendingRun.current = { schema, references };
      carryOut(apply({ type: "start-run" }));
    },
    [apply, carryOut],
  );

  const cancel = useCallback(() => {
    readAbort.current?.abort();
    job.current?.cancel();
  }, []);

  const keep = useCallback(
    async (dataset: string, ruleSetVersion: string | null, keepValues: boolean): Promise<StoredRun | null> => {
      const result = state.run.result;
      if (!result) return null;
      apply({ type: "busy" });
      try {
        const stored = await saveRun(sp, runToFields(result, { dataset, sourceName: state.run.sourceName ?? "", ruleSetVersion, runAt: new Date(), keepValues }));
        apply({ type: "kept", run: stored });
        return stored;
      } catch (error) {
        apply({ type: "action-failed", error });
        return null;
      }
    },
    [sp, apply, state.run.result, state.run.sourceName],
  );

  /** One click: the run is kept (totals and sample, no values) if it was not already, then a report raised from it. */
  const raise = useCallback(
    async (dataset: string, ruleSetVersion: string | null) => {
      const result = state.run.result;
      if (!result) return;
      apply({ type: "busy" });
      try {
        const stored = state.kept ?? (await saveRun(sp, runToFields(result, { dataset, sourceName: state.run.sourceName ?? "", ruleSetVersion, runAt: new Date(), keepValues: false })));
        const entry = await addReport(sp, reportFromRun(result, { dataset, sourceName: state.run.sourceName ?? "", runId: stored.id, service: person.profile.department }));
        apply({ type: "raised", entry, run: stored });
      } catch (error) {
        apply({ type: "action-failed", error });
      }
    },
    [sp, apply, person, state.run.result, state.run.sourceName, state.kept],
  );

  return {
    state,
    progressBus,
    runDate,
    chooseFile,
    chooseList: (title: string) => void chooseList(title),
    run,
    cancel,
    keep,
    raise,
    accepted: (suggestionId: string) => apply({ type: "accepted", suggestionId }),
  };
}
