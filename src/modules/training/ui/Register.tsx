import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { Button, Dropdown, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatDate, formatDateTime } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadSessionEnrolments, loadSessionsFrom, recordCompletion } from "../data/training-data";
import { placements } from "../domain/places";
import type { Course, Enrolment, Session } from "../domain/training";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }, field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, maxWidth: "28rem" } });

/** The trainer's register: who has a place on a session, and recording completion. */
export function Register({ courses, now }: { courses: Course[]; now: Date }) {
  const styles = useStyles();
  const { sp } = useServices();
  // Completion is recorded after the event: the register covers the last 90 days as well as what is ahead.
  const recent = useAsync(() => loadSessionsFrom(sp, new Date(now.getTime() - 90 * 86_400_000)), [sp, now]);
  const sessions = recent.status === "ready" ? recent.value : [];
  const [chosen, setSessionId] = useState<number | undefined>();
  const sessionId = chosen ?? sessions.find((s) => new Date(s.start) <= now)?.id ?? sessions[0]?.id;
  const [failure, setFailure] = useState<unknown>(null);
  const session = sessions.find((s) => s.id === sessionId);
  const bookings = useAsync(async () => (session ? loadSessionEnrolments(sp, [session.id]) : []), [sp, session]);
  const title = (s: Session) => `${courses.find((c) => c.key === s.courseKey)?.title ?? s.courseKey}, ${formatDate(s.start)}`;
  const complete = async (e: Enrolment) => {
    setFailure(null);
    try {
      await recordCompletion(sp, e, now);
      bookings.reload();
    } catch (error) {
      setFailure(error);
    }
  };
  if (recent.status === "loading") return <Loading label="Loading sessions…" />;
  if (recent.status === "error") return <ErrorState error={recent.error} onRetry={recent.reload} />;
  return (
    <div className={styles.stack}>
      <div className={styles.field}>
        <label htmlFor="register-session">Session</label>
        <Dropdown id="register-session" value={session ? title(session) : ""} selectedOptions={[String(sessionId ?? "")]} onOptionSelect={(_, d) => setSessionId(Number(d.optionValue))}>
          {sessions.map((s) => (
            <Option key={s.id} value={String(s.id)}>
              {title(s)}
            </Option>
          ))}
        </Dropdown>
      </div>
      {failure !== null && <ErrorState error={failure} />}
      {bookings.status === "loading" && <Loading label="Loading bookings…" />}
      {bookings.status === "error" && <ErrorState error={bookings.error} onRetry={bookings.reload} />}
      {bookings.status === "ready" && session && (() => {
        const placed = placements(bookings.value, session.capacity);
        const active = bookings.value.filter((e) => e.state !== "Cancelled");
        if (active.length === 0) return <Text>Nobody has booked this session yet.</Text>;
        // Nobody can have completed a session that has not begun; the button waits until it starts.
        const started = new Date(session.start) <= now;
        return (
          <>
          {!started && <Text>Completion can be recorded once the session has started ({formatDateTime(session.start)}).</Text>}
          <Table size="small" aria-label="Bookings">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Learner</TableHeaderCell>
                <TableHeaderCell>Service</TableHeaderCell>
                <TableHeaderCell>Place</TableHeaderCell>
                <TableHeaderCell>Completion</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {active.map((e) => {
                const p = placed.get(e.id);
                return (
                  <StaticTableRow key={e.id}>
                    <TableCell>{e.learnerName ?? `Person ${e.learnerId}`}</TableCell>
                    <TableCell>{e.learnerService ?? ""}</TableCell>
                    <TableCell>{p?.state === "Waitlisted" ? `Waiting list ${p.position}` : "Has a place"}</TableCell>
                    <TableCell>
                      {e.state === "Completed" ? (
                        "Completed"
                      ) : p?.state === "Waitlisted" || !started ? (
                        ""
                      ) : (
                        <Button size="small" onClick={() => void complete(e)} aria-label={`Record completion: ${e.learnerName ?? "this learner"}`}>
                          Record completion
                        </Button>
                      )}
                    </TableCell>
                  </StaticTableRow>
                );
              })}
            </TableBody>
          </Table>
          </>
        );
      })()}
    </div>
  );
}
