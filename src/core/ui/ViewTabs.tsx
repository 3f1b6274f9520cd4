import { Tab, TabList, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Tabs wrap onto a second line on a narrow tab instead of running off the side (WCAG 1.4.10).
  list: { flexWrap: "wrap", minWidth: 0, maxWidth: "100%" },
});

/** A page's views as tabs (the tracker's views, training's sections): they wrap on narrow screens. */
export function ViewTabs<V extends string>({ label, selected, onSelect, tabs }: { label: string; selected: V; onSelect: (value: V) => void; tabs: readonly { value: V; label: string }[] }) {
  const styles = useStyles();
  return (
    <TabList className={styles.list} selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as V)} aria-label={label}>
      {tabs.map((t) => (
        <Tab key={t.value} value={t.value}>
          {t.label}
        </Tab>
      ))}
    </TabList>
  );
}
