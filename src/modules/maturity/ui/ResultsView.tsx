import { Link, Body1Strong, Button, Field, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useMemo, useState } from "react";
import { PRINCIPLES } from "../../../core/domain/principles";
import { BoxPlotChart, HeatMap } from "../../../core/ui/charts";
import { downloadCsv } from "../../../core/ui/download";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { loadRoundAnswersForExport, loadTeamAnswers } from "../data/answers-data";
import { loadFramework } from "../data/framework-data";
import { boxPlotData, heatMapData, HIDDEN_TEAM, levelTick, SCORE_AXIS_TITLE, SCORE_DOMAIN, SCORE_FORMAT, type TeamNamer } from "../domain/chart-views";
import { describeGroup, formatScore } from "../domain/describe";
import { answersCsv, resultsCsv } from "../domain/export";
import type { GroupResult, RoundResults } from "../domain/results";
import { defaultResultsRound, findingsBesideResults, type ResultsChoice, resultsChoices, teamNames } from "../domain/results-view";
import { canSeeTeam, type MaturityViewer } from "../domain/visibility";
import { STRATEGY_FINDINGS } from "../seed/index";
import { Frame, Said, SampleNotice, sectionHref, useMaturityStyles } from "./parts";
import { type NamedResults, useNamedResults } from "./use-named-results";
import { useRoundsAndResults, useViewer } from "./use-maturity";
import { useStaged } from "./use-staged";

