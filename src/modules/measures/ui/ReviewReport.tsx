import { Button, Link, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons/svg/arrow-download";
import { Print20Regular } from "@fluentui/react-icons/svg/print";
import { type ReactNode, useEffect, useMemo } from "react";
import { type FinancialPeriod, financialPeriodFromLabel, financialQuarterOf, financialYear, financialYearOfDay, londonDay, quarterByIndex } from "../../../core/domain/financial-quarters";
import { formatDate, formatLongDate, plural } from "../../../core/domain/format";
import { useOverflowing } from "../../../core/ui/charts/use-element-width";
import { downloadCsv } from "../../../core/ui/download";
import { navigate } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import type { PrincipleView } from "../domain/assemble";
import { coverage, howMeasured, reviewCsv, reviewFileName, reviewQuarters, reviewRows } from "../domain/review";
import { sourceWords, targetStatus, writeValue } from "../domain/trend";
import { loadReviews } from "../data/measures-data";
import { measuresHref, SafeLink, useMeasuresStyles } from "./parts";
import { PeriodPicker } from "./PeriodPicker";
import { ScreenNotices } from "./ScreenParts";
import { useMeasuresScreen } from "./use-measures-screen";

export const REPORT_ID = "strategy-review";

/**
 * Printing shows the report alone, in every host (the tab, a SharePoint page): while the report is
 * on screen the page is marked, and print hides whatever does not hold the report, the report's own
 * controls, and makes ancestors plain blocks so nothing but the report takes space on paper. Text
 * prints in the system's text colour, so a dark theme on screen still prints dark on white, and
 * without ligatures, so text copied or read aloud from the PDF keeps "ff" and "fi" inside its words.
 */
const usePrintStyles = makeStaticStyles(`
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  html[data-printing-review] { color-scheme: light; }
  html[data-printing-review] body *:not(:has(#${REPORT_ID})):not(#${REPORT_ID}):not(#${REPORT_ID} *) { display: none !important; }
  html[data-printing-review] body :has(#${REPORT_ID}) { display: block !important; min-height: 0 !important; padding: 0 !important; margin: 0 !important; border: 0 !important; background: none !important; overflow: visible !important; }
  html[data-printing-review] #${REPORT_ID}, html[data-printing-review] #${REPORT_ID} * { color: CanvasText !important; background: none !important; box-shadow: none !important; font-variant-ligatures: none; }
  html[data-printing-review] #${REPORT_ID} [data-print="hide"] { display: none !important; }
  html[data-printing-review] #${REPORT_ID} table { border-collapse: collapse; width: 100%; }
  html[data-printing-review] #${REPORT_ID} th, html[data-printing-review] #${REPORT_ID} td { border: 1px solid CanvasText !important; padding: 3px 5px; vertical-align: top; font-size: 9pt; }
  html[data-printing-review] #${REPORT_ID} thead { display: table-header-group; }
  html[data-printing-review] #${REPORT_ID} tr { break-inside: avoid; }
  html[data-printing-review] #${REPORT_ID} h2 { break-after: avoid; }
  html[data-printing-review] #${REPORT_ID} section + section { break-before: page; }
}
`);

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  // Wide tables scroll sideways on a narrow screen, and print whole.
  wide: { maxWidth: "100%", overflowX: "auto", ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" }, "@media print": { overflowX: "visible" } },
  words: { color: tokens.colorNeutralForeground2, display: "block", marginTop: tokens.spacingVerticalXXS },
  head: { verticalAlign: "bottom" },
});

function Wide({ label, children }: { label: string; children: ReactNode }) {
  const styles = useStyles();
  const [ref, overflowing] = useOverflowing<HTMLDivElement>();
  return (
    <div ref={ref} className={styles.wide} role={overflowing ? "region" : undefined} aria-label={overflowing ? label : undefined} tabIndex={overflowing ? 0 : undefined}>
      {children}
    </div>
  );
}

/** The review's period: a quarter or a financial year that has begun, from the address; else this quarter. */
function reviewPeriod(param: string | null, today: string): { period: FinancialPeriod; problem: string | null } {
  const current = financialQuarterOf(today);
  if (!param) return { period: current, problem: null };
  try {
    const period = financialPeriodFromLabel(param);
    if (period.start > today) return { period: current, problem: `${param} has not begun yet. Showing ${current.label}.` };
    return { period, problem: null };
  } catch (error) {
    return { period: current, problem: `${(error as Error).message} Showing ${current.label}.` };
  }
}

