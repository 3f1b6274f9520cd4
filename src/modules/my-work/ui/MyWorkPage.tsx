import { Button, makeStyles, Text, Title2, tokens } from "@fluentui/react-components";
import { groupWork, workSummary } from "../../../core/domain/work";
import type { ModulePageProps } from "../../../core/module";
import { useModules } from "../../../core/ui/modules-context";
import { useMyWork } from "../../../core/ui/my-work";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { LocalFeed } from "./LocalFeed";
import { NotificationSettingsForm } from "./NotificationSettingsForm";
import { useDeadlineReminders } from "./use-reminders";
import { WorkNotices } from "./WorkNotices";
import { WorkGroupList } from "./WorkList";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "60rem" },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

/** My work: everything that needs the person, grouped, each a link to the item; then their notification settings. */
export default function MyWorkPage({ module }: ModulePageProps) {
  const styles = useStyles();
  const modules = useModules();
  const { hostKind } = useServices();
  const work = useMyWork({ fresh: true });
  const reminderProblem = useDeadlineReminders(work.status === "ready" ? work.value : null);
  const titleOf = (id: string) => modules.find((m) => m.id === id)?.title ?? id;
  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          {module.title}
        </Title2>
        <Text as="p">{module.summary}</Text>
      </div>
      {work.status === "loading" && <Loading label="Finding what needs you…" />}
      {work.status === "error" && <ErrorState error={work.error} onRetry={work.reload} />}
      {work.status === "ready" && (
        <>
          <div className={styles.bar}>
            <Text as="p" weight="semibold" data-testid="work-summary">
              {workSummary(work.value.items)}
            </Text>
            <Button onClick={work.reload}>Check again</Button>
          </div>
          <WorkNotices notes={work.value.notes} reminderProblem={reminderProblem} />
          {work.value.items.length === 0 ? (
            <EmptyState title="Nothing needs you right now">
              <Text>Actions assigned to you, proposals to approve, reviews and returns due, documents to read and your booked training will show here.</Text>
            </EmptyState>
          ) : (
            <div className={styles.groups}>
              {groupWork(work.value.items).map((group) => (
                <WorkGroupList key={group.kind} group={group} headingLevel="h2" moduleTitle={titleOf} />
              ))}
            </div>
          )}
        </>
      )}
      <section aria-labelledby="my-work-notifications-heading" className={styles.groups}>
        <Text as="h2" size={500} weight="semibold" id="my-work-notifications-heading">
          Teams notifications
        </Text>
        <NotificationSettingsForm />
        {hostKind === "local" && <LocalFeed />}
      </section>
    </div>
  );
}
