import { Badge, Button, Field, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { type CheckResult, type CheckStatus, type Override, overrideProblem, statusOf } from "../domain/checks";
import { useStyles } from "./parts";

const STATUS_TEXT: Record<CheckStatus, string> = { passed: "Passed", failed: "Failed", overridden: "Overridden" };
const STATUS_COLOUR: Record<CheckStatus, "success" | "danger" | "warning"> = { passed: "success", failed: "danger", overridden: "warning" };

export interface ChecksViewProps {
  checks: readonly CheckResult[];
  overrides: readonly Override[];
  /** Who overrides: the signed-in person. */
  who: string;
  onOverride: (override: Override) => void;
  onWithdraw: (check: CheckResult["id"]) => void;
}

/** The three checks in plain English, the rows concerned as tables, and an override with a reason for a flag judged wrong. */
export function ChecksView({ checks, overrides, who, onOverride, onWithdraw }: ChecksViewProps) {
  const styles = useStyles();
  return (
    <section className={styles.stack} aria-labelledby="open-data-checks">
      <Text as="h2" size={500} weight="semibold" id="open-data-checks" className={styles.heading}>
        Checks
      </Text>
      {checks.map((check) => (
        <CheckCard key={check.id} check={check} status={statusOf(check, overrides)} override={overrides.find((o) => o.check === check.id)} who={who} onOverride={onOverride} onWithdraw={onWithdraw} />
      ))}
    </section>
  );
}

function CheckCard({ check, status, override, who, onOverride, onWithdraw }: { check: CheckResult; status: CheckStatus; override: Override | undefined; who: string; onOverride: (o: Override) => void; onWithdraw: (id: CheckResult["id"]) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = `open-data-check-${check.id}`;
  const reasonId = `open-data-override-${check.id}`;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.row}>
        <Text as="h3" size={400} weight="semibold" id={headingId} className={styles.heading}>
          {check.title}
        </Text>
        <Badge appearance="tint" shape="rounded" color={STATUS_COLOUR[status]}>
          {STATUS_TEXT[status]}
        </Badge>
      </div>
      <Text as="p" className={styles.heading}>
        {check.summary}
      </Text>
      {check.rows.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>
              {check.total > check.rows.length ? `The first ${check.rows.length} of ${check.total.toLocaleString("en-GB")} concerned` : `${check.title}: rows and columns concerned`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {check.rows.map((r, i) => (
                <tr key={`${r.row}-${r.column}-${i}`}>
                  <td>{r.row === 0 ? "All rows" : r.row}</td>
                  <td>{r.column || "The file"}</td>
                  <td>{r.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {status === "overridden" && override && (
        <div className={styles.stack}>
          <Text as="p" className={styles.heading}>
            Overridden by {override.by}: {override.reason}
          </Text>
          <div className={styles.row}>
            <Button onClick={() => onWithdraw(check.id)}>Withdraw the override</Button>
          </div>
        </div>
      )}
      {status === "failed" &&
        (open ? (
          <form
            className={styles.form}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const wrong = overrideProblem(reason);
              setProblem(wrong);
              if (!wrong) onOverride({ check: check.id, by: who, reason: reason.trim() });
            }}
          >
            <Field label={`Why "${check.title}" is wrong for this file`} required validationMessage={problem ?? undefined} validationState={problem ? "error" : "none"} hint={`Recorded with your name (${who}) in the publication's record.`}>
              <Textarea id={reasonId} value={reason} resize="vertical" onChange={(_, d) => setReason(d.value)} />
            </Field>
            <div className={styles.row}>
              <Button type="submit" appearance="primary">
                Override this check
              </Button>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
            </div>
          </form>
        ) : (
          <div className={styles.row}>
            <Button onClick={() => setOpen(true)}>Override this check…</Button>
          </div>
        ))}
    </section>
  );
}
