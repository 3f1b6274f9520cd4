import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { checkHeatMap, extentOf, formatValue, heatBin, heatBinLabels, heatMapTable, summariseHeatMap, type HeatMapData, type ValueFormat } from "../../domain/chart-data";
import { ChartFigure, type ChartFrameProps } from "./ChartFigure";
import { Legend } from "./Legend";
import { HEAT_STEPS } from "./palette";
import { ScrollRegion } from "./ScrollRegion";

export interface HeatMapProps extends ChartFrameProps {
  data: HeatMapData;
  /** The table's first column header: "Topic". */
  rowLabel: string;
  format?: ValueFormat;
  /** The range the colour steps divide; by default the data's. Maturity levels: [1, 5]. */
  domain?: readonly [number, number];
}

const FORCED = "@media (forced-colors: active)";
const step = (i: number) => {
  const s = HEAT_STEPS[i]!;
  return { backgroundColor: tokens[s.fill], color: tokens[s.text], [FORCED]: { backgroundColor: "Canvas", color: "CanvasText" } };
};

const useStyles = makeStyles({
  grid: { display: "grid", gap: "2px", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1 },
  columnHead: { display: "flex", alignItems: "flex-end", justifyContent: "center", textAlign: "center", padding: `0 ${tokens.spacingHorizontalXXS} ${tokens.spacingVerticalXXS}`, hyphens: "auto", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  rowHead: { display: "flex", alignItems: "center", paddingRight: tokens.spacingHorizontalS, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  cell: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    minHeight: "36px",
    fontSize: tokens.fontSizeBase300,
    fontVariantNumeric: "tabular-nums",
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    outlineOffset: "-1px",
    [FORCED]: { outlineColor: "CanvasText" },
  },
  empty: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  s0: step(0),
  s1: step(1),
  s2: step(2),
  s3: step(3),
  s4: step(4),
  swatch: { display: "inline-block", width: "16px", height: "16px", outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, outlineOffset: "-1px" },
});

/**
 * A matrix of rows × columns with each value printed in its cell, the fill stepping up with the
 * value (so the colour adds a pattern to see, never the only way to read it). Wider than the screen,
 * it scrolls sideways inside itself; the table beside it holds the same values.
 */
export function HeatMap(props: HeatMapProps) {
  const { data, rowLabel, format = {}, domain } = props;
  checkHeatMap(data);
  const styles = useStyles();
  const steps = [styles.s0, styles.s1, styles.s2, styles.s3, styles.s4];
  const [min, max] = domain ?? extentOf(data.values.flat()) ?? [0, 1];
  const labels = heatBinLabels(min, max, steps.length, format);
  const legend = <Legend label={`Key to ${props.title}`} items={labels.map((text, i) => ({ swatch: <span className={mergeClasses(styles.swatch, steps[i])} aria-hidden="true" />, text }))} />;

  return (
    <ChartFigure {...props} summary={props.summary ?? summariseHeatMap(data, { format })} table={heatMapTable(data, { rowLabel, format })} legend={legend}>
      <ScrollRegion label={`${props.title} (heat map)`}>
        <div className={styles.grid} style={{ gridTemplateColumns: `minmax(6rem, max-content) repeat(${data.columns.length}, minmax(3rem, 1fr))`, minWidth: `calc(6rem + ${data.columns.length} * 3.15rem)` }} aria-hidden="true" data-heat-map="">
          <div />
          {data.columns.map((column, j) => (
            <div key={j} className={styles.columnHead}>
              {column}
            </div>
          ))}
          {data.rows.map((row, i) => (
            <HeatRow key={i} label={row} values={data.values[i] ?? []} className={styles} stepClass={(v) => steps[heatBin(v, min, max, steps.length)]!} format={format} />
          ))}
        </div>
      </ScrollRegion>
    </ChartFigure>
  );
}

function HeatRow({ label, values, className, stepClass, format }: { label: string; values: readonly (number | null)[]; className: ReturnType<typeof useStyles>; stepClass: (v: number) => string; format: ValueFormat }) {
  return (
    <>
      <div className={className.rowHead}>{label}</div>
      {values.map((v, j) => (
        <div key={j} className={mergeClasses(className.cell, v === null ? className.empty : stepClass(v))} data-value={v ?? ""}>
          {v === null ? "–" : formatValue(v, format)}
        </div>
      ))}
    </>
  );
}