function periodOptions(today: string) {
  const current = financialQuarterOf(today);
  const thisYear = financialYearOfDay(today);
  const quarters = Array.from({ length: 12 }, (_, i) => quarterByIndex(current.index - i));
  const years = [thisYear, financialYear(thisYear.index - 1), financialYear(thisYear.index - 2)];
  return [...years.map((y) => ({ value: y.label, label: `The year ${y.label}` })), ...quarters.map((q) => ({ value: q.label, label: q.label }))];
}

function PrincipleReport({ view, quarters }: { view: PrincipleView; quarters: readonly FinancialPeriod[] }) {
  const styles = useMeasuresStyles();
  const own = useStyles();
  const last = quarters[quarters.length - 1]!;
  const counts = coverage(view, last);
  const headingId = `review-${view.principle.key}`;
  const caption = `${view.principle.title}: ${quarters.length === 1 ? last.label : quarters.map((q) => q.label).join(", ")}`;
  return (
    <section aria-labelledby={headingId} className={styles.stack}>
      <h2 id={headingId} className={styles.heading}>
        {view.principle.title}
      </h2>
      <Text as="p">
        {plural(view.measures.length, "measure")}; in {last.label}, {counts.withValue} of {plural(counts.figures, "figure")} have a value
        {counts.withTarget ? ` and ${counts.targetsMet} of ${counts.withTarget} targets are met` : ""}.
      </Text>
      <Wide label={caption}>
        <Table size="small" aria-label={caption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={own.head}>Measure, in the strategy's words</TableHeaderCell>
              <TableHeaderCell className={own.head}>Figure</TableHeaderCell>
              <TableHeaderCell className={own.head}>How it is measured</TableHeaderCell>
              {quarters.map((q) => (
                <TableHeaderCell key={q.label} className={own.head}>
                  {q.label}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className={own.head}>Target</TableHeaderCell>
              <TableHeaderCell className={own.head}>Direction of travel</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.measures.flatMap((measure) =>
              measure.series.map((s, i) => {
                const target = s.target?.target ?? null;
                const lastPoint = s.points.find((p) => p.period.index === last.index);
                return (
                  <StaticTableRow key={s.series.key}>
                    <TableCell className={styles.cell}>
                      {i === 0 ? (
                        <>
                          <Text weight="semibold">{measure.measure.title}</Text>
                          <Text size={200} className={own.words}>
                            {measure.measure.description}
                          </Text>
                        </>
                      ) : (
                        <Text>{measure.measure.title} (continued)</Text>
                      )}
                    </TableCell>
                    <TableCell className={styles.cell}>{s.series.label}</TableCell>
                    <TableCell className={styles.cell}>
                      <Text size={200}>{howMeasured(s, measure.whyRecorded)}</Text>
                    </TableCell>
                    {quarters.map((q) => {
                      const point = s.points.find((p) => p.period.index === q.index);
                      return (
                        <TableCell key={q.label} className={styles.cell}>
                          <Text weight="semibold">{writeValue(point?.value ?? null, s.series.unit)}</Text>
                          {point && point.source !== "none" && (
                            <Text size={200} className={own.words}>
                              {sourceWords(point)}
                              {point.basis ? `: ${point.basis}` : ""}
                            </Text>
                          )}
                        </TableCell>
                      );
                    })}
                    <TableCell className={styles.cell}>
                      {target === null ? "None set" : writeValue(target, s.series.unit)}
                      {target !== null && (
                        <Text size={200} className={own.words}>
                          {targetStatus(lastPoint?.value ?? null, target, s.series.better)?.text}
                        </Text>
                      )}
                    </TableCell>
                    <TableCell className={styles.cell}>{s.direction.words}</TableCell>
                  </StaticTableRow>
                );
              }),
            )}
          </TableBody>
        </Table>
      </Wide>
    </section>
  );
}

function ReviewLogSection({ period }: { period: FinancialPeriod }) {
  const styles = useMeasuresStyles();
  const { sp } = useServices();
  const reviews = useAsync(() => loadReviews(sp, period), [sp, period.label]);
  const caption = `Reviews of the strategy in ${period.label}`;
  return (
    <section aria-labelledby="review-log-heading" className={styles.stack}>
      <h2 id="review-log-heading" className={styles.heading}>
        The strategy's reviews in {period.label}
      </h2>
      {reviews.status === "loading" && <Loading label="Loading the review log…" />}
      {reviews.status === "error" && <ErrorState error={reviews.error} onRetry={reviews.reload} />}
      {reviews.status === "ready" &&
        (reviews.value.items.length === 0 ? (
          <Text as="p">No review of the strategy was logged in {period.label}.</Text>
        ) : (
          <Wide label={caption}>
            <Table size="small" aria-label={caption}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Date</TableHeaderCell>
                  <TableHeaderCell>Review</TableHeaderCell>
                  <TableHeaderCell>What changed in the strategy</TableHeaderCell>
                  <TableHeaderCell>Strategy changed</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {reviews.value.items.map((r) => (
                  <StaticTableRow key={r.id}>
                    <TableCell>{formatDate(`${r.date}T12:00:00Z`)}</TableCell>
                    <TableCell className={styles.cell}>
                      {r.title} ({r.kind.toLowerCase()}) <SafeLink href={r.link}>Papers for {r.title}</SafeLink>
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <Text className={styles.text}>{r.changes}</Text>
                    </TableCell>
                    <TableCell>{r.strategyChanged ? "Yes" : "No"}</TableCell>
                  </StaticTableRow>
                ))}
              </TableBody>
            </Table>
          </Wide>
        ))}
    </section>
  );
}

/**
 * The strategy review: every measure per principle for a quarter or a financial year, as a page that
 * prints cleanly (A4 landscape, the report alone, tables with their headers on every page), a CSV,
 * and the reviews logged in the period.
 */
export function ReviewReport({ periodParam }: { periodParam: string | null }) {
  usePrintStyles();
  const styles = useMeasuresStyles();
  const own = useStyles();
  const today = useMemo(() => londonDay(new Date()), []);
  const { period, problem } = reviewPeriod(periodParam, today);
  const quarters = reviewQuarters(period, today);
  const screen = useMeasuresScreen(undefined, quarters[quarters.length - 1]!.label);
  const { views, state, pendingModules } = screen;
  const ready = !!views && pendingModules === 0;

  useEffect(() => {
    document.documentElement.setAttribute("data-printing-review", "");
    return () => document.documentElement.removeAttribute("data-printing-review");
  }, []);

  return (
    <article id={REPORT_ID} className={own.report} aria-labelledby="review-title" aria-busy={!ready}>
      <div className={styles.stack}>
        <h1 id="review-title" className={styles.heading}>
          Strategy review: {period.label}
        </h1>
        <Text as="p">
          Data Use and Analytics Strategy 2025–2028: every “How will we measure success?” measure, per principle, for {period.kind === "year" ? `the financial year ${period.label}, quarter by quarter` : period.label}. Produced from Data Hub on {formatLongDate(`${today}T12:00:00Z`)}.
        </Text>
      </div>
      <div className={styles.toolbar} data-print="hide">
        <PeriodPicker label="Review period" value={period.label} options={periodOptions(today)} onChange={(label) => navigate(measuresHref(["review"], { period: label }), { replace: true })} />
        <Button appearance="primary" icon={<Print20Regular />} disabledFocusable={!ready} onClick={() => window.print()}>
          Print or save as PDF
        </Button>
        <Button icon={<ArrowDownload20Regular />} disabledFocusable={!ready} onClick={() => views && downloadCsv(reviewFileName(period), reviewCsv(reviewRows(views, quarters)))}>
          Download as CSV
        </Button>
        <Link href={measuresHref([])}>Back to the measures</Link>
      </div>
      <div data-print="hide" className={styles.stack}>
        {problem && (
          <MessageBar intent="warning">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        <ScreenNotices screen={screen} />
      </div>
      {state.status === "loading" && <Loading label="Preparing the review…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      {views && !ready && <Loading label="Computing this quarter's figures…" />}
      {ready && (
        <>
          {views.map((view) => (
            <PrincipleReport key={view.principle.key} view={view} quarters={quarters} />
          ))}
          <ReviewLogSection period={period} />
        </>
      )}
    </article>
  );
}

