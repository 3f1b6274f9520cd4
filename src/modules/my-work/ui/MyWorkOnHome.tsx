import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { groupWork, workSummary } from "../../../core/domain/work";
import { useMyWork } from "../../../core/ui/my-work";
import { routeHref } from "../../../core/ui/router";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useDeadlineReminders } from "./use-reminders";
import { WorkNotices } from "./WorkNotices";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
});

/** The top of Home: what needs the person, in one sentence and a count per group, with the way to My work. */
export default function MyWorkOnHome() {
  const styles = useStyles();
  const work = useMyWork({ fresh: true });
  const reminderProblem = useDeadlineReminders(work.status === "ready" ? work.value : null);
  return (
    <section aria-labelledby="home-my-work-heading" className={styles.card}>
      <Text as="h2" size={500} weight="semibold" id="home-my-work-heading">
        What needs you
      </Text>
      {work.status === "loading" && <Loading label="Finding what needs you…" />}
      {work.status === "error" && <ErrorState error={work.error} onRetry={work.reload} />}
      {work.status === "ready" && (
        <>
          <Text as="p" data-testid="work-summary">
            {workSummary(work.value.items)}
          </Text>
          <WorkNotices notes={work.value.notes} reminderProblem={reminderProblem} />
          {groupWork(work.value.items).length > 0 && (
            <ul className={styles.counts} aria-label="What needs you, by kind">
              {groupWork(work.value.items).map((g) => (
                <li key={g.kind}>
                  <Text weight="semibold">{g.items.length}</Text> <Text>{g.overdue > 0 ? `${g.label.toLowerCase()} (${g.overdue} overdue)` : g.label.toLowerCase()}</Text>
                </li>
              ))}
            </ul>
          )}
          <Link href={routeHref("my-work")}>Open My work</Link>
        </>
      )}
    </section>
  );
}
