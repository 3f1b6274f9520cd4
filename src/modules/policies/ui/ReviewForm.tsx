import { Button, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text, Textarea, Title2 } from "@fluentui/react-components";
import { useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
import { navigate } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { DateField } from "../../../core/ui/DateField";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { ErrorState } from "../../../core/ui/states";
import { recordReview } from "../data/documents-data";
import type { PolicyDocument } from "../domain/document";
import { checkReview, MAX_CHANGES, type Problem, type ReviewDraft, reviewDraftFor, type ReviewField } from "../domain/forms";
import { dateText, documentHref, useStyles, versionText } from "./parts";

const idOf = (field: ReviewField) => `policy-review-${field}`;

/**
 * Records a review (no change, or a new version) or publishes a version: one save of the document
 * with the ETag it was loaded with. A new version asks everyone who must read it to confirm again.
 */
export function ReviewForm({ doc, mode, today, onSaved }: { doc: PolicyDocument; mode: "review" | "publish"; today: string; onSaved: (doc: PolicyDocument, message: string) => void }) {
  const styles = useStyles();
  const { sp } = useServices();
  const [draft, setDraft] = useState<ReviewDraft>(() => reviewDraftFor(today, mode === "publish" ? "New version" : "No change"));
  const [base, setBase] = useState(doc);
  const [problems, setProblems] = useState<Problem<ReviewField>[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const set = <K extends keyof ReviewDraft>(key: K, value: ReviewDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const message = (field: ReviewField) => problems.find((p) => p.field === field)?.message;
  const state = (field: ReviewField) => (message(field) ? { validationState: "error" as const, validationMessage: message(field) } : {});
  const publishing = draft.outcome === "New version";

  const save = async () => {
    if (saving) return;
    const checked = checkReview(draft, base, today);
    setProblems(checked.problems);
    if (!checked.values) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await recordReview(sp, base, checked.values);
      onSaved(saved, publishing ? `Published ${versionText(saved).toLowerCase()} of ${saved.title}. Everyone who must read it is asked to confirm it.` : `Recorded the review of ${saved.title}. Next review ${dateText(saved.nextReview)}.`);
    } catch (error) {
      if (isConflict<PolicyDocument>(error)) {
        setBase(error.current);
        setConflict(true);
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.field}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Title2 as="h1" className={styles.heading}>
        {mode === "publish" ? `Publish a version of ${doc.title}` : `Review ${doc.title}`}
      </Title2>
      <Text>
        Now: {versionText(base).toLowerCase()}, review due {dateText(base.nextReview)}.
      </Text>
      <ErrorSummary problems={problems.map((p) => ({ fieldId: idOf(p.field), message: p.message }))} />
      {conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed this document while you were working</MessageBarTitle>
            It is now {versionText(base).toLowerCase()}. What you typed is still here: check it and save again, or <Link href={documentHref(doc.id)}>see the document</Link>.
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && <ErrorState error={failure} />}
      {mode === "review" && (
        <Field label="Outcome of the review" required>
          <RadioGroup id={idOf("outcome")} value={draft.outcome} onChange={(_, d) => set("outcome", d.value as ReviewDraft["outcome"])}>
            <Radio value="No change" label="No change: the current version stands" />
            <Radio value="New version" label="A new version" />
          </RadioGroup>
        </Field>
      )}
      <DateField id={idOf("on")} label={publishing ? "Approved on" : "Reviewed on"} required value={draft.on} onChange={(v) => set("on", v)} validationMessage={message("on")} />
      {publishing && (
        <>
          <Field label="Version" required hint="As the council names it, such as 2.0." {...state("label")}>
            <Input id={idOf("label")} value={draft.label} maxLength={20} onChange={(_, d) => set("label", d.value)} />
          </Field>
          <Field label="What changed" required hint={`Readers see this when they are asked to read the new version (up to ${MAX_CHANGES} characters).`} {...state("changes")}>
            <Textarea id={idOf("changes")} value={draft.changes} resize="vertical" onChange={(_, d) => set("changes", d.value)} />
          </Field>
        </>
      )}
      <DateField id={idOf("nextReview")} label="Next review" required value={draft.nextReview} onChange={(v) => set("nextReview", v)} validationMessage={message("nextReview")} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {saving ? "Saving…" : publishing ? "Publish this version" : "Record the review"}
        </Button>
        <Button onClick={() => navigate(documentHref(doc.id))}>Cancel</Button>
      </div>
    </form>
  );
}
