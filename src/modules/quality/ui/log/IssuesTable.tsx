import { Badge, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { formatDate } from "../../../../core/domain/format";
import { routeHref } from "../../../../core/ui/router";
import { ageBandOf } from "../../domain/log/figures";
import { DIMENSION_LABELS, type LogEntry, referenceText } from "../../domain/log/issue";
import type { TargetRule } from "../../domain/log/targets";
import { ageInDays, effectiveTarget, isOverdue } from "../../domain/log/views";

const COLUMNS = ["Issue", "Dataset", "Dimension", "Severity", "Status", "Owner", "Reported", "Target"] as const;
const ROW_ESTIMATE_PX = 56;

const useStyles = makeStyles({
  scroller: {
    height: "min(65vh, 44rem)",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(12rem, 3fr) minmax(7rem, 1.4fr) 7rem 5.5rem 6.5rem minmax(6rem, 1fr) 6rem 7rem",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    boxSizing: "border-box",
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr) auto", rowGap: tokens.spacingVerticalXXS },
  },
  /** Wide screens: every column, scrolling sideways inside the table if the page is narrower. */
  table: { minWidth: "62rem", "@media (max-width: 720px)": { minWidth: 0 } },
  header: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  body: { position: "relative", width: "100%" },
  virtualRow: { position: "absolute", top: 0, left: 0, width: "100%" },
  title: { overflowWrap: "anywhere", display: "flex", flexDirection: "column" },
  secondary: { color: tokens.colorNeutralForeground2 },
  narrowHidden: { "@media (max-width: 720px)": { display: "none" } },
  narrowLine: { "@media (max-width: 720px)": { gridColumn: "1 / -1" } },
});

export interface IssuesTableProps {
  entries: readonly LogEntry[];
  rules: readonly TargetRule[];
  today: string;
  /** Route params of the view, kept when an issue is opened so closing returns to the same view. */
  params: Record<string, string>;
  showAge: boolean;
}

/** The view's issues in one scrolling table; only the rows on screen are in the page, so 10,000 scroll like 10. */
export function IssuesTable({ entries, rules, today, params, showAge }: IssuesTableProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: entries.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE_PX, overscan: 12 });
  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={`Issues, ${entries.length} shown`}>
      <div role="table" aria-label="Data quality issues" aria-rowcount={entries.length + 1} className={styles.table}>
        <div role="rowgroup" className={styles.header}>
          <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, styles.header)}>
            {COLUMNS.map((c, i) => (
              <span role="columnheader" key={c} className={i === 0 || i === 4 ? undefined : styles.narrowHidden}>
                {c === "Reported" && showAge ? "Age" : c}
              </span>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const e = entries[virtualRow.index]!;
            const overdue = isOverdue(e, rules, today);
            const age = ageInDays(e, today);
            return (
              <div
                role="row"
                aria-rowindex={virtualRow.index + 2}
                key={`${e.source}:${e.itemId}`}
                data-index={virtualRow.index}
                ref={virtualizer.measureElement}
                className={mergeClasses(styles.row, styles.virtualRow)}
                style={{ transform: `translateY(${virtualRow.start}px)` }}
              >
                <span role="cell" className={styles.title}>
                  <Link href={routeHref("quality", ["issue", String(e.reference)], params)}>{e.title || "(no summary)"}</Link>
                  <Text size={200} className={styles.secondary}>
                    {referenceText(e.reference)}
                  </Text>
                </span>
                <span role="cell" className={styles.narrowHidden}>
                  {e.dataset}
                </span>
                <span role="cell" className={styles.narrowHidden}>
                  {e.dimension ? DIMENSION_LABELS[e.dimension] : ""}
                </span>
                <span role="cell" className={styles.narrowHidden}>
                  {e.severity ?? ""}
                </span>
                <span role="cell">
                  {e.status}
                  {overdue && (
                    <>
                      {" "}
                      <Badge appearance="outline" color="danger" size="small">
                        Overdue
                      </Badge>
                    </>
                  )}
                </span>
                <span role="cell" className={styles.narrowHidden}>
                  {e.ownerName ?? (e.status === "New" ? "Not triaged yet" : "")}
                </span>
                <span role="cell" className={mergeClasses(styles.secondary, styles.narrowLine)}>
                  {showAge ? `${age} ${age === 1 ? "day" : "days"} (${ageBandOf(age)})` : formatDate(e.reportedAt)}
                </span>
                <span role="cell" className={mergeClasses(styles.secondary, styles.narrowHidden)}>
                  {formatDate(effectiveTarget(e, rules))}
                  {e.targetDate === null && e.status === "New" ? " (from severity)" : ""}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
