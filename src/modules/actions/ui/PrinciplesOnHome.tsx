import { Card, CardHeader, Link, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { plural } from "../../../core/domain/format";
import { RagBadge } from "../../../core/ui/RagBadge";
import { routeHref } from "../../../core/ui/router";
import { ErrorState, Loading } from "../../../core/ui/states";
import { principlesList } from "../../../../manifest/principles";
import { CacheNote } from "../../../core/ui/CacheNote";
import { screenRead, useScreenRead } from "../../../core/ui/screen-read";
import { loadPrincipleProgress } from "../data/principle-progress-data";
import { type PrincipleProgress, summariseProgress } from "../domain/principle-progress";
import { actionsList } from "../lists";

/** Home's principle cards, kept for a reopened tab (the summary only: a few hundred bytes, whatever the list's size). */
const CARDS = screenRead(
  "home.principles",
  async ({ sp }) => {
    const { principles, actions } = await loadPrincipleProgress(sp);
    return summariseProgress(principles, actions);
  },
  { cacheOver: [principlesList, actionsList] },
);

/** Started as soon as the person is signed in, before Home renders (module-pages.ts). */
export const readAheadOnHome = CARDS.readAhead;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  grid: { display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))", listStyleType: "none", margin: 0, padding: 0 },
  card: { height: "100%" },
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
  summary: { color: tokens.colorNeutralForeground2 },
  // In forced colours the track is an outline and the bar a system-colour fill, so an empty bar
  // reads as empty (Fluent's own forced-colours border drew 0% as a full line).
  bar: { "@media (forced-colors: active)": { backgroundColor: "Canvas", outline: "1px solid CanvasText" } },
  barFill: { "@media (forced-colors: active)": { backgroundColor: "Highlight", border: "none", forcedColorAdjust: "none" } },
});

function PrincipleCard({ progress }: { progress: PrincipleProgress }) {
  const styles = useStyles();
  const headingId = `principle-${progress.key}`;
  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <CardHeader
        header={
          <Text as="h3" weight="semibold" size={400} id={headingId}>
            {progress.title}
          </Text>
        }
        description={progress.summary ? <Text className={styles.summary}>{progress.summary}</Text> : undefined}
      />
      <Text>
        {plural(progress.total, "action")}, {progress.progress}% progress, {progress.complete} complete
      </Text>
      <ProgressBar className={styles.bar} bar={{ className: styles.barFill }} value={progress.progress / 100} thickness="large" aria-label={`${progress.title}: ${progress.progress}% progress`} />
      <ul className={styles.counts} aria-label={`${progress.title}: actions by RAG`}>
        {(["Red", "Amber", "Green"] as const)
          .filter((r) => progress.rag[r] > 0)
          .map((r) => (
            <li key={r}>
              <RagBadge rag={r} count={progress.rag[r]} />
            </li>
          ))}
      </ul>
      <ul className={styles.counts} aria-label={`${progress.title}: actions by status`}>
        {Object.entries(progress.counts)
          .filter(([, n]) => n > 0)
          .map(([status, n]) => (
            <li key={status}>
              <Text size={200}>
                {status}: {n}
              </Text>
            </li>
          ))}
      </ul>
      <Link href={routeHref("actions", [], { principle: progress.key })}>See {progress.title.toLowerCase()} actions</Link>
    </Card>
  );
}

/** Home's card from the action tracker: the five principles with the progress of their actions. */
export default function PrinciplesOnHome() {
  const styles = useStyles();
  const state = useScreenRead(CARDS);
  return (
    <section aria-labelledby="principles-heading" className={styles.section}>
      <Text as="h2" size={500} weight="semibold" id="principles-heading">
        The five principles
      </Text>
      {state.status === "loading" && <Loading label="Loading the action plan…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      <CacheNote state={state} onRetry={state.reload} />
      {state.status === "ready" && (
        <ul className={styles.grid}>
          {[...state.value.principles, state.value.acrossStrategy].map((p) => (
            <li key={p.key}>
              <PrincipleCard progress={p} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
