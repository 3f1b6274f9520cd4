import { Button, Checkbox, Dropdown, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Option, Textarea, Title2 } from "@fluentui/react-components";
import { useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
import { loadPrinciples } from "../../../core/data/principles";
import { ROLE_LABELS, ROLES } from "../../../core/domain/roles";
import { type PickedPerson, PersonPicker } from "../../../core/ui/PersonPicker";
import { navigate } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { DateField } from "../../../core/ui/DateField";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { useAsync } from "../../../core/ui/use-async";
import { saveDocument } from "../data/documents-data";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type PolicyDocument } from "../domain/document";
import { checkDocument, type DocumentDraft, type DocumentField, draftOf, MAX_SUMMARY, type Problem } from "../domain/forms";
import { documentHref, tabHref, useStyles } from "./parts";

const idOf = (field: DocumentField) => `policy-doc-${field}`;

/** Adds a document to the library, or edits one's details. A failed save keeps everything typed. */
export function DocumentForm({ existing, onSaved }: { existing: PolicyDocument | null; onSaved: (doc: PolicyDocument, message: string) => void }) {
  const styles = useStyles();
  const { sp } = useServices();
  const principles = useAsync(() => loadPrinciples(sp), [sp]);
  const [draft, setDraft] = useState<DocumentDraft>(() => draftOf(existing));
  const [owner, setOwner] = useState<PickedPerson | null>(existing?.ownerEmail ? { displayName: existing.ownerName ?? existing.ownerEmail, email: existing.ownerEmail, siteUserId: existing.ownerId ?? undefined } : null);
  const [base, setBase] = useState(existing);
  const [problems, setProblems] = useState<Problem<DocumentField>[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const set = <K extends keyof DocumentDraft>(key: K, value: DocumentDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const message = (field: DocumentField) => problems.find((p) => p.field === field)?.message;
  const state = (field: DocumentField) => (message(field) ? { validationState: "error" as const, validationMessage: message(field) } : {});

  const save = async () => {
    if (saving) return;
    const checked = checkDocument(draft);
    setProblems(checked.problems);
    if (!checked.values) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await saveDocument(sp, base, checked.values, owner?.email ?? null);
      onSaved(saved, base ? `Saved the changes to ${saved.title}.` : `Added ${saved.title} to the library.`);
    } catch (error) {
      if (isConflict<PolicyDocument>(error)) {
        // Their version becomes the base: saving again puts these edits on top, knowingly.
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
        {existing ? `Edit ${existing.title}` : "Add a document"}
      </Title2>
      <ErrorSummary problems={problems.map((p) => ({ fieldId: idOf(p.field), message: p.message }))} />
      {conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed this document while you were editing</MessageBarTitle>
            Your edits are still here: save again to put them on top of theirs, or <Link href={documentHref(existing!.id)}>see their version</Link>.
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && <ErrorState error={failure} />}
      <Field label="Title" required {...state("title")}>
        <Input id={idOf("title")} value={draft.title} maxLength={255} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <Field label="Kind" required {...state("kind")}>
        <Dropdown id={idOf("kind")} value={draft.kind} selectedOptions={draft.kind ? [draft.kind] : []} placeholder="Choose a kind" onOptionSelect={(_, d) => set("kind", (d.optionValue ?? "") as DocumentDraft["kind"])}>
          {DOCUMENT_KINDS.map((k) => (
            <Option key={k} value={k}>
              {k}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Principle" hint="The strategy principle it serves, if one.">
        <Dropdown
          id={idOf("principleKey")}
          value={principles.status === "ready" ? (principles.value.find((p) => p.key === draft.principleKey)?.title ?? "None") : "None"}
          selectedOptions={[draft.principleKey]}
          onOptionSelect={(_, d) => set("principleKey", d.optionValue ?? "")}
        >
          <Option value="">None</Option>
          {(principles.status === "ready" ? principles.value : []).map((p) => (
            <Option key={p.key} value={p.key}>
              {p.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <PersonPicker label="Owner" value={owner} onChange={setOwner} hint="Type at least two letters of a name. The owner publishes versions and records reviews." />
      <Field label="Status" required {...state("status")}>
        <Dropdown id={idOf("status")} value={draft.status} selectedOptions={draft.status ? [draft.status] : []} onOptionSelect={(_, d) => set("status", (d.optionValue ?? "") as DocumentDraft["status"])}>
          {DOCUMENT_STATUSES.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Where it lives" hint="The address of the SharePoint page or document with the text, starting https://." {...state("link")}>
        <Input id={idOf("link")} type="url" value={draft.link} onChange={(_, d) => set("link", d.value)} />
      </Field>
      <Field label="Summary in plain English" hint={`What it asks of staff, in a few sentences (up to ${MAX_SUMMARY} characters).`} {...state("summary")}>
        <Textarea id={idOf("summary")} value={draft.summary} resize="vertical" onChange={(_, d) => set("summary", d.value)} />
      </Field>
      <fieldset className={styles.stack} style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>Must be read by</legend>
        {ROLES.map((role, index) => (
          <Checkbox
            key={role}
            id={index === 0 ? idOf("mustRead") : undefined}
            label={ROLE_LABELS[role]}
            checked={draft.mustRead.includes(role)}
            onChange={(_, d) => set("mustRead", d.checked ? [...draft.mustRead, role] : draft.mustRead.filter((r) => r !== role))}
          />
        ))}
      </fieldset>
      <DateField id={idOf("nextReview")} label="Next review" value={draft.nextReview} onChange={(v) => set("nextReview", v)} validationMessage={message("nextReview")} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {saving ? "Saving…" : existing ? "Save changes" : "Add to the library"}
        </Button>
        <Button onClick={() => navigate(existing ? documentHref(existing.id) : tabHref("library"))}>Cancel</Button>
      </div>
    </form>
  );
}
