import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1 },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface LegendItem {
  swatch: ReactNode;
  text: string;
}

/** What each shape, line and fill means, in words beside it. */
export function Legend({ label, items }: { label: string; items: readonly LegendItem[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item, i) => (
        <li key={i} className={styles.item}>
          {item.swatch}
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** Swatches drawn as lines: a solid series, a dashed target, a thick median. */
export function LineSwatch({ className, dashed = false, width = 2 }: { className: string; dashed?: boolean; width?: number }) {
  return (
    <svg width={20} height={16} aria-hidden="true" focusable="false">
      <line x1={1} x2={19} y1={8} y2={8} className={className} strokeWidth={width} strokeDasharray={dashed ? "4 3" : undefined} />
    </svg>
  );
}
