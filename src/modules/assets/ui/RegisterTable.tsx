import { Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { Asset } from "../domain/asset";
import { completenessOf } from "../domain/completeness";
import type { Day } from "../domain/dates";
import { reviewDueOf, reviewStateOf } from "../domain/review";
import { assetHref, Pill, ReviewPill } from "./parts";

const COLUMNS = ["Asset", "Service", "System or location", "Owner (IAO)", "Personal data", "Review", "Documented"] as const;
const ROW_ESTIMATE_PX = 56;

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
    gridTemplateColumns: "minmax(12rem, 3fr) minmax(7rem, 1.3fr) minmax(7rem, 1.3fr) minmax(7rem, 1.2fr) 7rem minmax(9rem, 1.3fr) 6.5rem",
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
  name: { overflowWrap: "anywhere", display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  secondary: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", "@media (max-width: 640px)": { gridColumn: "1 / -1" } },
  narrowHidden: { "@media (max-width: 640px)": { display: "none" } },
});

/**
 * The register as one scrolling table. Only the rows on screen are in the page, so 2,000 assets
 * scroll as smoothly as 20; aria-rowcount tells screen readers the real size. On a phone each row
 * folds into name and documentation, with the rest below, labelled.
 */
export function RegisterTable({ assets, today }: { assets: readonly Asset[]; today: Day }) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: assets.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE_PX, overscan: 10 });
  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={`Register, ${assets.length} assets shown`} data-testid="register-scroller">
      <div role="table" aria-label="Data assets" aria-rowcount={assets.length + 1}>
        <div role="rowgroup" className={styles.header}>
          <div role="row" aria-rowindex={1} className={mergeClasses(styles.row, styles.header)}>
            {COLUMNS.map((c, i) => (
              <span role="columnheader" key={c} className={i === 0 || i === 6 ? undefined : styles.narrowHidden}>
                {c}
              </span>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const asset = assets[virtualRow.index]!;
            const completeness = completenessOf(asset);
            return (
              <div
                role="row"
                aria-rowindex={virtualRow.index + 2}
                key={asset.key}
                data-index={virtualRow.index}
                ref={virtualizer.measureElement}
                className={mergeClasses(styles.row, styles.virtualRow)}
                style={{ transform: `translateY(${virtualRow.start}px)` }}
              >
                <span role="cell" className={styles.name}>
                  <Link href={assetHref(asset.key)}>{asset.name}</Link>
                  {asset.restricted && <Pill strong>Restricted</Pill>}
                </span>
                <span role="cell" className={styles.secondary}>
                  <Text size={200}>{asset.service || "No service recorded"}</Text>
                </span>
                <span role="cell" className={styles.secondary}>
                  <Text size={200}>{asset.system || "No system recorded"}</Text>
                </span>
                <span role="cell" className={styles.secondary}>
                  <Text size={200}>{asset.owner ? `Owner: ${asset.owner.name}` : "No owner named"}</Text>
                </span>
                <span role="cell" className={styles.secondary}>
                  <Text size={200}>{asset.personalData === "Yes" ? "Personal data" : asset.personalData === "No" ? "No personal data" : "Personal data not answered"}</Text>
                </span>
                <span role="cell" className={styles.secondary}>
                  {asset.status === "Disposed" ? <Pill>Disposed of</Pill> : <ReviewPill state={reviewStateOf(asset, today)} due={reviewDueOf(asset)} />}
                </span>
                <span role="cell">
                  <Text size={200}>{completeness.complete ? "Complete" : `${completeness.percent}% documented`}</Text>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
