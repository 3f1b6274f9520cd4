import { makeStyles, tokens } from "@fluentui/react-components";
import { workCounts } from "../domain/work";
import { useMyWork } from "./my-work";

const useStyles = makeStyles({
  badge: {
    marginInlineStart: "auto",
    minWidth: "20px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "center",
    // In forced colours the badge keeps a border, as its background is dropped.
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/**
 * How many things need the person, beside My work in the navigation. It sits inside the link,
 * after its label, so the link's accessible name starts with the visible label ("My work 3 things
 * need you"). Nothing shows until the count is known, or when it is none.
 */
export function WorkCount() {
  const styles = useStyles();
  // The first screen comes first: the count's read starts a moment later unless a page started it.
  const work = useMyWork({ startAfterMs: 1500 });
  if (work.status !== "ready") return null;
  const { total } = workCounts(work.value.items);
  if (total === 0) return null;
  return (
    <>
      <span className={styles.badge} data-testid="work-count">
        {total}
      </span>
      <span className={styles.hidden}>{total === 1 ? " thing needs you" : " things need you"}</span>
    </>
  );
}
