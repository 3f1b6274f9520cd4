import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatDateTime } from "../../../core/domain/format";
import { EmptyState } from "../../../core/ui/states";
import type { Placement } from "../domain/places";
import type { Course, Enrolment, Session } from "../domain/training";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface MyLearningProps {
  mine: Enrolment[];
  sessions: Map<number, Session>;
  courses: Course[];
  placed: Map<number, Placement>;
  now: Date;
  onCalendar: (e: Enrolment) => void;
  onSurvey: (e: Enrolment, which: "pre" | "post") => void;
  onComplete: (e: Enrolment) => void;
  onCancel: (e: Enrolment) => void;
}

function stateText(e: Enrolment, p: Placement | undefined): string {
  if (e.state === "Completed") return "Completed";
  if (p?.state === "Waitlisted") return `Waiting list, number ${p.position}`;
  return "Booked";
}

/** A learner's bookings: calendar, surveys before and after, completion, cancelling. */
export function MyLearning({ mine, sessions, courses, placed, now, onCalendar, onSurvey, onComplete, onCancel }: MyLearningProps) {
  const styles = useStyles();
  const active = mine.filter((e) => e.state !== "Cancelled");
  if (active.length === 0) return <EmptyState title="You have no bookings yet.">Find a course in the catalogue and book a place.</EmptyState>;
  return (
    <ul className={styles.list} aria-label="My bookings">
      {active.map((e) => {
        const course = courses.find((c) => c.key === e.courseKey);
        const session = sessions.get(e.sessionId);
        const started = session ? new Date(session.start) <= now : false;
        const learnerMayComplete = course?.completionRule === "Learner confirms";
        const title = course?.title ?? e.courseKey;
        return (
          <li key={e.id}>
            <Card aria-label={title}>
              <Text as="h3" size={400} weight="semibold">
                {title}
              </Text>
              <Text>
                {session ? `${formatDateTime(session.start)}, ${session.location ?? "place to be confirmed"}` : "Session details unavailable"} · {stateText(e, placed.get(e.id))}
              </Text>
              <Text size={200}>
                Confidence before: {e.pre ? "rated" : "not rated yet"} · after: {e.post ? "rated" : e.state === "Completed" ? "not rated yet" : "after you complete the course"}
              </Text>
              <div className={styles.buttons}>
                {session && e.state !== "Completed" && <Button onClick={() => onCalendar(e)}>Add to calendar</Button>}
                {!e.pre && e.state !== "Completed" && <Button onClick={() => onSurvey(e, "pre")}>Rate my confidence before</Button>}
                {e.state !== "Completed" && learnerMayComplete && started && (
                  <Button appearance="primary" onClick={() => onComplete(e)}>
                    I have completed this
                  </Button>
                )}
                {e.state !== "Completed" && !learnerMayComplete && <Text size={200}>The trainer records completion for this course.</Text>}
                {e.state === "Completed" && !e.post && (
                  <Button appearance="primary" onClick={() => onSurvey(e, "post")}>
                    Rate my confidence after
                  </Button>
                )}
                {e.state !== "Completed" && <Button onClick={() => onCancel(e)}>Cancel booking</Button>}
              </div>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