const useStyles = makeStyles({
  status: { color: tokens.colorNeutralForeground2 },
  figure: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const principleTitle = (key: string, heading: string) => PRINCIPLES.find((p) => p.key === key)?.title ?? heading;

function RoundPicker({ choices, selected, section }: { choices: readonly ResultsChoice[]; selected: string; section: "results" }) {
  return (
    <Field label="Round">
      <Select value={selected} onChange={(_, d) => navigate(sectionHref(section, { round: d.value }), { replace: true })}>
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.name}
            {c.status === "Open" ? " (open: figures not final)" : ""}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function ChartsFor({ results, namer, stage }: { results: RoundResults; namer: TeamNamer; stage: number }) {
  const overall = results.overall.summary ? { median: results.overall.summary.median, count: results.overall.summary.count } : null;
  const common = { noun: "team", format: SCORE_FORMAT, domain: SCORE_DOMAIN, tickLabel: (v: number) => levelTick(v), axisTitle: SCORE_AXIS_TITLE, overall } as const;
  const principles = results.principles.map((p) => ({ ...p, name: principleTitle(p.key, p.heading) }));
  return (
    <>
      <BoxPlotChart title="Scores by topic across teams" headingLevel={2} categoryLabel="Topic" data={boxPlotData(results.topics, namer)} {...common} />
      {stage >= 2 && <BoxPlotChart title="Scores by theme across teams" headingLevel={2} categoryLabel="Theme" data={boxPlotData(results.themes, namer)} {...common} />}
      {stage >= 3 && <HeatMap title="Median score by topic and theme" headingLevel={2} rowLabel="Topic" data={heatMapData(results)} format={SCORE_FORMAT} domain={SCORE_DOMAIN} />}
      {stage >= 4 && <BoxPlotChart title="Scores by strategy principle" headingLevel={2} categoryLabel="Principle" data={boxPlotData(principles, namer)} {...common} />}
    </>
  );
}

/** The strategy's reported results, quoted exactly, beside this round's figures for the same topic or theme. */
function FindingsBeside({ results }: { results: RoundResults }) {
  const styles = useMaturityStyles();
  const own = useStyles();
  const beside = findingsBesideResults(STRATEGY_FINDINGS, results);
  return (
    <section className={styles.section} aria-labelledby="maturity-findings">
      <Subtitle2 as="h2" id="maturity-findings">
        What the strategy reported, beside this round
      </Subtitle2>
      <Text as="p">The strategy's own findings from its baseline assessment, quoted exactly, with the same topic or theme in this round.</Text>
      <ul className={styles.plainList}>
        {beside.map(({ finding, figures }) => (
          <li key={finding.key} className={styles.card}>
            <Text size={200} className={styles.secondary}>
              {finding.heading ? `Strategy, ${finding.section}: ${finding.heading}` : `Strategy, ${finding.section}`}
            </Text>
            <blockquote className={styles.quote}>
              <Text>“{finding.quote}”</Text>
            </blockquote>
            {figures.map((f) => (
              <p key={`${f.ref.kind}:${f.ref.key}`} className={own.figure}>
                This round, {f.ref.kind} “{f.name}”: {describeGroup(f.group)}.
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The strategy's labels for each principle, with what they point at and its figures. */
function PrincipleLabels({ results }: { results: RoundResults }) {
  const styles = useMaturityStyles();
  const find = (kind: "topic" | "theme", key: string) => (kind === "topic" ? results.topics : results.themes).find((g) => g.key === key);
  return (
    <section className={styles.section} aria-labelledby="maturity-principle-labels">
      <Subtitle2 as="h2" id="maturity-principle-labels">
        The strategy's labels for each principle
      </Subtitle2>
      <ul className={styles.plainList}>
        {results.principles.map((p) => (
          <li key={p.key} className={styles.card}>
            <Body1Strong as="h3">{principleTitle(p.key, p.heading)}</Body1Strong>
            <Text className={styles.secondary}>All its topics and themes together: {describeGroup(p)}.</Text>
            <ul className={styles.list}>
              {p.links.map((link) => (
                <li key={link.label}>
                  <Text weight="semibold">{link.label}</Text>: {link.targets.map((t) => `${t.kind} “${find(t.kind, t.key)?.name ?? t.key}”: ${describeGroup(find(t.kind, t.key))}`).join("; ")}.
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An assessor's own team beside the organisation: their team's score and the spread of everyone's. */
function OwnTeam({ own, results, teamName }: { own: RoundResults; results: RoundResults; teamName: string }) {
  const styles = useMaturityStyles();
  const rows = (groups: GroupResult[], mine: GroupResult[]) => groups.map((g) => ({ g, score: mine.find((m) => m.key === g.key)?.teams[0]?.score ?? null }));
  return (
    <section className={styles.section} aria-labelledby="maturity-own-team">
      <Subtitle2 as="h2" id="maturity-own-team">
        {teamName} beside the organisation
      </Subtitle2>
      <Text as="p">Your team's score is shown to you, your team's other assessors and the data lead only. Other teams are never named.</Text>
      <div className={styles.tableScroll} role="region" aria-label={`${teamName} beside the organisation`} tabIndex={0}>
        <Table size="small" aria-label={`${teamName}'s scores beside the organisation's`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Topic or theme</TableHeaderCell>
              <TableHeaderCell>{teamName}</TableHeaderCell>
              <TableHeaderCell>Organisation median</TableHeaderCell>
              <TableHeaderCell>Middle half of teams</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...rows(results.topics, own.topics), ...rows(results.themes, own.themes)].map(({ g, score }) => (
              <StaticTableRow key={`${g.kind}:${g.key}`}>
                <TableCell>
                  {g.kind === "topic" ? "Topic" : "Theme"}: {g.name}
                </TableCell>
                <TableCell>{formatScore(score)}</TableCell>
                <TableCell>{formatScore(g.summary?.median)}</TableCell>
                <TableCell>{g.summary ? `${formatScore(g.summary.q1)} to ${formatScore(g.summary.q3)}` : "No value"}</TableCell>
              </StaticTableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function Exports({ choice, results, viewer, ownTeam }: { choice: ResultsChoice; results: RoundResults; viewer: MaturityViewer; ownTeam: { key: string; name: string } | null }) {
  const { sp } = useServices();
  const styles = useMaturityStyles();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState("");
  const file = (what: string) => `data-maturity-${what}-${choice.key}.csv`;
  const exportAnswers = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const site = await loadFramework(sp);
      if (!site) throw new Error("No framework has been imported.");
      const answers = viewer.isDataLead ? await loadRoundAnswersForExport(sp, choice.key) : await loadTeamAnswers(sp, choice.key, ownTeam!.key);
      downloadCsv(file(viewer.isDataLead ? "answers" : `answers-${ownTeam!.key}`), answersCsv(site.framework, answers, { roundName: () => choice.name, teamName: (k) => (k === ownTeam?.key ? ownTeam.name : k) }));
      setDone(`Downloaded ${answers.length.toLocaleString("en-GB")} answers.`);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.section} aria-labelledby="maturity-export">
      <Subtitle2 as="h2" id="maturity-export">
        Export for the separate report
      </Subtitle2>
      <div className={styles.row}>
        <Button
          onClick={() => {
            downloadCsv(file("results"), resultsCsv([results], () => choice.name));
            setDone("Downloaded the results.");
          }}
        >
          Download results (CSV)
        </Button>
        {(viewer.isDataLead || ownTeam) && (
          <Button onClick={() => void exportAnswers()} disabled={busy}>
            {viewer.isDataLead ? "Download every answer (CSV)" : `Download ${ownTeam!.name}'s answers (CSV)`}
          </Button>
        )}
      </div>
      <Said text={busy ? "Preparing the answers…" : done} />
      {failure !== null && <ErrorState error={failure} />}
    </section>
  );
}

function namesNote(choice: ResultsChoice, named: NamedResults | null, loading: boolean, viewer: MaturityViewer): string {
  if (viewer.isDataLead) {
    if (loading) return "Naming teams: reading this round's answers…";
    if (named) return `Computed from ${named.answers.toLocaleString("en-GB")} answers. As the data lead you see every team's name; everyone else sees the distribution without names.`;
  }
  if (named?.scope === "own") return "Your team's own scores are shown below the charts; other teams are never named.";
  return choice.source === "snapshot" ? "Results as saved when the round closed. Teams are not named: no league tables." : "";
}

/** `#/maturity`: a round's results across teams, for everyone; names only where the viewer may see them. */
export function ResultsView({ params }: { params: URLSearchParams }) {
  const styles = useMaturityStyles();
  const own = useStyles();
  const viewer = useViewer();
  const state = useRoundsAndResults();
  const rounds = state.status === "ready" ? state.value.rounds : null;
  const snapshots = state.status === "ready" ? state.value.snapshots : null;
  const choices = useMemo(() => (rounds && snapshots ? resultsChoices(rounds, snapshots, viewer) : []), [rounds, snapshots, viewer]);
  const selectedKey = params.get("round") ?? defaultResultsRound(choices);
  const choice = choices.find((c) => c.key === selectedKey);
  const round = rounds?.find((r) => r.key === selectedKey);
  const ownTeamTookPart = Boolean(viewer.team && round?.teamKeys.includes(viewer.team.key));
  const named = useNamedResults(choice, viewer, ownTeamTookPart);
  const names = useMemo(() => teamNames(rounds ?? []), [rounds]);
  const stage = useStaged(5, state.status === "ready" ? choice?.key : null);

  const frame = (children: ReactNode) => (
    <Frame section="results" title="Data maturity" canManage={viewer.canManage} canAssess={viewer.canAssess} intro={<Text as="p">How teams assess their data maturity against the Government's Data Maturity Assessment framework, round by round.</Text>}>
      {children}
    </Frame>
  );
  if (state.status === "loading") return frame(<Loading label="Loading the results…" />);
  if (state.status === "error") return frame(<ErrorState error={state.error} onRetry={state.reload} />);
  if (choices.length === 0) {
    return frame(
      <EmptyState title="No results yet">
        <Text as="p">Results appear here when the data lead closes an assessment round. Teams' answers are not shown to anyone else while a round is open.</Text>
        {viewer.canManage && <Link href={routeHref("maturity", ["rounds"])}>Open or close a round</Link>}
      </EmptyState>,
    );
  }
  if (!choice) {
    return frame(
      <EmptyState title="There are no results for that round">
        <Link href={sectionHref("results")}>See the latest results</Link>
      </EmptyState>,
    );
  }
  const snapshot = choice.source === "snapshot" ? snapshots!.get(choice.key) : undefined;
  const namedValue = named.status === "ready" ? named.value : null;
  const results = namedValue?.scope === "all" ? namedValue.results : snapshot?.ok ? snapshot.snapshot.results : null;
  const namer: TeamNamer = (key) => (key !== null && canSeeTeam(viewer, key) ? (names.get(key) ?? key) : HIDDEN_TEAM);
  const ownTeam = ownTeamTookPart && viewer.team ? { key: viewer.team.key, name: names.get(viewer.team.key) ?? viewer.team.name } : null;

  return frame(
    <>
      <div className={styles.row}>
        <RoundPicker choices={choices} selected={choice.key} section="results" />
      </div>
      {choice.isSample && <SampleNotice />}
      <Text role="status" aria-live="polite" className={own.status}>
        {namesNote(choice, namedValue, named.status === "loading", viewer)}
      </Text>
      {named.status === "error" && <ErrorState error={named.error} onRetry={named.reload} />}
      {!results ? (
        named.status === "loading" ? (
          <Loading label="Computing this round's results…" />
        ) : (
          <EmptyState title="These results cannot be shown">{snapshot && !snapshot.ok ? <Text>{snapshot.problem}</Text> : <Text>No framework has been imported yet.</Text>}</EmptyState>
        )
      ) : (
        <>
          <Text as="p" data-testid="maturity-overall">
            {results.teamCount.toLocaleString("en-GB")} teams have scores in {choice.name}. Across all rows: {describeGroup(results.overall)}. A team's score is the mean of its levels on the rows in a topic or theme; rows marked "not assessed" are left out.
          </Text>
          <ChartsFor results={results} namer={namer} stage={stage} />
          {stage >= 5 && (
            <>
              {namedValue?.scope === "own" && ownTeam && <OwnTeam own={namedValue.results} results={results} teamName={ownTeam.name} />}
              <FindingsBeside results={results} />
              <PrincipleLabels results={results} />
              <Exports choice={choice} results={results} viewer={viewer} ownTeam={ownTeam} />
            </>
          )}
        </>
      )}
    </>,
  );
}
