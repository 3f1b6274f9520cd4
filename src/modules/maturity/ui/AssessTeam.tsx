import { Button, Field, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { formatDate, plural } from "../../../core/domain/format";
import { navigate } from "../../../core/ui/router";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadTeamAnswers, type StoredAnswer } from "../data/answers-data";
import { loadFramework } from "../data/framework-data";
import { getRoundByKey } from "../data/rounds-data";
import { MAX_EVIDENCE_LENGTH } from "../domain/answer-editor";
import type { Framework, FrameworkRow } from "../domain/framework";
import { answerLevelLabel, type AnswerLevel, LEVELS, NOT_ASSESSED, NOT_ASSESSED_LABEL } from "../domain/levels";
import { assessmentProgress, nextUnansweredRow } from "../domain/progress";
import { canAnswer } from "../domain/rounds";
import { teamsToAssess } from "../domain/visibility";
import { NoFramework } from "./NoFramework";
import { assessHref, Frame, Prose, Said, SampleNotice, sectionHref, useMaturityStyles } from "./parts";
import { useAnswerEditor } from "./use-answer-editor";
import { useViewer } from "./use-maturity";

const useStyles = makeStyles({
  descriptor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS },
  levelName: { fontWeight: tokens.fontWeightSemibold },
  where: { color: tokens.colorNeutralForeground2 },
  rowHeading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
});

const LEVEL_CHOICES: AnswerLevel[] = [...LEVELS, NOT_ASSESSED];

interface RowEditorProps {
  framework: Framework;
  row: FrameworkRow;
  roundKey: string;
  teamKey: string;
  answer: StoredAnswer | null;
  onSaved: (saved: StoredAnswer | null, row: number) => void;
  onSkip: () => void;
  onPrevious: (() => void) | null;
}

