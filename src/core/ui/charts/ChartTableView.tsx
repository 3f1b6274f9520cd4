import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ChartTable } from "../../domain/chart-data";
import { ScrollRegion } from "./ScrollRegion";

const cell = {
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  textAlign: "left" as const,
  verticalAlign: "top" as const,
};

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1, minWidth: "100%" },
  // The figure's title is just above; the caption names the table for screen readers.
  caption: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  head: { ...cell, fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStrokeAccessible}` },
  rowHead: { ...cell, fontWeight: tokens.fontWeightRegular },
  cell,
  numeric: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** A chart's equivalent: a real table with a caption, column headers and row headers. */
export function ChartTableView({ caption, table }: { caption: string; table: ChartTable }) {
  const styles = useStyles();
  return (
    <ScrollRegion label={`${caption} (table)`}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} scope="col" className={mergeClasses(styles.head, table.numeric[i] && styles.numeric)}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row" className={styles.rowHead}>
                {row.header}
              </th>
              {row.cells.map((value, c) => (
                <td key={c} className={mergeClasses(styles.cell, table.numeric[c + 1] && styles.numeric)}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
