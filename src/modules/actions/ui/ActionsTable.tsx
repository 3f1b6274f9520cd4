import { Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { formatDate } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { ArrowSortDown16Regular, ArrowSortUp16Regular } from "@fluentui/react-icons";
import { ragOf } from "../domain/rag";
import type { SortKey, TrackerRow } from "../domain/views";
import { RagBadge } from "../../../core/ui/RagBadge";
import type { Action } from "../domain/action";
import { OwnerCell } from "./OwnerCell";

/** The columns, and the sort a click on each header chooses (as in Microsoft Lists). */
const COLUMNS: readonly { label: string; sort?: SortKey }[] = [
  { label: "Action", sort: "title" },
  { label: "Principle", sort: "principle" },
  { label: "Owner" },
  { label: "Status", sort: "status" },
  { label: "RAG" },
  { label: "Due", sort: "due" },
  { label: "Done" },
];
const ROW_ESTIMATE_PX = 52;

const useStyles = makeStyles({
  scroller: {
    height: "min(65vh, 44rem)",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(12rem, 3fr) minmax(7rem, 1.2fr) minmax(7rem, 1.2fr) 7.5rem 6.5rem 6rem 4rem",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    boxSizing: "border-box",
    "@media (max-width: 640px)": { gridTemplateColumns: "1fr auto", rowGap: tokens.spacingVerticalXXS },
  },
  header: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  sortButton: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    minHeight: "24px",
    padding: 0,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    cursor: "pointer",
    ":hover": { textDecoration: "underline" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThin },
  },
  groupRow: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold, gridTemplateColumns: "1fr" },
  body: { position: "relative", width: "100%" },
  virtualRow: { position: "absolute", top: 0, left: 0, width: "100%" },
  title: { overflowWrap: "anywhere" },
  secondary: { color: tokens.colorNeutralForeground2, "@media (max-width: 640px)": { gridColumn: "1 / -1" } },
  narrowHidden: { "@media (max-width: 640px)": { display: "none" } },
});

export interface ActionsTableProps {
  /** The rows to show: actions, with group headings between them when grouped. */
  rows: TrackerRow[];
  /** How many actions the rows hold (headings are not counted). */
  actionCount: number;
  sort: SortKey;
  descending: boolean;
  onSort: (sort: SortKey) => void;
  principleTitle: (key: string | null) => string;
  /** Current route params, kept when a row is opened so closing it returns to the same view. */
  params: Record<string, string>;
  today: Date;
  /** Whether this person may change an action: they may then assign its owner from its row. */
  canEdit: (action: Action) => boolean;
  /** An action saved from its row, for the list to show. */
  onSaved: (action: Action) => void;
}

/**
 * Every action of the view in one scrolling table. Only the rows on screen are in the DOM, so
 * 20,000 actions scroll as smoothly as 20; aria-rowcount tells screen readers the real size.
 */
export function ActionsTable({ rows, actionCount, sort, descending, onSort, principleTitle, params, today, canEdit, onSaved }: ActionsTableProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE_PX, overscan: 12 });

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={`Actions, ${actionCount} shown`} data-testid="actions-scroller">
      <div role="table" aria-label="Actions" aria-rowcount={rows.length + 1}>
        <div role="rowgroup" className={styles.header}>
          <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, styles.header)}>
            {COLUMNS.map((c, i) => {
              const sorted = c.sort === sort;
              const Arrow = descending ? ArrowSortDown16Regular : ArrowSortUp16Regular;
              return (
                <span role="columnheader" key={c.label} aria-sort={sorted ? (descending ? "descending" : "ascending") : undefined} className={i === 0 || i === 3 ? undefined : styles.narrowHidden}>
                  {c.sort ? (
                    <button type="button" className={styles.sortButton} onClick={() => onSort(c.sort!)}>
                      {c.label}
                      {sorted && <Arrow aria-hidden />}
                    </button>
                  ) : (
                    c.label
                  )}
                </span>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const row = rows[virtualRow.index]!;
            if (row.kind === "group") {
              return (
                <div
                  role="row"
                  aria-rowindex={virtualRow.index + 2}
                  key={`group-${row.key}`}
                  data-index={virtualRow.index}
                  ref={virtualizer.measureElement}
                  className={mergeClasses(styles.row, styles.groupRow, styles.virtualRow)}
                  style={{ transform: `translateY(${virtualRow.start}px)` }}
                >
                  <span role="rowheader" aria-colspan={COLUMNS.length}>
                    {row.label} ({row.count})
                  </span>
                </div>
              );
            }
            const action = row.action;
            return (
              <div
                role="row"
                aria-rowindex={virtualRow.index + 2}
                key={action.id}
                data-index={virtualRow.index}
                ref={virtualizer.measureElement}
                className={mergeClasses(styles.row, styles.virtualRow)}
                style={{ transform: `translateY(${virtualRow.start}px)` }}
              >
                <span role="cell" className={styles.title}>
                  <Link href={routeHref("actions", [String(action.id)], params)}>{action.title}</Link>
                </span>
                <span role="cell" className={styles.secondary}>
                  <Text size={200}>{principleTitle(action.principleKey)}</Text>
                </span>
                <span role="cell" className={styles.secondary}>
                  <OwnerCell action={action} canEdit={canEdit(action)} onSaved={onSaved} />
                </span>
                <span role="cell">
                  <Text size={200}>{action.status}</Text>
                </span>
                <span role="cell" className={styles.secondary}>
                  <RagBadge rag={ragOf(action, today)} />
                </span>
                <span role="cell" className={styles.secondary}>
                  <Text size={200}>{action.dueDate ? `Due ${formatDate(action.dueDate)}` : "No due date"}</Text>
                </span>
                <span role="cell" className={styles.secondary}>
                  <Text size={200}>{action.percentComplete}%</Text>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