/** One row: the outcome, its five descriptors as the choices, the evidence, and the conflict path. */
function RowEditor({ framework, row, roundKey, teamKey, answer, onSaved, onSkip, onPrevious }: RowEditorProps) {
  const styles = useMaturityStyles();
  const own = useStyles();
  const editor = useAnswerEditor({ roundKey, teamKey, row: row.row }, answer, (saved) => onSaved(saved, row.row));
  const { draft, problems, status, theirs, failure } = editor.state;
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status === "conflict") conflictRef.current?.focus();
  }, [status]);
  const problem = (field: "level" | "evidence") => problems.find((p) => p.field === field)?.message;
  const saving = status === "saving";

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        editor.submit();
      }}
    >
      <ErrorSummary title="Please check this answer" problems={problems.map((p) => ({ fieldId: `answer-${p.field}`, message: p.message }))} />
      {status === "conflict" && theirs && (
        <div ref={conflictRef} tabIndex={-1}>
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Someone else answered this row first</MessageBarTitle>
              {theirs.answeredBy ?? "Another assessor"} saved {answerLevelLabel(theirs.level, framework.levelNames)}
              {theirs.modified ? ` on ${formatDate(theirs.modified)}` : ""}
              {theirs.evidence ? `, with the evidence: “${theirs.evidence}”` : ", with no evidence"}. Your answer, {draft.level === null ? "no level" : answerLevelLabel(draft.level, framework.levelNames)}, is still in the form and has not been saved.
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={editor.keepTheirs}>Keep their answer</Button>
              <Button appearance="primary" onClick={editor.overwrite}>
                Save mine instead
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      <Field label="Level" required validationMessage={problem("level")} validationState={problem("level") ? "error" : "none"}>
        <RadioGroup value={draft.level === null ? "" : String(draft.level)} onChange={(_, d) => editor.edit({ level: d.value === NOT_ASSESSED ? NOT_ASSESSED : (Number(d.value) as AnswerLevel) })}>
          {LEVEL_CHOICES.map((level, i) => (
            <Radio
              key={String(level)}
              // The error summary's link moves focus to the first choice (a radio group itself takes no
              // focus). Only the first is given an id: an explicit undefined would unlink the others' labels.
              {...(i === 0 ? { id: "answer-level" } : {})}
              value={String(level)}
              label={
                level === NOT_ASSESSED ? (
                  <span className={own.descriptor}>
                    <span className={own.levelName}>{NOT_ASSESSED_LABEL}</span>
                    <span>This row does not apply to our team. It is left out of our scores.</span>
                  </span>
                ) : (
                  <span className={own.descriptor}>
                    <span className={own.levelName}>{answerLevelLabel(level, framework.levelNames)}</span>
                    <span>{row.descriptors[level]}</span>
                  </span>
                )
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Evidence" hint="What shows this level: a practice, a document, an example. Optional." validationMessage={problem("evidence")} validationState={problem("evidence") ? "error" : "none"}>
        <Textarea id="answer-evidence" value={draft.evidence} onChange={(_, d) => editor.edit({ evidence: d.value })} resize="vertical" rows={3} maxLength={MAX_EVIDENCE_LENGTH + 500} />
      </Field>
      {answer && (
        <Text className={own.where}>
          Last changed by {answer.answeredBy ?? "someone"} on {formatDate(answer.modified)}.
        </Text>
      )}
      {failure !== null && <ErrorState error={failure} onRetry={editor.submit} />}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saving || status === "conflict"}>
          {saving ? "Saving…" : "Save and go to the next row"}
        </Button>
        <Button onClick={onSkip} disabled={saving}>
          Skip this row
        </Button>
        {onPrevious && (
          <Button appearance="subtle" onClick={onPrevious} disabled={saving}>
            Previous row
          </Button>
        )}
      </div>
    </form>
  );
}

/** Every row, grouped by topic, with whether it is answered: for jumping to one. */
function RowIndex({ framework, answers, roundKey, teamKey, current }: { framework: Framework; answers: Map<number, StoredAnswer>; roundKey: string; teamKey: string; current: number }) {
  const styles = useMaturityStyles();
  const own = useStyles();
  return (
    <details className={own.details}>
      <summary className={own.summary}>All {plural(framework.rows.length, "row")}, by topic</summary>
      {framework.topics.map((topic) => (
        <div key={topic.key} className={styles.tight}>
          <Text weight="semibold">{topic.name}</Text>
          <ul className={styles.list}>
            {framework.rows
              .filter((r) => r.topicKey === topic.key)
              .map((r) => {
                const a = answers.get(r.row);
                return (
                  <li key={r.row}>
                    <Link href={assessHref(roundKey, teamKey, r.row)} aria-current={r.row === current ? "step" : undefined}>
                      Row {r.row}: {r.statement}
                    </Link>{" "}
                    ({a ? answerLevelLabel(a.level, framework.levelNames) : "not answered yet"})
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </details>
  );
}

/** `#/maturity/assess/<round>/<team>?row=<n>`: a team's assessment, row by row. */
export function AssessTeam({ roundKey, teamKey, requestedRow }: { roundKey: string; teamKey: string; requestedRow: number | null }) {
  const styles = useMaturityStyles();
  const own = useStyles();
  const { sp } = useServices();
  const viewer = useViewer();
  const state = useAsync(async () => {
    const [site, round, answers] = await Promise.all([loadFramework(sp), getRoundByKey(sp, roundKey), loadTeamAnswers(sp, roundKey, teamKey)]);
    return { site, round, answers };
  }, [sp, roundKey, teamKey]);
  const [answers, setAnswers] = useState<Map<number, StoredAnswer> | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const movedByPerson = useRef(false);

  useEffect(() => {
    if (state.status === "ready") setAnswers(new Map(state.value.answers.map((a) => [a.row, a])));
  }, [state]);
  const framework = state.status === "ready" ? state.value.site?.framework : undefined;
  const answered = useMemo(() => new Set(answers?.keys() ?? []), [answers]);
  const currentRow = framework ? (requestedRow && framework.rows.some((r) => r.row === requestedRow) ? requestedRow : (nextUnansweredRow(framework, answered) ?? framework.rows[0]!.row)) : null;
  useEffect(() => {
    if (movedByPerson.current) heading.current?.focus();
    movedByPerson.current = false;
  }, [currentRow]);

  const frame = (children: ReactNode) => (
    <Frame section="assess" title="Assess your team" canManage={viewer.canManage} canAssess={viewer.canAssess}>
      {children}
    </Frame>
  );
  if (state.status === "loading" || (state.status === "ready" && !answers)) return frame(<Loading label="Opening the assessment…" />);
  if (state.status === "error") return frame(<ErrorState error={state.error} onRetry={state.reload} />);
  const { site, round } = state.value;
  if (!site || !framework || currentRow === null || !answers) return frame(<NoFramework canManage={viewer.canManage} />);
  if (!round) {
    return frame(
      <EmptyState title="There is no such round">
        <Link href={sectionHref("assess")}>See the open rounds</Link>
      </EmptyState>,
    );
  }
  const team = round.teams.find((t) => t.key === teamKey);
  const mayAnswer = canAnswer(round) && teamsToAssess(viewer, round.teams).some((t) => t.key === teamKey);
  if (!team) {
    return frame(
      <EmptyState title={`That service is not taking part in ${round.name}`}>
        <Link href={sectionHref("assess")}>See the open rounds</Link>
      </EmptyState>,
    );
  }
  const progress = assessmentProgress(framework, [...answers.values()], currentRow);
  const index = framework.rows.findIndex((r) => r.row === currentRow);
  const row = framework.rows[index]!;
  const goTo = (target: number | null) => {
    movedByPerson.current = true;
    if (target !== null) navigate(assessHref(roundKey, teamKey, target));
  };

  const refresh = async () => {
    // Others' answers arrive with each save, so "next unanswered" and the count include theirs.
    const fresh = await loadTeamAnswers(sp, roundKey, teamKey).catch(() => null);
    return fresh ? new Map(fresh.map((a) => [a.row, a])) : null;
  };
  const onSaved = async (saved: StoredAnswer | null, rowNumber: number) => {
    let next = new Map(answers);
    if (saved) next.set(rowNumber, saved);
    next = (await refresh()) ?? next;
    setAnswers(next);
    const after = nextUnansweredRow(framework, new Set(next.keys()), rowNumber);
    const said = saved ? `Saved row ${rowNumber}: ${answerLevelLabel(saved.level, framework.levelNames)}.` : `Row ${rowNumber} unchanged.`;
    setAnnouncement(after === null ? `${said} Every row is answered: ${team.name}'s assessment is complete.` : `${said} Now row ${after}.`);
    goTo(after ?? rowNumber);
  };
  const onSkip = () => {
    const after = nextUnansweredRow(framework, new Set([...answered, currentRow]), currentRow) ?? framework.rows[(index + 1) % framework.rows.length]!.row;
    setAnnouncement(`Skipped row ${currentRow}. Now row ${after}.`);
    goTo(after);
  };

  return frame(
    <>
      <div className={styles.tight}>
        <Text weight="semibold">
          {team.name}, {round.name}
        </Text>
        <Text>
          {progress.answered} of {plural(progress.total, "row")} answered ({progress.percent}%){progress.complete ? ": complete." : "."}
        </Text>
        <ProgressBar value={progress.answered} max={progress.total} aria-label={`${progress.answered} of ${progress.total} rows answered`} />
      </div>
      {round.isSample && <SampleNotice />}
      <Said text={announcement} />
      {!mayAnswer && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{canAnswer(round) ? "You can read this assessment but not answer it" : "This round is closed"}</MessageBarTitle>
            {canAnswer(round) ? "Only the service's own managers and information asset owners, and the data lead, answer for it." : "Its answers are final and can no longer be changed."}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="maturity-row-heading">
        <Text className={own.where}>
          Row {row.row} ({index + 1} of {framework.rows.length}) · Topic: {row.topic} · Theme: {row.theme}
        </Text>
        <h2 id="maturity-row-heading" ref={heading} tabIndex={-1} className={own.rowHeading}>
          {row.statement}
        </h2>
        {mayAnswer ? (
          <RowEditor
            key={row.row}
            framework={framework}
            row={row}
            roundKey={roundKey}
            teamKey={teamKey}
            answer={answers.get(row.row) ?? null}
            onSaved={(saved, n) => void onSaved(saved, n)}
            onSkip={onSkip}
            onPrevious={index > 0 ? () => goTo(framework.rows[index - 1]!.row) : null}
          />
        ) : (
          <>
            <Text>Answer: {answers.get(row.row) ? answerLevelLabel(answers.get(row.row)!.level, framework.levelNames) : "not answered"}</Text>
            {answers.get(row.row)?.evidence && <Prose text={answers.get(row.row)!.evidence!} />}
            <ol className={styles.list}>
              {LEVELS.map((level) => (
                <li key={level}>
                  <Text weight="semibold">{answerLevelLabel(level, framework.levelNames)}</Text>: {row.descriptors[level]}
                </li>
              ))}
            </ol>
            <div className={styles.row}>
              {index > 0 && <Button onClick={() => goTo(framework.rows[index - 1]!.row)}>Previous row</Button>}
              {index < framework.rows.length - 1 && <Button onClick={() => goTo(framework.rows[index + 1]!.row)}>Next row</Button>}
            </div>
          </>
        )}
      </section>
      <RowIndex framework={framework} answers={answers} roundKey={roundKey} teamKey={teamKey} current={row.row} />
      <Text size={200} className={own.where}>
        Framework text: {framework.source.attribution ?? "see the Framework page"}. {framework.source.licence ? `Licence: ${framework.source.licence}` : ""}
      </Text>
    </>,
  );
}
