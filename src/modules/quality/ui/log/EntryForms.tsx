import { Button, Dropdown, Field, Option, Text, Textarea } from "@fluentui/react-components";
import { useCallback, useEffect, useRef } from "react";
import { formatDate } from "../../../../core/domain/format";
import { DateField } from "../../../../core/ui/DateField";
import { ErrorSummary } from "../../../../core/ui/ErrorSummary";
import { PersonPicker } from "../../../../core/ui/PersonPicker";
import { useServices } from "../../../../core/ui/services";
import { AlreadyTriagedError, triageReport, updateIssue, updateReport } from "../../data/log-data";
import { mergeReportDrafts, mergeTriageDrafts } from "../../domain/log/conflict";
import type { EditorRules } from "../../domain/log/editor-state";
import { type LogEntry, ROOT_CAUSES, type RootCause } from "../../domain/log/issue";
import { draftFromContent, type ReportDraft, type ReportField, validateReport } from "../../domain/log/report-form";
import { targetDaysFor, type TargetRule } from "../../domain/log/targets";
import { allowedStatuses, type TriageDraft, type TriageField, triageDraftFor, type TriageStatus, validateTriage } from "../../domain/log/triage";
import { SaveFailure, useQualityStyles } from "../parts";
import { ConflictNotice } from "./ConflictNotice";
import { ReportFields, reportFieldId } from "./ReportFields";
import { useEntryEditor } from "./use-entry-editor";

const REPORT_RULES: EditorRules<ReportDraft> = { draftFor: (e) => draftFromContent(e), merge: mergeReportDrafts };

/** The reporter's own edit of a report not yet triaged. */
export function ReporterEditForm({ entry, onSaved, onDone }: { entry: LogEntry; onSaved: (e: LogEntry) => void; onDone: () => void }) {
  const styles = useQualityStyles();
  const { sp } = useServices();
  const save = useCallback((draft: ReportDraft, base: LogEntry) => updateReport(sp, base, draft), [sp]);
  const editor = useEntryEditor(entry, REPORT_RULES, save, onSaved);
  const { draft, problems, saving, failure, conflict, saved } = editor.state;
  useEffect(() => {
    if (saved) onDone();
  }, [saved, onDone]);
  const id = `edit-${entry.reference}`;
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        editor.submit(validateReport(draft));
      }}
    >
      <ErrorSummary problems={problems.map((p) => ({ fieldId: reportFieldId(id, p.field as ReportField), message: p.message }))} />
      {conflict && <ConflictNotice current={conflict.current} changes={conflict.changes} saving={saving} onReapply={editor.reapply} onUseTheirs={editor.useTheirs} />}
      {failure !== null && <SaveFailure error={failure} refused="Only the person who reported it can change a report, and only until it is triaged." />}
      <ReportFields idPrefix={id} draft={draft} problems={problems} onChange={editor.edit} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save my report"}
        </Button>
        <Button onClick={onDone} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

const TRIAGE_IDS: Record<Exclude<TriageField, ReportField>, string> = { owner: "owner", targetDate: "target", status: "status", rootCause: "root-cause", resolutionNotes: "resolution", wontFixReason: "wont-fix" };

/**
 * Triage of a new report (it moves into the log) or a change to an issue: owner, target date
 * (defaulted from the severity rule), status, root cause, resolution notes. The report's own fields
 * can be corrected too.
 */
