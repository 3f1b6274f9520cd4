import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatDate, formatNumber } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { ErrorState, Loading } from "../../../core/ui/states";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { addRecord, loadRecords, saveRecord } from "../data/records-data";
import { type DataShareSession, sessionKind, splitSessions } from "../domain/session";
import { SafeLink, useFocusStyles } from "./parts";
import { RecordDrawer, RecordEditor } from "./RecordDrawer";
import type { SectionProps } from "./section-props";
import { useRecords } from "./use-records";

function SessionTable({ sessions, caption, canEdit, onEdit }: { sessions: DataShareSession[]; caption: string; canEdit: boolean; onEdit: (s: DataShareSession) => void }) {
  const styles = useFocusStyles();
  return (
    <div className={styles.tableWrap}>
      <Table aria-label={caption} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Date</TableHeaderCell>
            <TableHeaderCell>Topic</TableHeaderCell>
            <TableHeaderCell>Presenter</TableHeaderCell>
            <TableHeaderCell>Attendance</TableHeaderCell>
            <TableHeaderCell>Slides</TableHeaderCell>
            {canEdit && <TableHeaderCell>Change</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.map((s) => (
            <StaticTableRow key={s.id}>
              <TableCell>{formatDate(s.date)}</TableCell>
              <TableCell>
                {s.topic}
                {s.summary ? <Text block size={200} className={styles.meta}>{s.summary}</Text> : null}
              </TableCell>
              <TableCell>
                {s.presenter}
                {s.service ? <Text block size={200} className={styles.meta}>{s.service}</Text> : null}
              </TableCell>
              <TableCell>{s.attendance === null ? "Not recorded" : formatNumber(s.attendance)}</TableCell>
              <TableCell>{s.slidesLink ? <SafeLink href={s.slidesLink}>Slides for {s.topic}</SafeLink> : "None"}</TableCell>
              {canEdit && (
                <TableCell>
                  <Button size="small" onClick={() => onEdit(s)} aria-label={`Edit ${s.topic}`}>
                    Edit
                  </Button>
                </TableCell>
              )}
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** "Data share" sessions: upcoming, then past, with attendance and slides. */
export function SessionsSection({ today }: SectionProps) {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const sessions = useRecords(() => loadRecords(sp, sessionKind), [sp]);
  const [editing, setEditing] = useState<{ session: DataShareSession | null } | null>(null);
  const [notice, setNotice] = useState("");
  const canEdit = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute);

  return (
    <section aria-labelledby="sessions-heading" className={styles.section}>
      <div className={styles.toolbar}>
        <Title3 as="h2" id="sessions-heading">
          Data share sessions
        </Title3>
        {canEdit && (
          <Button icon={<Add20Regular />} onClick={() => setEditing({ session: null })}>
            Add a session
          </Button>
        )}
      </div>
      <Text as="p">Regular “data share” presentations, where teams present insights, successes and best practices.</Text>
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      {sessions.status === "loading" && <Loading label="Loading sessions…" />}
      {sessions.status === "error" && <ErrorState error={sessions.error} onRetry={sessions.reload} />}
      {sessions.status === "ready" &&
        (() => {
          const { upcoming, past } = splitSessions(sessions.value, today);
          return (
            <>
              <Text as="h3" size={400} weight="semibold">
                Coming up
              </Text>
              {upcoming.length ? <SessionTable sessions={upcoming} caption="Sessions coming up" canEdit={canEdit} onEdit={(s) => setEditing({ session: s })} /> : <Text>No sessions planned yet.</Text>}
              <Text as="h3" size={400} weight="semibold">
                Past sessions
              </Text>
              {past.length ? <SessionTable sessions={past} caption="Past sessions" canEdit={canEdit} onEdit={(s) => setEditing({ session: s })} /> : <Text>No sessions held yet.</Text>}
            </>
          );
        })()}
      <RecordDrawer open={editing !== null} title={editing?.session ? `Edit “${editing.session.topic}”` : "Add a data share session"} onClose={() => setEditing(null)}>
        {editing && (
          <RecordEditor<DataShareSession>
            record={editing.session}
            fields={sessionKind.fields}
            initialDraft={sessionKind.draftOf(editing.session, today)}
            check={sessionKind.check}
            save={(draft, base) => (base ? saveRecord(sp, sessionKind, base, sessionKind.valuesOf(draft)) : addRecord(sp, sessionKind, sessionKind.valuesOf(draft)))}
            submitLabel={editing.session ? "Save the session" : "Add session"}
            onCancel={() => setEditing(null)}
            onSaved={(s) => {
              setEditing(null);
              setNotice(`Saved “${s.topic}” on ${formatDate(s.date)}.`);
              sessions.upsert(s);
            }}
          />
        )}
      </RecordDrawer>
    </section>
  );
}
