import {
  Button,
  Field,
  Input,
  Link,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { formatDate, plural } from "../../../core/domain/format";
import { ConfirmDialog } from "../../../core/ui/ConfirmDialog";
import { DateField } from "../../../core/ui/DateField";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { useAsync } from "../../../core/ui/use-async";
import { loadRoundsAnswers } from "../data/answers-data";
import { loadFramework } from "../data/framework-data";
import { loadPrincipleMapping } from "../data/mapping-data";
import { closeRound } from "../data/results-data";
import { addRound, getRoundByKey, loadRounds, saveRound, type SiteRound } from "../data/rounds-data";
import { roundProgress } from "../domain/progress";
import { type RoundProblem, roundsInOrder, validateRound } from "../domain/rounds";
import { servicesProblems, teamsFromText, teamsToText } from "../domain/teams";
import { Frame, Said, SampleNotice, useMaturityStyles } from "./parts";
import { useViewer } from "./use-maturity";

const roundHref = (key?: string) => routeHref("maturity", key ? ["rounds", key] : ["rounds"]);

type FormProblem = { field: RoundProblem["field"] | "services"; message: string };

/** The data lead opens a round: its name, dates and the services taking part. */
function OpenRoundForm({ existing, onOpened }: { existing: readonly SiteRound[]; onOpened: (round: SiteRound) => void }) {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const latest = roundsInOrder(existing.filter((r) => !r.isSample)).pop();
  const [name, setName] = useState("");
  const [opensOn, setOpensOn] = useState("");
  const [closesOn, setClosesOn] = useState("");
  const [services, setServices] = useState(() => (latest ? teamsToText(latest.teams) : ""));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async () => {
    const teams = teamsFromText(services);
    const found: FormProblem[] = [...validateRound({ name, opensOn, closesOn, teamKeys: teams.map((t) => t.key) }, existing), ...servicesProblems(services).map((message) => ({ field: "services" as const, message }))];
    setProblems(found);
    if (found.length) return;
    setSaving(true);
    setFailure(null);
    try {
      onOpened(await addRound(sp, { name, opensOn, closesOn, teamKeys: teams.map((t) => t.key), teams }));
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  const problem = (field: FormProblem["field"]) => problems.filter((p) => p.field === field || (field === "services" && p.field === "teamKeys")).map((p) => p.message).join(" ") || undefined;
  const state = (field: FormProblem["field"]) => (problem(field) ? { validationMessage: problem(field), validationState: "error" as const } : {});
  const ids: Record<FormProblem["field"], string> = { name: "round-name", opensOn: "round-opens", closesOn: "round-closes", teamKeys: "round-services", services: "round-services" };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Subtitle2 as="h2">Open a round</Subtitle2>
      <ErrorSummary problems={problems.map((p) => ({ fieldId: ids[p.field], message: p.message }))} />
      <Field label="Name" hint='For example "Baseline 2025" or "Autumn 2026".' required {...state("name")}>
        <Input id="round-name" value={name} onChange={(_, d) => setName(d.value)} maxLength={255} />
      </Field>
      <div className={styles.twoColumns}>
        <DateField id="round-opens" label="Opens on" required value={opensOn} onChange={setOpensOn} validationMessage={problem("opensOn")} />
        <DateField id="round-closes" label="Closes on" required value={closesOn} onChange={setClosesOn} validationMessage={problem("closesOn")} />
      </div>
      <Field label="Services taking part" hint="One a line, named exactly as the department in people's Microsoft 365 profiles: that is how each service's managers find their team." required {...state("services")}>
        <Textarea id="round-services" value={services} onChange={(_, d) => setServices(d.value)} resize="vertical" rows={6} />
      </Field>
      {failure !== null && <ErrorState error={failure} onRetry={() => void submit()} />}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? "Opening…" : "Open the round"}
        </Button>
      </div>
    </form>
  );
}

function RoundsList({ rounds }: { rounds: readonly SiteRound[] }) {
  const styles = useMaturityStyles();
  return (
    <div className={styles.tableScroll} role="region" aria-label="Rounds" tabIndex={0}>
      <Table size="small" aria-label="Rounds">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Round</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Dates</TableHeaderCell>
            <TableHeaderCell>Services</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {roundsInOrder(rounds).map((r) => (
            <StaticTableRow key={r.key}>
              <TableCell>
                <Link href={roundHref(r.key)}>{r.name}</Link>
                {r.isSample ? " (sample)" : ""}
              </TableCell>
              <TableCell>{r.status}</TableCell>
              <TableCell>
                {formatDate(r.opensOn)} to {formatDate(r.closesOn)}
              </TableCell>
              <TableCell>{r.teams.length}</TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** `#/maturity/rounds/<key>`: who has finished, and closing (or reopening) the round. */
function RoundDetail({ roundKey, announce }: { roundKey: string; announce: (text: string) => void }) {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const state = useAsync(async () => {
    const [round, site] = await Promise.all([getRoundByKey(sp, roundKey), loadFramework(sp)]);
    const answers = round ? await loadRoundsAnswers(sp, [round.key]) : [];
    return { round, site, progress: round && site ? roundProgress(site.framework, round.key, round.teamKeys, answers) : null };
  }, [sp, roundKey]);
  const [confirming, setConfirming] = useState<"close" | "reopen" | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // After closing or reopening, the page reloads the round: focus its heading again, not the top of the page.
  const focusAfterLoad = useRef(false);
  useEffect(() => {
    if (state.status === "ready" && focusAfterLoad.current) {
      focusAfterLoad.current = false;
      heading.current?.focus();
    }
  }, [state.status]);

  if (state.status === "loading") return <Loading label="Counting answers…" />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.reload} />;
  const { round, site, progress } = state.value;
  if (!round) return <EmptyState title="There is no such round" />;
  const names = new Map(round.teams.map((t) => [t.key, t.name]));

  const act = async (what: "close" | "reopen") => {
    setBusy(true);
    setFailure(null);
    try {
      if (what === "close") {
        if (!site) throw new Error("No framework has been imported.");
        await closeRound(sp, round, site.framework, await loadPrincipleMapping(sp), new Date());
        announce(`${round.name} is closed. Its results are saved, without team names, for everyone to see.`);
      } else {
        await saveRound(sp, round, { Status: "Open" });
        announce(`${round.name} is open again: its teams can change their answers until you close it.`);
      }
      focusAfterLoad.current = true;
      state.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="round-heading">
      <Link href={roundHref()}>All rounds</Link>
      <h2 id="round-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {round.name}: {round.status.toLowerCase()}
      </h2>
      {round.isSample && <SampleNotice />}
      <Text>
        {formatDate(round.opensOn)} to {formatDate(round.closesOn)}. {plural(round.teams.length, "service")} taking part.
      </Text>
      {failure !== null && <ErrorState error={failure} />}
      {progress && (
        <>
          <Text>
            {progress.finished} finished, {progress.inProgress} in progress, {progress.notStarted} not started.
          </Text>
          <div className={styles.tableScroll} role="region" aria-label="Who has finished" tabIndex={0}>
            <Table size="small" aria-label="Who has finished">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Service</TableHeaderCell>
                  <TableHeaderCell>Rows answered</TableHeaderCell>
                  <TableHeaderCell>Finished</TableHeaderCell>
                  <TableHeaderCell>Last answer</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {progress.teams.map((t) => (
                  <StaticTableRow key={t.teamKey}>
                    <TableCell>{names.get(t.teamKey) ?? t.teamKey}</TableCell>
                    <TableCell>
                      {t.answered} of {t.total}
                    </TableCell>
                    <TableCell>{t.complete ? "Yes" : "No"}</TableCell>
                    <TableCell>{formatDate(t.lastAnswered) || "None yet"}</TableCell>
                  </StaticTableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      <div className={styles.row}>
        {round.status === "Open" && (
          <Button appearance="primary" disabled={!site || busy} onClick={() => setConfirming("close")}>
            Close the round
          </Button>
        )}
        {round.status === "Closed" && !round.isSample && (
          <Button disabled={busy} onClick={() => setConfirming("reopen")}>
            Reopen the round
          </Button>
        )}
      </div>
      {confirming !== null && (
        <ConfirmDialog
          title={confirming === "close" ? `Close ${round.name}?` : `Reopen ${round.name}?`}
          confirmLabel={confirming === "close" ? "Close the round" : "Reopen the round"}
          keepLabel="Cancel"
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            void act(confirming);
          }}
        >
          {confirming === "close"
            ? `Its results are computed from every answer given and saved for everyone to see, without team names. Teams can no longer change their answers.${progress && progress.finished < progress.teams.length ? ` ${progress.teams.length - progress.finished} of ${progress.teams.length} services have not finished.` : ""}`
            : "Its teams can change their answers again. Everyone keeps seeing the results saved when it closed until you close it again."}
        </ConfirmDialog>
      )}
    </section>
  );
}

/** `#/maturity/rounds`: the data lead's rounds: open one, see who has finished, close it. */
export default function RoundsView({ roundKey }: { roundKey: string | null }) {
  const { sp } = useServices();
  const viewer = useViewer();
  const rounds = useAsync(() => loadRounds(sp), [sp]);
  const [opened, setOpened] = useState("");

  const frame = (children: ReactNode) => (
    <Frame section="rounds" title="Assessment rounds" canManage={viewer.canManage} canAssess={viewer.canAssess} intro={<Text as="p">Each round, every service taking part assesses itself against the framework. Results are final, and shown to everyone without team names, once the round is closed.</Text>}>
      {children}
    </Frame>
  );
  if (!viewer.canManage) {
    return frame(
      <EmptyState title="Only the data lead manages rounds">
        <Text as="p">You can see the results of closed rounds, and answer for your own team while a round is open.</Text>
      </EmptyState>,
    );
  }
  const said = (
    <Said text={opened} />
  );
  if (roundKey)
    return frame(
      <>
        {said}
        <RoundDetail roundKey={roundKey} announce={setOpened} />
      </>,
    );
  if (rounds.status === "loading") return frame(<Loading label="Loading the rounds…" />);
  if (rounds.status === "error") return frame(<ErrorState error={rounds.error} onRetry={rounds.reload} />);
  return frame(
    <>
      {said}
      {rounds.value.length > 0 ? <RoundsList rounds={rounds.value} /> : <Text as="p">No round has been opened yet.</Text>}
      <OpenRoundForm
        existing={rounds.value}
        onOpened={(round) => {
          setOpened(`${round.name} is open for ${plural(round.teams.length, "service")}.`);
          rounds.reload();
          navigate(roundHref(round.key));
        }}
      />
    </>,
  );
}
