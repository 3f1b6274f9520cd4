import { Link, Field, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { type ReactNode, useMemo } from "react";
import { formatDate } from "../../../core/domain/format";
import { DumbbellChart } from "../../../core/ui/charts";
import { navigate } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { useAsync } from "../../../core/ui/use-async";
import { loadLinkedActions } from "../data/action-links-data";
import { loadRoundsAnswers, loadTeamAnswersIn } from "../data/answers-data";
import { loadFramework } from "../data/framework-data";
import { loadPrincipleMapping } from "../data/mapping-data";
import { compareRounds, type GroupChange, type ImprovementAction, type RoundComparison } from "../domain/change";
import { groupDumbbells, levelTick, oneTeamDumbbells, SCORE_AXIS_TITLE, SCORE_DOMAIN, SCORE_FORMAT, teamDumbbells } from "../domain/chart-views";
import { describeMarked, describeShift } from "../domain/describe";
import { computeRoundResults, type RoundResults } from "../domain/results";
import { defaultComparison, type ResultsChoice, resultsChoices, teamNames } from "../domain/results-view";
import type { SiteRound } from "../data/rounds-data";
import { canSeeTeam, type MaturityViewer } from "../domain/visibility";
import { Frame, SampleNotice, sectionHref, useMaturityStyles } from "./parts";
import { useRoundsAndResults, useViewer } from "./use-maturity";

const common = { format: SCORE_FORMAT, domain: SCORE_DOMAIN, tickLabel: (v: number) => levelTick(v), axisTitle: SCORE_AXIS_TITLE } as const;

interface Compared {
  /** Distributions for everyone: from the snapshots (teams unnamed), or live for the data lead. */
  comparison: RoundComparison;
  /** Team by team: every team for the data lead, the viewer's own for an assessor. */
  teams: RoundComparison | null;
  actions: ImprovementAction[];
}

const periodOf = (c: ResultsChoice) => ({ key: c.key, opensOn: c.opensOn, closesOn: c.closesOn });

function useComparison(earlier: ResultsChoice | undefined, later: ResultsChoice | undefined, snapshotOf: (key: string) => RoundResults | null, viewer: MaturityViewer, rounds: readonly SiteRound[]) {
  const { sp } = useServices();
  const ownTeam = viewer.team && !viewer.isDataLead && viewer.isAssessor && [earlier, later].every((c) => c && rounds.find((r) => r.key === c.key)?.teamKeys.includes(viewer.team!.key)) ? viewer.team : null;
  return useAsync(async (): Promise<Compared | null> => {
    if (!earlier || !later) return null;
    const periods = { earlier: periodOf(earlier), later: periodOf(later) };
    const needsAnswers = viewer.isDataLead || ownTeam !== null;
    const [linked, site, mapping, answers] = await Promise.all([
      loadLinkedActions(sp),
      needsAnswers ? loadFramework(sp) : null,
      needsAnswers ? loadPrincipleMapping(sp) : null,
      viewer.isDataLead ? loadRoundsAnswers(sp, [earlier.key, later.key]) : ownTeam ? loadTeamAnswersIn(sp, [earlier.key, later.key], ownTeam.key) : null,
    ]);
    const live = site && mapping && answers ? ([earlier, later].map((c) => computeRoundResults(site.framework, c.key, answers, mapping)) as [RoundResults, RoundResults]) : null;
    const a = viewer.isDataLead && live ? live[0] : snapshotOf(earlier.key);
    const b = viewer.isDataLead && live ? live[1] : snapshotOf(later.key);
    if (!a || !b) return null;
    const actions = linked.improvements;
    return { comparison: compareRounds(a, b, periods, actions), teams: live ? compareRounds(live[0], live[1], periods, actions) : null, actions };
  }, [sp, earlier?.key, later?.key, viewer.isDataLead, ownTeam?.key]);
}

function ShiftTable({ title, changes }: { title: string; changes: readonly GroupChange[] }) {
  const styles = useMaturityStyles();
  return (
    <div className={styles.tableScroll} role="region" aria-label={title} tabIndex={0}>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Topic or theme</TableHeaderCell>
            <TableHeaderCell>How the spread moved</TableHeaderCell>
            <TableHeaderCell>Improvement actions completed between the rounds</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((c) => (
            <StaticTableRow key={`${c.kind}:${c.key}`}>
              <TableCell>{c.name}</TableCell>
              <TableCell>{describeShift(c)}</TableCell>
              <TableCell>
                {c.actionsBetweenRounds.length === 0
                  ? "None"
                  : c.actionsBetweenRounds.map((a) => `${a.title ?? a.key} (completed ${formatDate(a.completedOn)})`).join("; ")}
                {c.actionsDuringLaterRound.length > 0 && ` Completed while the later round was open, so not counted: ${c.actionsDuringLaterRound.map((a) => a.title ?? a.key).join("; ")}.`}
              </TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** `#/maturity/change?from=<round>&to=<round>`: before and after per topic and theme, and per team where the viewer may see teams. */
export default function ChangeView({ params }: { params: URLSearchParams }) {
  const styles = useMaturityStyles();
  const viewer = useViewer();
  const state = useRoundsAndResults();
  const rounds = state.status === "ready" ? state.value.rounds : null;
  const snapshots = state.status === "ready" ? state.value.snapshots : null;
  const choices = useMemo(() => (rounds && snapshots ? resultsChoices(rounds, snapshots, viewer) : []), [rounds, snapshots, viewer]);
  const fallback = defaultComparison(choices);
  const earlier = choices.find((c) => c.key === (params.get("from") ?? fallback?.[0]));
  const later = choices.find((c) => c.key === (params.get("to") ?? fallback?.[1]));
  const snapshotOf = (key: string) => {
    const s = snapshots?.get(key);
    return s?.ok ? s.snapshot.results : null;
  };
  const compared = useComparison(earlier, later, snapshotOf, viewer, rounds ?? []);
  const names = useMemo(() => teamNames(rounds ?? []), [rounds]);
  const topicKey = params.get("topic");

  const frame = (children: ReactNode) => (
    <Frame
      section="change"
      title="Change between rounds"
      canManage={viewer.canManage}
      canAssess={viewer.canAssess}
      intro={<Text as="p">How teams' scores moved from one round to the next, and where a linked improvement action was delivered in between: the strategy's "Track improvements on how teams score their competency after outlined improvements have been delivered".</Text>}
    >
      {children}
    </Frame>
  );
  if (state.status === "loading") return frame(<Loading label="Loading the rounds…" />);
  if (state.status === "error") return frame(<ErrorState error={state.error} onRetry={state.reload} />);
  if (choices.length < 2 || !earlier || !later) {
    return frame(
      <EmptyState title="Two rounds are needed to show change">
        <Text as="p">Change appears once a second round has closed. {choices.length === 1 ? `So far there are results for ${choices[0]!.name} only.` : ""}</Text>
        <Link href={sectionHref("results")}>See the results</Link>
      </EmptyState>,
    );
  }
  const go = (patch: Record<string, string>) => navigate(sectionHref("change", { from: earlier.key, to: later.key, ...(topicKey ? { topic: topicKey } : {}), ...patch }), { replace: true });
  const value = compared.status === "ready" ? compared.value : null;
  const beforeLabel = earlier.name;
  const afterLabel = later.name;

  return frame(
    <>
      <div className={styles.row}>
        <Field label="Earlier round">
          <Select value={earlier.key} onChange={(_, d) => go({ from: d.value })}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Later round">
          <Select value={later.key} onChange={(_, d) => go({ to: d.value })}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {(earlier.isSample || later.isSample) && <SampleNotice />}
      {compared.status === "loading" && <Loading label="Comparing the rounds…" />}
      {compared.status === "error" && <ErrorState error={compared.error} onRetry={compared.reload} />}
      {compared.status === "ready" && !value && (
        <EmptyState title="These rounds cannot be compared">
          <Text>The results of one of them cannot be read.</Text>
        </EmptyState>
      )}
      {value && (
        <>
          <Text as="p" role="status">
            {describeMarked([...value.comparison.topics, ...value.comparison.themes])} {value.comparison.warnings.join(" ")}
          </Text>
          <DumbbellChart title="Median score by topic, before and after" headingLevel={2} categoryLabel="Topic" noun="topic" beforeLabel={beforeLabel} afterLabel={afterLabel} data={groupDumbbells(value.comparison.topics)} {...common} />
          <ShiftTable title="How each topic's spread moved" changes={value.comparison.topics} />
          <DumbbellChart title="Median score by theme, before and after" headingLevel={2} categoryLabel="Theme" noun="theme" beforeLabel={beforeLabel} afterLabel={afterLabel} data={groupDumbbells(value.comparison.themes)} {...common} />
          <ShiftTable title="How each theme's spread moved" changes={value.comparison.themes} />
          {value.teams && viewer.isDataLead && (
            <TeamsInTopic comparison={value.teams} topicKey={topicKey ?? value.teams.topics[0]?.key ?? ""} onTopic={(key) => go({ topic: key })} namer={(k) => names.get(k ?? "") ?? k ?? ""} viewer={viewer} beforeLabel={beforeLabel} afterLabel={afterLabel} />
          )}
          {value.teams && !viewer.isDataLead && viewer.team && (
            <section className={styles.section}>
              <Subtitle2 as="h2">{names.get(viewer.team.key) ?? viewer.team.name}, topic by topic</Subtitle2>
              <Text as="p">Your own team's scores, shown to you, your team's other assessors and the data lead only.</Text>
              <DumbbellChart title={`${names.get(viewer.team.key) ?? viewer.team.name}: score by topic, before and after`} headingLevel={3} categoryLabel="Topic" noun="topic" beforeLabel={beforeLabel} afterLabel={afterLabel} data={oneTeamDumbbells(value.teams, viewer.team.key, "topic")} {...common} />
            </section>
          )}
        </>
      )}
    </>,
  );
}

/** The data lead's view of every team in one topic: the dumbbell per team. */
function TeamsInTopic({ comparison, topicKey, onTopic, namer, viewer, beforeLabel, afterLabel }: { comparison: RoundComparison; topicKey: string; onTopic: (key: string) => void; namer: (key: string | null) => string; viewer: MaturityViewer; beforeLabel: string; afterLabel: string }) {
  const styles = useMaturityStyles();
  const topic = comparison.topics.find((t) => t.key === topicKey) ?? comparison.topics[0];
  if (!topic) return null;
  return (
    <section className={styles.section}>
      <Subtitle2 as="h2">Team by team</Subtitle2>
      <Text as="p">As the data lead you see every team. Teams in only one of the rounds have one end.</Text>
      <Field label="Topic">
        <Select value={topic.key} onChange={(_, d) => onTopic(d.value)}>
          {comparison.topics.map((t) => (
            <option key={t.key} value={t.key}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      <DumbbellChart title={`${topic.name}: each team's score, before and after`} headingLevel={3} categoryLabel="Team" noun="team" beforeLabel={beforeLabel} afterLabel={afterLabel} data={teamDumbbells(topic, namer, (k) => canSeeTeam(viewer, k))} {...common} />
    </section>
  );
}
