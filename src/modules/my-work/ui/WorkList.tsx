import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatDate } from "../../../core/domain/format";
import type { WorkGroup } from "../../../core/domain/work";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground2 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One group (to approve, to update…): each item a link to it, with its due date and where it is from. */
export function WorkGroupList({ group, headingLevel, moduleTitle }: { group: WorkGroup; headingLevel: "h2" | "h3"; moduleTitle: (id: string) => string }) {
  const styles = useStyles();
  const id = `work-${group.kind}`;
  return (
    <section className={styles.group} aria-labelledby={id}>
      <Text as={headingLevel} size={headingLevel === "h2" ? 500 : 400} weight="semibold" id={id}>
        {group.label} ({group.items.length})
      </Text>
      <ul className={styles.list}>
        {group.items.map((item) => (
          <li key={`${item.moduleId}/${item.key}`} className={styles.item}>
            <Link href={`#/${item.route}`}>{item.title}</Link>
            <Text size={200} className={styles.meta}>
              {moduleTitle(item.moduleId)}
              {item.detail ? ` · ${item.detail}` : ""}
              {item.due && (
                <>
                  {" · "}
                  <span className={item.overdue ? styles.overdue : undefined}>{item.overdue ? `Overdue: was due ${formatDate(item.due)}` : `Due ${formatDate(item.due)}`}</span>
                </>
              )}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
