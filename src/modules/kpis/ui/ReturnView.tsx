import { Badge, Link, Text, Title2 } from "@fluentui/react-components";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { ListLink } from "../../../core/ui/ListLink";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { PublicationsForReturn } from "../../open-data";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadReturn } from "../data/calendar-data";
import { type CalendarDate, formatCalendarDate } from "../domain/calendar-date";
import { describeRule } from "../domain/deadline-rules";
import type { StoredSubmission } from "../domain/return-records";
import { stageFromColumns } from "../domain/stage-columns";
import { OccurrenceTable } from "./OccurrenceTable";
import { OwnerEditor, StageEditor } from "./ReturnEditor";
import { useKpiStyles } from "./styles";
import { statusesOf } from "./use-calendar";
import { useViewer } from "./use-viewer";

const CONFIDENCE_WORDS = { verified: "Verified from the source", "partly verified": "Partly verified: check the source", unverified: "Not verified: check the source" } as const;

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const styles = useKpiStyles();
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

/** One return or publication: its facts and sources, its deadline rules and stages, and every deadline in the window. */
export function ReturnView({ returnKey, today }: { returnKey: string; today: CalendarDate }) {
  const styles = useKpiStyles();
  const { sp } = useServices();
  const viewer = useViewer();
  const [revision, setRevision] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const data = useAsync(() => loadReturn(sp, returnKey), [sp, returnKey, revision]);
  const [saved, setSaved] = useState<ReadonlyMap<string, StoredSubmission>>(new Map());
  // Keep the page on screen while it reloads after a change, so focus and place are not lost.
  const [loaded, setLoaded] = useState<Awaited<ReturnType<typeof loadReturn>>>(null);
  const [found, setFound] = useState<boolean | null>(null);
  useEffect(() => {
    if (data.status !== "ready") return;
    setSaved(new Map());
    setLoaded(data.value);
    setFound(data.value !== null);
  }, [data]);
  const submissions = useMemo(() => (loaded ? [...loaded.submissions.filter((s) => !saved.has(s.occurrenceKey)), ...saved.values()] : []), [loaded, saved]);
  const statuses = useMemo(() => (loaded ? statusesOf({ returns: [loaded.item] }, submissions, today) : []), [loaded, submissions, today]);

  const header = (title: string) => (
    <div>
      <Link href={routeHref("kpis", ["calendar"], { view: "returns" })}>Reporting calendar</Link>
      <Title2 as="h1" block>
        {title}
      </Title2>
    </div>
  );
  if (data.status === "error" && !loaded) return <ErrorState error={data.error} onRetry={data.reload} />;
  if (found === null || (found && !loaded)) return <Loading label="Loading the return…" />;
  if (!loaded)
    return (
      <div className={styles.page}>
        {header("Return not found")}
        <EmptyState title={`There is no return with the key “${returnKey}”.`} />
      </div>
    );
  const { item: stored } = loaded;
  const r = stored.item;
  const changed = (message: string) => {
    setAnnouncement(message);
    setRevision((n) => n + 1);
  };

  return (
    <div className={styles.page} data-testid="return-page">
      {header(r.name)}
      <Text role="status" aria-live="polite">
        {announcement}
      </Text>
      <Facts
        rows={[
          ["Kind", `${r.kind === "publication" ? "Publication" : "Return"}, ${r.statutory ? "statutory" : "non-statutory"}`],
          ["Reference", r.reference ?? "None known"],
          ["Recipient", r.recipient ?? "Not set"],
          ["Channel", r.channel ?? "Not set"],
          ["Legal basis", r.legalBasis ?? "Not set"],
          ["Responsible role", r.ownerRole ?? "Not named by the source"],
          ["Owner", stored.ownerName ?? "No owner yet"],
          ["Tracked from", `${formatCalendarDate(stored.trackedFrom)}${stored.trackedFromColumn ? "" : " (the day it was added)"}`],
          ["The deadline", CONFIDENCE_WORDS[r.confidence]],
          [
            "Sources",
            <ul key="sources" className={styles.list}>
              {r.sourceUrls.map((u) => (
                <li key={u}>
                  <ListLink url={u} />
                </li>
              ))}
            </ul>,
          ],
          ["Notes", r.notes ? <span style={{ whiteSpace: "pre-wrap" }}>{r.notes}</span> : "None"],
        ]}
      />
      {returnKey.startsWith("transparency-") && <PublicationsForReturn returnKey={returnKey} />}
      {stored.problems.length > 0 && (
        <EmptyState title="Some of its deadline rules cannot be read, so they make no deadlines:">
          <ul className={styles.list}>
            {stored.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </EmptyState>
      )}
      <section className={styles.stack} aria-labelledby="rules-heading">
        <Text as="h2" size={500} weight="semibold" id="rules-heading">
          Deadline rules
        </Text>
        {stored.stages.map((stage) => {
          const read = stageFromColumns(stage.columns).stage;
          return (
            <div key={stage.id} className={styles.card}>
              <Text as="h3" size={400} weight="semibold">
                {stage.columns.Title}
              </Text>
              <Text>{read ? describeRule(read.rule) : "This rule cannot be read."}.</Text>
              {stage.columns.Certifier && <Text>Signed off by: {stage.columns.Certifier}</Text>}
              {read?.checkTheDate && (
                <div className={styles.actions}>
                  <Badge appearance="outline" color="important">
                    Check the date
                  </Badge>
                  <Text>{read.checkReason}</Text>
                </div>
              )}
              {read && read.overrides.length > 0 && (
                <>
                  <Text weight="semibold">Dates moved for a year</Text>
                  <ul className={styles.list}>
                    {read.overrides.map((o) => (
                      <li key={o.period}>
                        {o.period}: {o.deadline ? formatCalendarDate(o.deadline) : "no return that year"}
                        {o.source && (
                          <>
                            {" ("}
                            <ListLink url={o.source} />
                            {")"}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {viewer.canManage && <StageEditor key={`${stage.id}:${stage.etag}`} stage={stage} onSaved={changed} />}
            </div>
          );
        })}
      </section>
      <section className={styles.stack} aria-labelledby="deadlines-heading">
        <Text as="h2" size={500} weight="semibold" id="deadlines-heading">
          Deadlines, three years back and a year ahead
        </Text>
        {statuses.length === 0 ? (
          <Text>No deadlines in that time.</Text>
        ) : (
          <OccurrenceTable
            label={`Deadlines of ${r.name}`}
            occurrences={statuses}
            submissions={submissions}
            today={today}
            viewer={viewer}
            ownerName={() => stored.ownerName ?? "No owner yet"}
            hideReturn
            onSaved={(s, message) => {
              setSaved((m) => new Map(m).set(s.occurrenceKey, s));
              if (message) setAnnouncement(message);
            }}
          />
        )}
      </section>
      {viewer.canManage && <OwnerEditor key={stored.etag ?? stored.id} item={stored} onSaved={changed} />}
    </div>
  );
}
