import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, Title3 } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { ErrorSummary } from "../../../../core/ui/ErrorSummary";
import { routeHref } from "../../../../core/ui/router";
import { useServices } from "../../../../core/ui/services";
import { addReport } from "../../data/log-data";
import { type LogEntry, referenceText } from "../../domain/log/issue";
import { emptyReport, type FormProblem, type ReportDraft, type ReportField, reportFromParams, validateReport } from "../../domain/log/report-form";
import { SaveFailure, useQualityStyles } from "../parts";
import { ReportFields, reportFieldId } from "./ReportFields";

const ID = "report";

/**
 * Report a data quality problem: one short form, under a minute. Personal identifiers in the text are
 * refused with a message that names what was found; what was typed stays, whatever happens.
 */
export function ReportPage({ params, onReported }: { params: URLSearchParams; onReported?: (entry: LogEntry) => void }) {
  const styles = useQualityStyles();
  const { sp, person } = useServices();
  const [draft, setDraft] = useState<ReportDraft>(() => reportFromParams(params, person.profile.department));
  const [problems, setProblems] = useState<FormProblem<ReportField>[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState<LogEntry | null>(null);
  const thanks = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);

  const submit = async () => {
    const found = validateReport(draft);
    setProblems(found);
    if (found.length) return;
    setSaving(true);
    setFailure(null);
    try {
      const entry = await addReport(sp, draft);
      setSent(entry);
      setDraft(emptyReport(person.profile.department));
      onReported?.(entry);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.stack}>
      <Title3 as="h2">Report a data quality problem</Title3>
      <div role="status" aria-live="polite">
        {sent && (
          <div ref={thanks} tabIndex={-1}>
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Thank you: your report is {referenceText(sent.reference)}</MessageBarTitle>
                The dataset's information asset manager or the data lead will triage it. You can change it until then.{" "}
                <Link href={routeHref("quality", ["issue", String(sent.reference)])}>See your report</Link>.
              </MessageBarBody>
            </MessageBar>
          </div>
        )}
      </div>
      {!sent && (
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Text>All fields marked * are needed. It takes about a minute.</Text>
          <ErrorSummary problems={problems.map((p) => ({ fieldId: reportFieldId(ID, p.field), message: p.message }))} />
          {failure !== null && <SaveFailure error={failure} refused="Your account cannot add reports to the data quality log: ask the data lead." />}
          <ReportFields idPrefix={ID} draft={draft} problems={problems} onChange={setDraft} />
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit" disabled={saving}>
              {saving ? "Sending…" : "Send report"}
            </Button>
          </div>
        </form>
      )}
      {sent && (
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => setSent(null)}>
            Report another problem
          </Button>
          <Link href={routeHref("quality", [], { view: "mine" })}>See my reports</Link>
        </div>
      )}
    </div>
  );
}
