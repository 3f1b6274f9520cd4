import { makeStyles, mergeClasses, tokens, Tooltip, useArrowNavigationGroup } from "@fluentui/react-components";
import { useState, type FocusEvent } from "react";

const useStyles = makeStyles({
  target: {
    position: "absolute",
    margin: 0,
    padding: 0,
    border: "none",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: "transparent",
    cursor: "default",
    ":hover": { outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}` },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, boxShadow: `0 0 0 ${tokens.strokeWidthThicker} ${tokens.colorStrokeFocus1}` },
    "@media (forced-colors: active)": { ":focus-visible": { outlineColor: "Highlight" }, ":hover": { outlineColor: "Highlight" } },
  },
  span: { borderRadius: tokens.borderRadiusMedium },
  hint: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2, minHeight: tokens.lineHeightBase200 },
});

/**
 * A point that matters (an outlier, the latest value, a dumbbell), reachable by keyboard and pointer:
 * a real button over the drawing, at least 24 × 24 px, whose tooltip is its accessible name, so what
 * a sighted person reads on focus or hover is what a screen reader announces (WCAG 2.5.3). Escape
 * hides the tooltip; it stays while the pointer is over it (1.4.13, Fluent's Tooltip).
 */
export function KeyPoint({ label, left, top, width = 24, height = 24 }: { label: string; left: number; top: number; width?: number; height?: number }) {
  const styles = useStyles();
  return (
    <Tooltip content={label} relationship="label" withArrow positioning="above">
      <button type="button" className={mergeClasses(styles.target, width > height + 1 && styles.span)} style={{ left, top, width, height }} data-key-point="" />
    </Tooltip>
  );
}

/**
 * One tab stop for all of a chart's points, the arrow keys (and Home, End) moving between them, as
 * in any composite widget; a hint says so while focus is inside.
 */
export function usePointGroup(title: string) {
  const navigation = useArrowNavigationGroup({ axis: "both", memorizeCurrent: true });
  const [inside, setInside] = useState(false);
  const styles = useStyles();
  const props = {
    ...navigation,
    role: "group",
    "aria-label": `Points on ${title}`,
    onFocus: () => setInside(true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setInside(false);
    },
  };
  const hint = (
    <div className={styles.hint} aria-hidden="true">
      {inside ? "Arrow keys move between points; Escape hides the label." : ""}
    </div>
  );
  return { props, hint };
}
