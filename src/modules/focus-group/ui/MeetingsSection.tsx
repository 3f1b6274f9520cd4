import { Button, Field, Input, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from "@fluentui/react-components";
import { Add20Regular, Edit20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { describeFailure } from "../../../core/data/errors";
import { hubUrlFor } from "../../../core/domain/deep-links";
import { formatDate, plural } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { addActionArising, loadMeetingActions, sendToTracker, type TrackerAction } from "../data/meeting-actions-data";
import { addRecord, getRecord, loadRecords, saveRecord } from "../data/records-data";
import { actionArisingDetail, actionArisingProblem, attendeeNames, type Meeting, type MeetingAction, meetingKind } from "../domain/meeting";
import { Facts, MODULE_ID, SampleBadge, sectionHref, useFocusStyles } from "./parts";
import { RecordDrawer, RecordEditor } from "./RecordDrawer";
import type { SectionProps } from "./section-props";
import { useRecords } from "./use-records";

function MeetingTable({ meetings, caption }: { meetings: Meeting[]; caption: string }) {
  const styles = useFocusStyles();
  return (
    <div className={styles.tableWrap}>
      <Table aria-label={caption} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Date</TableHeaderCell>
            <TableHeaderCell>Meeting</TableHeaderCell>
            <TableHeaderCell>Attendees</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {meetings.map((m) => (
            <StaticTableRow key={m.id}>
              <TableCell>{formatDate(m.date)}</TableCell>
              <TableCell>
                <Link href={sectionHref("meetings", [m.id])}>{m.title}</Link>
              </TableCell>
              <TableCell>{attendeeNames(m).length || "Not recorded"}</TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The group's meetings: upcoming, then held. */
export function MeetingsSection({ today }: SectionProps) {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const meetings = useRecords(() => loadRecords(sp, meetingKind), [sp]);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState("");
  const canAdd = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute);
  const day = (m: Meeting) => m.date.slice(0, 10);

  return (
    <section aria-labelledby="meetings-heading" className={styles.section}>
      <div className={styles.toolbar}>
        <Title3 as="h2" id="meetings-heading">
          Meetings
        </Title3>
        {canAdd && (
          <Button icon={<Add20Regular />} onClick={() => setAdding(true)}>
            Add a meeting
          </Button>
        )}
      </div>
      <Text as="p">The data focus group's meetings: agenda, notes, who came and the actions arising, which go to the action tracker.</Text>
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      {meetings.status === "loading" && <Loading label="Loading meetings…" />}
      {meetings.status === "error" && <ErrorState error={meetings.error} onRetry={meetings.reload} />}
      {meetings.status === "ready" &&
        (() => {
          const upcoming = meetings.value.filter((m) => day(m) >= today).sort((a, b) => day(a).localeCompare(day(b)));
          const held = meetings.value.filter((m) => day(m) < today).sort((a, b) => day(b).localeCompare(day(a)));
          if (!upcoming.length && !held.length) return <EmptyState title="No meetings recorded yet." />;
          return (
            <>
              <Text as="h3" size={400} weight="semibold">
                Coming up
              </Text>
              {upcoming.length ? <MeetingTable meetings={upcoming} caption="Meetings coming up" /> : <Text>None planned yet.</Text>}
              <Text as="h3" size={400} weight="semibold">
                Held
              </Text>
              {held.length ? <MeetingTable meetings={held} caption="Meetings held" /> : <Text>None held yet.</Text>}
            </>
          );
        })()}
      <RecordDrawer open={adding} title="Add a meeting" onClose={() => setAdding(false)}>
        {adding && (
          <RecordEditor<Meeting>
            record={null}
            fields={meetingKind.fields}
            initialDraft={meetingKind.draftOf(null, today)}
            check={meetingKind.check}
            save={(draft) => addRecord(sp, meetingKind, meetingKind.valuesOf(draft))}
            submitLabel="Add meeting"
            onCancel={() => setAdding(false)}
            onSaved={(m) => {
              setAdding(false);
              setNotice(`Added the meeting on ${formatDate(m.date)}.`);
              meetings.upsert(m);
            }}
          />
        )}
      </RecordDrawer>
    </section>
  );
}

/** What the tracker is given for an action arising: its words, and the meeting it came from (with the meeting's address). */
function trackerAction(meeting: Meeting, title: string): TrackerAction {
  const address = hubUrlFor(window.location.href, `${MODULE_ID}/meetings/${meeting.id}`);
  return { title: title.trim(), detail: `${actionArisingDetail(meeting, formatDate(meeting.date))} ${address}` };
}

/** A meeting's actions arising: each linked to its action in the tracker, or waiting to be added to it. */
function ActionsArising({ meeting, canAdd }: { meeting: Meeting; canAdd: boolean }) {
  const styles = useFocusStyles();
  const { sp } = useServices();
  const arising = useRecords(() => loadMeetingActions(sp, meeting.id), [sp, meeting.id]);
  const [title, setTitle] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const [failure, setFailure] = useState<unknown>(null);

  const trackerRefusal = (error: unknown) => {
    const status = describeFailure(error).status;
    return status === 403 ? "Only managers and the data lead can add actions to the action tracker: it is recorded on this meeting for one of them to add." : `${describeFailure(error).title}: it is recorded on this meeting; add it to the tracker again later.`;
  };

  const add = async () => {
    const found = actionArisingProblem(title);
    setProblem(found);
    if (found || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await addActionArising(sp, meeting.id, trackerAction(meeting, title));
      setTitle("");
      setNotice(result.trackerError === null ? `Added “${result.arising.title}” to the action tracker.` : `Recorded “${result.arising.title}” on the meeting. ${trackerRefusal(result.trackerError)}`);
      arising.upsert(result.arising);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const send = async (item: MeetingAction) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const linked = await sendToTracker(sp, item, trackerAction(meeting, item.title));
      setNotice(`Added “${linked.title}” to the action tracker.`);
      arising.upsert(linked);
    } catch (error) {
      setNotice(trackerRefusal(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="arising-heading" className={styles.section}>
      <Text as="h3" size={400} weight="semibold" id="arising-heading">
        Actions arising
      </Text>
      {arising.status === "loading" && <Loading label="Loading actions arising…" />}
      {arising.status === "error" && <ErrorState error={arising.error} onRetry={arising.reload} />}
      {arising.status === "ready" &&
        (arising.value.length === 0 ? (
          <Text>None recorded.</Text>
        ) : (
          <ul className={styles.plainList}>
            {[...arising.value].sort((a, b) => a.id - b.id).map((item) => (
              <li key={item.id}>
                {item.actionId !== null ? (
                  <Link href={routeHref("actions", [String(item.actionId)])}>{item.title}</Link>
                ) : (
                  <>
                    <Text>{item.title}</Text> <Text className={styles.meta}>(not in the action tracker yet)</Text>{" "}
                    {canAdd && (
                      <Button size="small" disabledFocusable={busy} onClick={() => void send(item)} aria-label={`Add to the action tracker: ${item.title}`}>
                        Add to the action tracker
                      </Button>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        ))}
      {canAdd && (
        <form
          className={styles.toolbar}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Field label="New action arising" validationMessage={problem ?? undefined} validationState={problem ? "error" : "none"} hint="It is added to the action tracker, linked to this meeting.">
            <Input value={title} onChange={(_, d) => setTitle(d.value)} />
          </Field>
          <Button type="submit" disabledFocusable={busy}>
            {busy ? "Adding…" : "Add action"}
          </Button>
        </form>
      )}
      {failure !== null && <ErrorState error={failure} />}
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
    </section>
  );
}

/** `#/focus-group/meetings/<id>`: a meeting's agenda, notes, attendees and actions arising. */
export function MeetingDetail({ id }: SectionProps & { id: number }) {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const loaded = useAsync(() => getRecord(sp, meetingKind, id), [sp, id]);
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState("");
  const current = meeting ?? (loaded.status === "ready" ? loaded.value : null);
  if (loaded.status === "loading") return <Loading label="Loading the meeting…" />;
  if (loaded.status === "error") return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!current) return null;
  const canEdit = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute);
  const names = attendeeNames(current);

  return (
    <article aria-labelledby="meeting-heading" className={styles.section}>
      <Link href={routeHref(MODULE_ID, ["meetings"])}>Back to all meetings</Link>
      <div className={styles.toolbar}>
        <Title3 as="h2" id="meeting-heading">
          {current.title}, {formatDate(current.date)}
        </Title3>
        <SampleBadge title={current.title} />
      </div>
      <Facts rows={[["Agenda", current.agenda ?? "Not recorded"], ["Notes", current.notes ?? "Not recorded yet"], ["Attendees", names.length ? `${plural(names.length, "person", "people")}: ${names.join(", ")}` : "Not recorded"]]} />
      {canEdit && (
        <div>
          <Button icon={<Edit20Regular />} onClick={() => setEditing(true)}>
            Edit the meeting
          </Button>
        </div>
      )}
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      <ActionsArising meeting={current} canAdd={canEdit} />
      <RecordDrawer open={editing} title="Edit the meeting" onClose={() => setEditing(false)}>
        {editing && (
          <RecordEditor<Meeting>
            record={current}
            fields={meetingKind.fields}
            initialDraft={meetingKind.draftOf(current, "")}
            check={meetingKind.check}
            save={(draft, base) => saveRecord(sp, meetingKind, base ?? current, meetingKind.valuesOf(draft))}
            submitLabel="Save the meeting"
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              setMeeting(saved);
              setEditing(false);
              setNotice("The meeting is saved.");
            }}
          />
        )}
      </RecordDrawer>
    </article>
  );
}
