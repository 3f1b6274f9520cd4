import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { type ReactNode, useRef, useState } from "react";
import { formatDate, plural } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { useAsync } from "../../../core/ui/use-async";
import { importFramework, loadFramework, planFrameworkImport, type SiteFramework } from "../data/framework-data";
import type { Framework } from "../domain/framework";
import { parseFrameworkText } from "../domain/framework-import";
import type { ReimportPlan } from "../domain/framework-reimport";
import { NoFramework } from "./NoFramework";
import { Frame, Prose, Said, useMaturityStyles } from "./parts";
import { useViewer } from "./use-maturity";

type ImportStep =
  | { step: "idle" }
  | { step: "reading"; file: string }
  | { step: "refused"; file: string; summary: string; problems: string[]; more: number }
  | { step: "planned"; file: string; framework: Framework; plan: ReimportPlan }
  | { step: "importing"; file: string; framework: Framework; plan: ReimportPlan };

/** The data lead imports the framework file: checked whole first, then what it would change shown, then imported on confirmation. */
function ImportFramework({ site, onImported }: { site: SiteFramework | null; onImported: (message: string) => void }) {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const [step, setStep] = useState<ImportStep>({ step: "idle" });
  const [failure, setFailure] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const focusResult = () => setTimeout(() => result.current?.focus());

  const read = async (file: File) => {
    setFailure(null);
    setStep({ step: "reading", file: file.name });
    try {
      const parsed = parseFrameworkText(await file.text());
      if (!parsed.ok) setStep({ step: "refused", file: file.name, summary: parsed.summary, problems: parsed.problems.map((p) => p.message), more: parsed.problemCount - parsed.problems.length });
      else setStep({ step: "planned", file: file.name, framework: parsed.framework, plan: await planFrameworkImport(sp, parsed.framework) });
    } catch (error) {
      setFailure(error);
      setStep({ step: "idle" });
    }
    focusResult();
  };
  const confirm = async () => {
    if (step.step !== "planned") return;
    setStep({ ...step, step: "importing" });
    try {
      await importFramework(sp, step.framework, new Date());
      onImported(`Imported ${step.file}: ${step.plan.summary}`);
      setStep({ step: "idle" });
      if (input.current) input.current.value = "";
    } catch (error) {
      setFailure(error);
      setStep({ ...step, step: "planned" });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="framework-import">
      <Subtitle2 as="h2" id="framework-import">
        {site ? "Import a corrected framework file" : "Import the framework file"}
      </Subtitle2>
      <Text as="p">
        The framework file is JSON: a "rows" list, each row with its number, topic, theme, outcome statement and five level descriptors (keyed "1" to "5"), and optionally the level names, source and licence. The whole file is checked before anything changes.
        {site ? " Rows are matched by their number, so corrections update rows in place and every answer stays with its row." : ""}
      </Text>
      <Field label="Framework file (.json)">
        {(props) => <input {...props} ref={input} type="file" accept=".json,application/json" onChange={(e) => e.target.files?.[0] && void read(e.target.files[0])} />}
      </Field>
      <div ref={result} tabIndex={-1}>
        {step.step === "reading" && <Loading label={`Checking ${step.file}…`} />}
        {step.step === "refused" && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{step.summary}</MessageBarTitle>
              <ul>
                {step.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              {step.more > 0 ? `And ${plural(step.more, "more problem")}.` : ""}
            </MessageBarBody>
          </MessageBar>
        )}
        {(step.step === "planned" || step.step === "importing") && (
          <div className={styles.stack}>
            <MessageBar intent={step.plan.removed.length > 0 ? "warning" : "info"} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{step.file} is a valid framework</MessageBarTitle>
                {step.plan.summary}
              </MessageBarBody>
            </MessageBar>
            {step.plan.changed.length > 0 && (
              <ul className={styles.list} aria-label="Rows that change">
                {step.plan.changed.map((c) => (
                  <li key={c.row}>
                    Row {c.row}: {c.fields.join(", ")} changed{c.movesResults ? "; it moves to another topic or theme, where its answers will count from now on" : ""}
                    {c.answers > 0 ? ` (${plural(c.answers, "answer")} kept)` : ""}
                  </li>
                ))}
              </ul>
            )}
            {step.plan.removed.length > 0 && (
              <ul className={styles.list} aria-label="Rows that are retired">
                {step.plan.removed.map((r) => (
                  <li key={r.row.row}>
                    Row {r.row.row} is not in the file: it will be retired, not deleted{r.answers > 0 ? `, and its ${plural(r.answers, "answer")} kept` : ""}.
                  </li>
                ))}
              </ul>
            )}
            <div className={styles.row}>
              <Button appearance="primary" disabled={!step.plan.hasChanges || step.step === "importing"} onClick={() => void confirm()}>
                {step.step === "importing" ? "Importing…" : step.plan.hasChanges ? "Import" : "Nothing to import"}
              </Button>
              <Button disabled={step.step === "importing"} onClick={() => setStep({ step: "idle" })}>
                Cancel
              </Button>
            </div>
          </div>
        )}
      </div>
      {failure !== null && <ErrorState error={failure} />}
    </section>
  );
}

function RowsTable({ site }: { site: SiteFramework }) {
  const styles = useMaturityStyles();
  const rows = [...site.framework.rows.map((r) => ({ r, retired: false })), ...site.retired.map((r) => ({ r, retired: true }))];
  return (
    <div className={styles.tableScroll} role="region" aria-label="The framework's rows" tabIndex={0}>
      <Table size="small" aria-label="The framework's rows">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Row</TableHeaderCell>
            <TableHeaderCell>Topic</TableHeaderCell>
            <TableHeaderCell>Theme</TableHeaderCell>
            <TableHeaderCell>Outcome</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ r, retired }) => (
            <StaticTableRow key={r.row}>
              <TableCell>
                {r.row}
                {retired ? " (retired)" : ""}
              </TableCell>
              <TableCell>{r.topic}</TableCell>
              <TableCell>{r.theme}</TableCell>
              <TableCell>{r.statement}</TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** `#/maturity/framework`: the imported framework, its source and licence; the data lead imports or corrects it. */
export default function FrameworkView() {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const viewer = useViewer();
  const state = useAsync(() => loadFramework(sp), [sp]);
  const [said, setSaid] = useState("");
  const frame = (children: ReactNode) => (
    <Frame section="framework" title="The framework" canManage={viewer.canManage} canAssess={viewer.canAssess} intro={<Text as="p">The Data Maturity Assessment for Government: 10 topics and 6 themes, each row an outcome with five levels, 1 Beginning to 5 Mastering.</Text>}>
      <Said text={said} />
      {children}
    </Frame>
  );
  if (state.status === "loading") return frame(<Loading label="Loading the framework…" />);
  if (state.status === "error") return frame(<ErrorState error={state.error} onRetry={state.reload} />);
  const site = state.value;
  const onImported = (message: string) => {
    setSaid(message);
    state.reload();
  };
  return frame(
    <>
      {!site && !viewer.canManage && <NoFramework canManage={false} />}
      {site && (
        <div className={styles.card}>
          <Text>
            {plural(site.framework.rows.length, "row")} in {plural(site.framework.topics.length, "topic")} and {plural(site.framework.themes.length, "theme")}
            {site.info?.importedOn ? `, imported on ${formatDate(site.info.importedOn)}` : ""}.
          </Text>
          {site.framework.source.about && <Prose text={site.framework.source.about} />}
          {site.framework.source.attribution && <Prose text={`Attribution: ${site.framework.source.attribution}`} />}
          {site.framework.source.licence && <Prose text={`Licence: ${site.framework.source.licence}`} />}
        </div>
      )}
      {viewer.canManage && <ImportFramework site={site} onImported={onImported} />}
      {site && <RowsTable site={site} />}
    </>,
  );
}
