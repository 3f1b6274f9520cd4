import { Field, Select, Table, makeStyles, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from "@fluentui/react-components";
import { useState } from "react";
import { formatNumber } from "../../../core/domain/format";
import type { MeasureFigure } from "../../../core/domain/measures";
import { useServices } from "../../../core/ui/services";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { measures } from "../measures";
import { reportingPeriods } from "../domain/periods";
import { FOCUS_GROUP_FIGURES } from "../domain/strategy-figures";
import { useFocusStyles } from "./parts";
import type { SectionProps } from "./section-props";

// A select is as wide as its longest option unless told otherwise: at 320 px it must shrink.
const useStyles = makeStyles({ period: { maxWidth: "26rem" }, select: { minWidth: 0, maxWidth: "100%" } });

const shown = (figure: MeasureFigure, unit: string) => (figure.value === null ? "Nothing to count yet" : unit === "percent" ? `${figure.value}%` : formatNumber(figure.value));

/** The figures the focus group offers the strategy measures, for a chosen period, as a table with its basis. */
export function FiguresSection({ today }: SectionProps) {
  const styles = useFocusStyles();
  const own = useStyles();
  const { sp, graph } = useServices();
  const periods = reportingPeriods(today);
  const [chosen, setChosen] = useState(periods[2]!.label);
  const period = periods.find((p) => p.label === chosen) ?? periods[2]!;
  const data = useAsync(() => measures.load({ sp, graph }, period), [sp, graph]);

  return (
    <section aria-labelledby="figures-heading" className={styles.section}>
      <Title3 as="h2" id="figures-heading">
        Figures
      </Title3>
      <Text as="p">What the focus group's records say about the strategy's measures: stories, meetings, sessions, questions, decisions and pilots.</Text>
      <Field label="Period" className={own.period}>
        <Select value={chosen} onChange={(_, d) => setChosen(d.value)} className={own.select} select={{ className: own.select }}>
          {periods.map((p) => (
            <option key={p.label} value={p.label}>
              {p.label} ({p.start.split("-").reverse().join("/")} to {p.end.split("-").reverse().join("/")})
            </option>
          ))}
        </Select>
      </Field>
      {data.status === "loading" && <Loading label="Counting…" />}
      {data.status === "error" && <ErrorState error={data.error} onRetry={data.reload} />}
      {data.status === "ready" && (
        <div className={styles.tableWrap}>
          <Table aria-label={`Focus group figures for ${period.label}`} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Figure</TableHeaderCell>
                <TableHeaderCell>{period.label}</TableHeaderCell>
                <TableHeaderCell>From</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {FOCUS_GROUP_FIGURES.map((definition) => {
                const figure = definition.compute(data.value, period);
                return (
                  <StaticTableRow key={definition.id}>
                    <TableCell>
                      {definition.label}
                      <Text block size={200} className={styles.meta}>
                        {definition.method}
                      </Text>
                    </TableCell>
                    <TableCell>{shown(figure, definition.unit)}</TableCell>
                    <TableCell>
                      {figure.basis}
                      {figure.breakdown?.length ? (
                        <ul className={styles.plainList}>
                          {figure.breakdown.map((b) => (
                            <li key={b.label}>
                              {b.label}: {b.value === null ? "none" : definition.unit === "percent" ? `${b.value}%` : formatNumber(b.value)}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </TableCell>
                  </StaticTableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
