import { noteProblem } from "../domain/progress";
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { Principle } from "../../../core/data/principles";
import { formatDate } from "../../../core/domain/format";
import { useAnnounce } from "../../../core/ui/announcer";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { isConflict } from "../../../core/data/concurrency";
import { addProgressUpdate, loadUpdates } from "../data/actions-data";
import { type Action, type ActionStatus } from "../domain/action";
import { ragOf } from "../domain/rag";
import { ActionForm } from "./ActionForm";
import { ConflictNotice } from "./ConflictNotice";
import { RagBadge } from "../../../core/ui/RagBadge";
import { useActionEditor } from "./use-action-editor";
import { StatusDropdown } from "./StatusDropdown";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  facts: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, overflowWrap: "anywhere" },
  history: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  historyItem: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalM },
  meta: { color: tokens.colorNeutralForeground2 },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(9rem, 1fr))", gap: tokens.spacingHorizontalM },
  posted: { display: "block", marginTop: tokens.spacingVerticalS, color: tokens.colorPaletteGreenForeground1 },
});

function Facts({ action, principleTitle, today }: { action: Action; principleTitle: string; today: Date }) {
  const styles = useStyles();
  const rows: [string, ReactNode][] = [
    ["Principle", principleTitle],
    ["Source", action.source ?? "Added in Data Hub"],
    ["Owner", action.ownerName ?? "No owner yet"],
    ["Service", action.service ?? "Not set"],
    ["Status", action.status],
    ["RAG", <RagBadge key="rag" rag={ragOf(action, today)} />],
    ["Start date", action.startDate ? formatDate(action.startDate) : "Not set"],
    ["Due date", action.dueDate ? formatDate(action.dueDate) : "Not set"],
    ["Percent complete", `${action.percentComplete}%`],
    ["Linked measures", action.linkedMeasures ?? "None yet"],
    ["Last changed", formatDate(action.modified)],
  ];
  return (
    <dl className={styles.facts}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.definition}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A progress note: recorded with the action's new status and percentage, kept in its history. */
function ProgressUpdateForm({ action, onSaved }: { action: Action; onSaved: (a: Action) => void }) {
  const styles = useStyles();
  const { sp } = useServices();
  const [target, setTarget] = useState(action);
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [percent, setPercent] = useState(String(action.percentComplete));
  const [errors, setErrors] = useState<{ note?: string; percent?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflicted, setConflicted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [posted, setPosted] = useState("");
  const announce = useAnnounce();

  const submit = async () => {
    const value = Number(percent);
    const found = {
      note: noteProblem(note),
      percent: Number.isInteger(value) && value >= 0 && value <= 100 ? undefined : "Enter a whole number from 0 to 100.",
    };
    setErrors(found);
    if (found.note || found.percent) return;
    setSaving(true);
    setFailure(null);
    setPosted("");
    try {
      const saved = await addProgressUpdate(sp, target, note.trim(), status, value);
      setNote("");
      setConflicted(false);
      setTarget(saved);
      onSaved(saved);
      // Said on screen beside the button and once to screen readers: the note left the box because it was saved.
      const confirmation = `Update posted: ${saved.status}, ${saved.percentComplete}% complete.`;
      setPosted(confirmation);
      announce(confirmation);
    } catch (error) {
      if (isConflict<Action>(error)) {
        // Someone else saved first: show their version, keep the note, ask to post again.
        setTarget(error.current);
        onSaved(error.current);
        setConflicted(true);
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }}
    >
      {conflicted && <ErrorState error={{ status: 412 }} />}
      {failure !== null && <ErrorState error={failure} />}
      <Field label="Progress update" required validationMessage={errors.note} validationState={errors.note ? "error" : "none"}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
      <div className={styles.pair}>
        <Field label="Status now">
          <StatusDropdown value={status} onChange={setStatus} />
        </Field>
        <Field label="Percent complete now" validationMessage={errors.percent} validationState={errors.percent ? "error" : "none"}>
          <Input inputMode="numeric" value={percent} onChange={(_, d) => setPercent(d.value)} />
        </Field>
      </div>
      <div>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? "Posting…" : conflicted ? "Post update again" : "Post update"}
        </Button>
        {posted && <Text className={styles.posted}>{posted}</Text>}
      </div>
    </form>
  );
}

function History({ actionId, refreshKey }: { actionId: number; refreshKey: string }) {
  const styles = useStyles();
  const { sp } = useServices();
  const updates = useAsync(() => loadUpdates(sp, actionId), [sp, actionId, refreshKey]);
  if (updates.status === "loading") return <Loading label="Loading history…" />;
  if (updates.status === "error") return <ErrorState error={updates.error} onRetry={updates.reload} />;
  if (updates.value.length === 0) return <EmptyState title="No progress updates yet." />;
  return (
    <ol className={styles.history} aria-label="Progress updates, newest first">
      {updates.value.map((u) => (
        <li key={u.version} className={styles.historyItem}>
          <Text as="p" block>
            {u.note}
          </Text>
          <Text size={200} className={styles.meta}>
            {u.author || "Someone"}, {formatDate(u.created)}
            {u.statusAfter ? ` · ${u.statusAfter}` : ""}
            {u.percentAfter !== null ? ` · ${u.percentAfter}%` : ""}
          </Text>
        </li>
      ))}
    </ol>
  );
}

function EditAction({ action, principles, onSaved, onCancel }: { action: Action; principles: Principle[]; onSaved: (a: Action) => void; onCancel: () => void }) {
  const editor = useActionEditor(action, onSaved);
  return (
    <>
      {editor.conflict && (
        <ConflictNotice
          theirChanges={editor.conflict.analysis.theirChanges.map((field) => ({ field: String(field), value: fieldValue(editor.conflict!.current, String(field)) }))}
          overlapping={editor.conflict.analysis.overlapping.map(String)}
          theirOwnerName={editor.conflict.current.ownerName}
          modified={editor.conflict.current.modified}
          saving={editor.saving}
          onReapply={editor.reapply}
          onStartAgain={editor.startAgain}
        />
      )}
      {editor.failure !== null && <ErrorState error={editor.failure} />}
      <ActionForm draft={editor.draft} errors={editor.errors} principles={principles} saving={editor.saving} submitLabel="Save changes" onChange={editor.setDraft} onSubmit={editor.submit} onCancel={onCancel} />
    </>
  );
}

/** The value of a wire field on an action, for showing the other person's change. */
function fieldValue(action: Action, field: string): unknown {
  const map: Record<string, unknown> = {
    Title: action.title,
    Detail: action.detail,
    PrincipleKey: action.principleKey,
    ActionOwnerId: action.ownerId,
    Service: action.service,
    Status: action.status,
    StartDate: action.startDate,
    DueDate: action.dueDate,
    PercentComplete: action.percentComplete,
    LinkedMeasures: action.linkedMeasures,
  };
  return map[field];
}

export interface ActionDetailProps {
  action: Action;
  principles: Principle[];
  principleTitle: string;
  canEdit: boolean;
  today: Date;
  onSaved: (action: Action) => void;
}

/** One action: its facts, latest update, history, and (for those allowed) progress and edits. */
export function ActionDetail({ action, principles, principleTitle, canEdit, today, onSaved }: ActionDetailProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  return (
    <div className={styles.stack}>
      {action.detail && <Text as="p">{action.detail}</Text>}
      {editing ? (
        <EditAction
          action={action}
          principles={principles}
          onSaved={(saved) => {
            onSaved(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <Facts action={action} principleTitle={principleTitle} today={today} />
          {canEdit ? (
            <div>
              <Button onClick={() => setEditing(true)}>Edit action</Button>
            </div>
          ) : (
            <Text className={styles.meta}>Only the action's owner and the data lead can change it.</Text>
          )}
        </>
      )}
      <section aria-labelledby="latest-update" className={styles.stack}>
        <Text as="h3" weight="semibold" size={400} id="latest-update">
          Latest update
        </Text>
        <Text as="p">{action.latestUpdate ?? "No update yet."}</Text>
        {canEdit && !editing && <ProgressUpdateForm key={action.id} action={action} onSaved={onSaved} />}
      </section>
      <section aria-labelledby="history-heading" className={styles.stack}>
        <Text as="h3" weight="semibold" size={400} id="history-heading">
          History
        </Text>
        <History actionId={action.id} refreshKey={action.etag ?? action.modified} />
      </section>
    </div>
  );
}
