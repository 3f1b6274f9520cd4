import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useOverflowing } from "./use-element-width";

const useStyles = makeStyles({
  root: {
    maxWidth: "100%",
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

/**
 * Content that needs two dimensions (a wide table, a heat map) scrolls sideways inside itself at
 * 320 px, never the page (WCAG 1.4.10's exception for data tables). Only while it does scroll is it a
 * named region in the tab order, so a keyboard can scroll it (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const [ref, overflowing] = useOverflowing<HTMLDivElement>();
  return (
    <div ref={ref} className={useStyles().root} role={overflowing ? "region" : undefined} aria-label={overflowing ? label : undefined} tabIndex={overflowing ? 0 : undefined}>
      {children}
    </div>
  );
}
