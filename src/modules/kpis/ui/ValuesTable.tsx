import { Text, mergeClasses } from "@fluentui/react-components";
import { entryWords } from "../domain/kpi";
import type { KpiSummary } from "../domain/kpi-series";
import { formatKpiValue } from "../domain/kpi-words";
import type { StoredValue } from "../domain/kpi-records";
import { KpiRagBadge } from "./KpiRagBadge";
import { useKpiStyles } from "./styles";

/**
 * Every period of a KPI, newest first: value, target, RAG, when it was entered (late ones say so),
 * confidence, note and source. The line chart's numbers and more, as text.
 */
export function ValuesTable({ summary, unit }: { summary: KpiSummary; unit: string }) {
  const styles = useKpiStyles();
  const rows = [...summary.rows].reverse();
  return (
    <div className={styles.scroller} role="region" aria-labelledby="values-heading" tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.srOnly}>Values and targets by period, newest first</caption>
        <thead>
          <tr>
            {["Period", "Value", "Target", "RAG", "Entered", "Confidence", "Note", "Source"].map((h) => (
              <th key={h} scope="col" className={styles.th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const entered = r.entered as StoredValue | null;
            return (
              <tr key={r.period.key}>
                <th scope="row" className={mergeClasses(styles.td, styles.rowHeader, styles.nowrap)}>
                  {r.period.label}
                </th>
                <td className={mergeClasses(styles.td, styles.number)}>{r.value === null ? "None" : formatKpiValue(r.value, unit)}</td>
                <td className={mergeClasses(styles.td, styles.number)}>{r.target === null ? "None" : formatKpiValue(r.target, unit)}</td>
                <td className={mergeClasses(styles.td, styles.nowrap)}>
                  <KpiRagBadge rag={r.rag} />
                </td>
                <td className={mergeClasses(styles.td, styles.nowrap)}>
                  {entryWords(r.entry, entered?.enteredOn ?? null, r.dueOn)}
                  {entered?.enteredBy && (
                    <>
                      <br />
                      <Text size={200} className={styles.secondary}>
                        by {entered.enteredBy}
                      </Text>
                    </>
                  )}
                </td>
                <td className={styles.td}>{entered?.confidence ?? ""}</td>
                <td className={mergeClasses(styles.td, styles.name)}>{entered?.note ?? ""}</td>
                <td className={styles.td}>{entered?.source ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
