import { Badge, Button, Card, CardHeader, Text, Title3 } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatDate } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { addRecord, loadRecords, saveRecord } from "../data/records-data";
import { type Lesson, lessonKind } from "../domain/lesson";
import { matchMentoring, type MentoringEntry, mentoringKind } from "../domain/mentoring";
import { SampleBadge, useFocusStyles } from "./parts";
import { RecordDrawer, RecordEditor } from "./RecordDrawer";
import type { SectionProps } from "./section-props";
import { useRecords } from "./use-records";

type Editing = { kind: "lesson"; record: Lesson | null } | { kind: "mentoring"; record: MentoringEntry | null };

function MentoringCard({ entry, canEdit, onEdit }: { entry: MentoringEntry; canEdit: boolean; onEdit: () => void }) {
  const styles = useFocusStyles();
  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <Text as="h4" weight="semibold">
            {entry.title}
          </Text>
        }
        description={<Text className={styles.meta}>{`${entry.kind === "Offer" ? "Offered" : "Requested"} by ${entry.personName ?? "a colleague"} · ${entry.status}`}</Text>}
      />
      <Text>Topics: {entry.topics.join(", ")}</Text>
      {entry.detail && (
        <Text as="p" className={styles.text}>
          {entry.detail}
        </Text>
      )}
      <div className={styles.toolbar}>
        <SampleBadge title={entry.title} />
        {canEdit && (
          <Button size="small" onClick={onEdit} aria-label={`Edit ${entry.title}`}>
            Edit
          </Button>
        )}
      </div>
    </Card>
  );
}