export function TriageForm({ entry, rules, onSaved, onAlreadyTriaged }: { entry: LogEntry; rules: readonly TargetRule[]; onSaved: (e: LogEntry) => void; onAlreadyTriaged: (issue: LogEntry) => void }) {
  const styles = useQualityStyles();
  const { sp } = useServices();
  const editorRules = useRef<EditorRules<TriageDraft>>({ draftFor: (e) => triageDraftFor(e, rules), merge: mergeTriageDrafts }).current;
  const save = useCallback(
    async (draft: TriageDraft, base: LogEntry) => {
      try {
        return base.source === "report" ? await triageReport(sp, base, draft, new Date()) : await updateIssue(sp, base, draft, new Date());
      } catch (error) {
        if (error instanceof AlreadyTriagedError) onAlreadyTriaged(error.issue);
        throw error;
      }
    },
    [sp, onAlreadyTriaged],
  );
  const editor = useEntryEditor(entry, editorRules, save, onSaved);
  const { draft, problems, saving, failure, conflict, base } = editor.state;
  const id = `triage-${entry.reference}`;
  const fieldId = (field: TriageField) => (field in TRIAGE_IDS ? `${id}-${TRIAGE_IDS[field as keyof typeof TRIAGE_IDS]}` : reportFieldId(id, field as ReportField));
  const problem = (field: TriageField) => problems.find((p) => p.field === field)?.message;
  const state = (field: TriageField) => (problem(field) ? { validationMessage: problem(field), validationState: "error" as const } : {});
  const set = <K extends keyof TriageDraft>(key: K, value: TriageDraft[K]) => editor.edit({ ...draft, [key]: value });
  const statuses = allowedStatuses(base.status);
  const isReport = base.source === "report";
  const days = targetDaysFor(rules, draft.content.severity || null);

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        editor.submit(validateTriage(draft, base.status));
      }}
    >
      <ErrorSummary problems={problems.map((p) => ({ fieldId: fieldId(p.field as TriageField), message: p.message }))} />
      {conflict && <ConflictNotice current={conflict.current} changes={conflict.changes} saving={saving} onReapply={editor.reapply} onUseTheirs={editor.useTheirs} />}
      {failure !== null && !(failure instanceof AlreadyTriagedError) && <SaveFailure error={failure} refused="Only information asset owners and managers and the data lead can triage, reassign or close data quality issues." />}
      {/* The summary's link focuses this wrapper, which hands focus to the picker's own input. */}
      <div id={fieldId("owner")} tabIndex={-1} onFocus={(e) => e.target === e.currentTarget && e.currentTarget.querySelector<HTMLElement>("input")?.focus()}>
        <PersonPicker label="Owner" hint="Who will see the fix through." required={draft.status !== "Won't fix"} value={draft.owner} onChange={(owner) => set("owner", owner)} error={problem("owner")} />
      </div>
      <div className={styles.pair}>
        <DateField
          id={fieldId("targetDate")}
          label="Target date"
          required
          hint={`As 25/11/2026: ${days} calendar ${days === 1 ? "day" : "days"} after reporting for ${draft.content.severity || "this"} severity; change it if you agree another.`}
          value={draft.targetDate}
          onChange={(value) => set("targetDate", value)}
          {...(problem("targetDate") ? { validationMessage: problem("targetDate") } : {})}
        />
        <Field label="Status" required {...state("status")}>
          <Dropdown id={fieldId("status")} value={draft.status} selectedOptions={[draft.status]} onOptionSelect={(_, d) => set("status", d.optionValue as TriageStatus)}>
            {statuses.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Root cause" {...state("rootCause")}>
          <Dropdown id={fieldId("rootCause")} value={draft.rootCause || "Not known yet"} selectedOptions={[draft.rootCause]} onOptionSelect={(_, d) => set("rootCause", (d.optionValue ?? "") as RootCause | "")}>
            <Option value="">Not known yet</Option>
            {ROOT_CAUSES.map((c) => (
              <Option key={c} value={c}>
                {c}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {draft.status === "Won't fix" && (
        <Field label="Why it will not be fixed" required {...state("wontFixReason")}>
          <Textarea id={fieldId("wontFixReason")} value={draft.wontFixReason} resize="vertical" onChange={(_, d) => set("wontFixReason", d.value)} />
        </Field>
      )}
      <Field label="Resolution notes" required={draft.status === "Resolved"} hint="What was done, and what stops it happening again." {...state("resolutionNotes")}>
        <Textarea id={fieldId("resolutionNotes")} value={draft.resolutionNotes} resize="vertical" onChange={(_, d) => set("resolutionNotes", d.value)} />
      </Field>
      <Text as="h3" weight="semibold">
        The report, as triaged
      </Text>
      <Text className={styles.secondary}>Correct the dataset, dimension, severity or wording if they need it.</Text>
      <ReportFields idPrefix={id} draft={draft.content} problems={problems} onChange={(content) => set("content", content)} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? "Saving…" : isReport ? "Triage into the log" : "Save changes"}
        </Button>
      </div>
      {!isReport && base.closedAt && <span className={styles.secondary}>Closed on {formatDate(base.closedAt)}.</span>}
    </form>
  );
}
