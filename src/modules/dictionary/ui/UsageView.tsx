import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { Field, Link, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { formatNumber } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadUsage } from "../data/usage-data";
import { recentPeriods, summariseUsage } from "../domain/usage";
import { useDictionary } from "./dictionary-state";
import { Frame } from "./Frame";
import { termHref, useDictionaryStyles } from "./parts";

const useStyles = makeStyles({
  figures: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXL, margin: 0 },
  figure: { display: "flex", flexDirection: "column-reverse" },
  number: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700, margin: 0 },
});

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const monthName = (period: string) => monthFormat.format(new Date(`${period}-15T00:00:00Z`));

function CountTable({ caption, rows, first }: { caption: string; first: string; rows: { label: ReactNode; key: string; count: number }[] }) {
  if (rows.length === 0) return null;
  return (
    <Table aria-label={caption} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{first}</TableHeaderCell>
          <TableHeaderCell>Times</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <StaticTableRow key={row.key}>
            <TableCell>{row.label}</TableCell>
            <TableCell>{formatNumber(row.count)}</TableCell>
          </StaticTableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The strategy's "metric standardisation" audit: how the dictionary is used, by department, and
 * what people looked for and did not find (candidates for new terms). Counts only, no names.
 */
export function UsageView() {
  const styles = useDictionaryStyles();
  const own = useStyles();
  const { sp } = useServices();
  const dictionary = useDictionary();
  const periods = recentPeriods(new Date(), 12);
  const [period, setPeriod] = useState("all");
  const state = useAsync(() => loadUsage(sp, period === "all" ? periods : [period]), [sp, period]);
  const title = (key: string) => dictionary.byKey.get(key)?.title ?? key;

  return (
    <Frame section="use" title="How the dictionary is used">
      <Text as="p">Counts of searches and terms opened, with no record of who searched or opened what. They are written every few seconds, so the latest may take a minute to appear.</Text>
      <Field label="Period">
        <Select value={period} onChange={(_, d) => setPeriod(d.value)}>
          <option value="all">The last 12 months</option>
          {periods.map((p) => (
            <option key={p} value={p}>
              {monthName(p)}
            </option>
          ))}
        </Select>
      </Field>
      {state.status === "loading" && <Loading label="Adding up…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.status === "ready" &&
        (() => {
          const summary = summariseUsage(state.value);
          if (summary.searches === 0 && summary.opens === 0) return <EmptyState title="No use recorded in this period yet." />;
          return (
            <>
              <dl className={own.figures}>
                {[
                  ["Searches", formatNumber(summary.searches)],
                  ["Terms opened", formatNumber(summary.opens)],
                  ["Searches that found nothing", `${summary.noResultPercent}%`],
                ].map(([label, value]) => (
                  <div key={label} className={own.figure}>
                    <dt>{label}</dt>
                    <dd className={own.number}>{value}</dd>
                  </div>
                ))}
              </dl>
              <section aria-labelledby="use-departments" className={styles.stack}>
                <Text as="h2" size={500} weight="semibold" id="use-departments">
                  By department
                </Text>
                <Table aria-label="Use by department" size="small">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Department</TableHeaderCell>
                      <TableHeaderCell>Searches</TableHeaderCell>
                      <TableHeaderCell>Terms opened</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {summary.departments.map((d) => (
                      <StaticTableRow key={d.name}>
                        <TableCell>{d.name}</TableCell>
                        <TableCell>{formatNumber(d.searches)}</TableCell>
                        <TableCell>{formatNumber(d.opens)}</TableCell>
                      </StaticTableRow>
                    ))}
                  </TableBody>
                </Table>
              </section>
              <section aria-labelledby="use-opened" className={styles.stack}>
                <Text as="h2" size={500} weight="semibold" id="use-opened">
                  Most opened terms
                </Text>
                <CountTable caption="Most opened terms" first="Term" rows={summary.topOpened.map((r) => ({ key: r.key, count: r.count, label: <Link href={termHref(r.key)}>{title(r.key)}</Link> }))} />
              </section>
              <section aria-labelledby="use-found" className={styles.stack}>
                <Text as="h2" size={500} weight="semibold" id="use-found">
                  Most often found by searching
                </Text>
                <CountTable caption="Terms found by searching" first="Term" rows={summary.topFound.map((r) => ({ key: r.key, count: r.count, label: <Link href={termHref(r.key)}>{title(r.key)}</Link> }))} />
              </section>
              <section aria-labelledby="use-none" className={styles.stack}>
                <Text as="h2" size={500} weight="semibold" id="use-none">
                  Searches that found nothing
                </Text>
                {summary.noResults.length === 0 ? (
                  <Text className={styles.secondary}>Every search found something.</Text>
                ) : (
                  <CountTable caption="Searches that found nothing" first="Search" rows={summary.noResults.map((r) => ({ key: r.text, count: r.count, label: r.text }))} />
                )}
              </section>
            </>
          );
        })()}
    </Frame>
  );
}
