import { Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { formatDate } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import type { Action } from "../domain/action";
import { ragOf } from "../domain/rag";
import { RagBadge } from "../../../core/ui/RagBadge";

const COLUMNS = ["Action", "Principle", "Owner", "Status", "RAG", "Due", "Done"] as const;
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
  body: { position: "relative", width: "100%" },
  virtualRow: { position: "absolute", top: 0, left: 0, width: "100%" },
  title: { overflowWrap: "anywhere" },
  secondary: { color: tokens.colorNeutralForeground2, "@media (max-width: 640px)": { gridColumn: "1 / -1" } },
  narrowHidden: { "@media (max-width: 640px)": { display: "none" } },
});

export interface ActionsTableProps {
  actions: Action[];
  principleTitle: (key: string | null) => string;
  /** Current route params, kept when a row is opened so closing it returns to the same view. */
  params: Record<string, string>;
  today: Date;
}

/**
 * Every action of the view in one scrolling table. Only the rows on screen are in the DOM, so
 * 20,000 actions scroll as smoothly as 20; aria-rowcount tells screen readers the real size.
 */
export function ActionsTable({ actions, principleTitle, params, today }: ActionsTableProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: actions.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE_PX, overscan: 12 });

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={`Actions, ${actions.length} shown`} data-testid="actions-scroller">
      <div role="table" aria-label="Actions" aria-rowcount={actions.length + 1}>
        <div role="rowgroup" className={styles.header}>
          <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, styles.header)}>
            {COLUMNS.map((c, i) => (
              <span role="columnheader" key={c} className={i === 0 || i === 3 ? undefined : styles.narrowHidden}>
                {c}
              </span>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const action = actions[virtualRow.index]!;
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
                  <Text size={200}>{action.ownerName ?? "No owner"}</Text>
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