/** Lessons learnt, and mentoring offers and requests matched by topic. */
export function LearningSection({ today }: SectionProps) {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const lessons = useRecords(() => loadRecords(sp, lessonKind), [sp]);
  const mentoring = useRecords(() => loadRecords(sp, mentoringKind), [sp]);
  const failed = lessons.status === "error" ? lessons : mentoring.status === "error" ? mentoring : null;
  const data =
    lessons.status === "ready" && mentoring.status === "ready"
      ? { status: "ready" as const, value: { lessons: [...lessons.value].sort((a, b) => b.id - a.id), mentoring: [...mentoring.value].sort((a, b) => b.id - a.id) } }
      : { status: failed ? ("error" as const) : ("loading" as const) };
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState("");
  const canEdit = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute);
  const saved = (message: string) => {
    setEditing(null);
    setNotice(message);
  };

  return (
    <section aria-labelledby="learning-heading" className={styles.section}>
      <Title3 as="h2" id="learning-heading">
        Lessons and mentoring
      </Title3>
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      {data.status === "loading" && <Loading label="Loading lessons and mentoring…" />}
      {failed && failed.status === "error" && <ErrorState error={failed.error} onRetry={failed.reload} />}
      {data.status === "ready" && (
        <>
          <div className={styles.toolbar}>
            <Text as="h3" size={500} weight="semibold">
              Lessons learnt
            </Text>
            {canEdit && (
              <Button icon={<Add20Regular />} onClick={() => setEditing({ kind: "lesson", record: null })}>
                Add a lesson
              </Button>
            )}
          </div>
          {data.value.lessons.length === 0 ? (
            <EmptyState title="No lessons recorded yet." />
          ) : (
            <ul className={styles.cards} aria-label="Lessons learnt">
              {data.value.lessons.map((lesson) => (
                <li key={lesson.id}>
                  <Card className={styles.card}>
                    <CardHeader
                      header={
                        <Text as="h4" weight="semibold">
                          {lesson.title}
                        </Text>
                      }
                      description={<Text className={styles.meta}>{[lesson.service, lesson.authorName && `from ${lesson.authorName}`, formatDate(lesson.created)].filter(Boolean).join(" · ")}</Text>}
                    />
                    <Text as="p" className={styles.text}>
                      {lesson.lesson}
                    </Text>
                    {lesson.topics.length > 0 && <Text>Topics: {lesson.topics.join(", ")}</Text>}
                    <div className={styles.toolbar}>
                      <SampleBadge title={lesson.title} />
                      {canEdit && (
                        <Button size="small" onClick={() => setEditing({ kind: "lesson", record: lesson })} aria-label={`Edit ${lesson.title}`}>
                          Edit
                        </Button>
                      )}
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )}

          <div className={styles.toolbar}>
            <Text as="h3" size={500} weight="semibold">
              Mentoring
            </Text>
            {canEdit && (
              <Button icon={<Add20Regular />} onClick={() => setEditing({ kind: "mentoring", record: null })}>
                Offer or ask for mentoring
              </Button>
            )}
          </div>
          {(() => {
            const matches = matchMentoring(data.value.mentoring);
            return (
              <section aria-labelledby="matches-heading" className={styles.section}>
                <Text as="h4" weight="semibold" id="matches-heading">
                  Matches by topic
                </Text>
                {matches.length === 0 ? (
                  <Text>No open request shares a topic with an open offer yet.</Text>
                ) : (
                  <ul className={styles.plainList}>
                    {matches.map((m) => (
                      <li key={`${m.offer.id}-${m.request.id}`}>
                        <Badge appearance="tint" color="brand">
                          {m.topics.join(", ")}
                        </Badge>{" "}
                        {m.request.personName ?? "A colleague"} asked for “{m.request.title}”; {m.offer.personName ?? "a colleague"} offers “{m.offer.title}”.
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })()}
          {(["Offer", "Request"] as const).map((kind) => {
            const entries = data.value.mentoring.filter((e) => e.kind === kind);
            return (
              <section key={kind} aria-label={kind === "Offer" ? "Mentoring offers" : "Mentoring requests"} className={styles.section}>
                <Text as="h4" weight="semibold">
                  {kind === "Offer" ? "Offers" : "Requests"}
                </Text>
                {entries.length === 0 ? (
                  <Text>None yet.</Text>
                ) : (
                  <ul className={styles.cards}>
                    {entries.map((entry) => (
                      <li key={entry.id}>
                        <MentoringCard entry={entry} canEdit={canEdit} onEdit={() => setEditing({ kind: "mentoring", record: entry })} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      )}
      <RecordDrawer open={editing !== null} title={editing?.kind === "lesson" ? (editing.record ? "Edit the lesson" : "Add a lesson") : editing?.record ? "Edit the offer or request" : "Offer or ask for mentoring"} onClose={() => setEditing(null)}>
        {editing?.kind === "lesson" && (
          <RecordEditor<Lesson>
            record={editing.record}
            fields={lessonKind.fields}
            initialDraft={lessonKind.draftOf(editing.record, today)}
            check={lessonKind.check}
            save={(draft, base) => (base ? saveRecord(sp, lessonKind, base, lessonKind.valuesOf(draft)) : addRecord(sp, lessonKind, lessonKind.valuesOf(draft)))}
            submitLabel={editing.record ? "Save the lesson" : "Add lesson"}
            onCancel={() => setEditing(null)}
            onSaved={(l) => {
              lessons.upsert(l);
              saved(`Saved the lesson “${l.title}”.`);
            }}
          />
        )}
        {editing?.kind === "mentoring" && (
          <RecordEditor<MentoringEntry>
            record={editing.record}
            fields={mentoringKind.fields}
            initialDraft={mentoringKind.draftOf(editing.record, today)}
            check={mentoringKind.check}
            save={(draft, base) => (base ? saveRecord(sp, mentoringKind, base, mentoringKind.valuesOf(draft)) : addRecord(sp, mentoringKind, mentoringKind.valuesOf(draft)))}
            submitLabel={editing.record ? "Save" : "Add"}
            onCancel={() => setEditing(null)}
            onSaved={(e) => {
              mentoring.upsert(e);
              saved(`Saved “${e.title}”.`);
            }}
          />
        )}
      </RecordDrawer>
    </section>
  );
}
