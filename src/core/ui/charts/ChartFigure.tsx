import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronUp20Regular } from "@fluentui/react-icons";
import { createElement, useState, type ReactNode } from "react";
import type { ChartTable } from "../../domain/chart-data";
import { ChartTableView } from "./ChartTableView";

/** What every chart takes besides its data. */
export interface ChartFrameProps {
  /** The chart's title: shown above it, its accessible name, and its table's caption. */
  title: string;
  /** Render the title as a heading of this level (in the screen's outline); otherwise as bold text. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** The one-sentence summary; by default the kit writes one from the data. */
  summary?: string;
  /** Open the "Show as table" disclosure at first (the person can still close it). */
  tableInitiallyOpen?: boolean;
}

const useStyles = makeStyles({
  root: { margin: 0, minWidth: 0, maxWidth: "100%", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, color: tokens.colorNeutralForeground1 },
  caption: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
  toggle: { alignSelf: "flex-start" },
});

/**
 * The frame every chart renders in, so no screen can leave out the words or the table: the title,
 * the summary sentence, the legend, the plot, and a "Show as table" disclosure holding the same
 * numbers as a real table. The figure is named by its title and described by its summary.
 */
export function ChartFigure({ title, headingLevel, summary, tableInitiallyOpen = false, table, legend, children }: ChartFrameProps & { summary: string; table: ChartTable; legend?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(tableInitiallyOpen);
  const titleId = useId("chart-title");
  const summaryId = useId("chart-summary");
  const tableId = useId("chart-table");
  const heading = headingLevel ? createElement(`h${headingLevel}`, { id: titleId, className: styles.title }, title) : <span id={titleId} className={styles.title}>{title}</span>;
  return (
    <figure className={styles.root} aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption className={styles.caption}>
        {heading}
        <p id={summaryId} className={styles.summary}>
          {summary}
        </p>
      </figcaption>
      {legend}
      {children}
      <Button className={styles.toggle} appearance="subtle" icon={open ? <ChevronUp20Regular /> : <ChevronDown20Regular />} aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
        {open ? "Hide table" : "Show as table"}
      </Button>
      <div id={tableId} hidden={!open}>
        {open && <ChartTableView caption={title} table={table} />}
      </div>
    </figure>
  );
}
