import { Text } from "@fluentui/react-components";
import { EmptyState } from "../../../core/ui/states";
import type { PolicyDocument } from "../domain/document";
import { dateText, TitleLink, useStyles, versionText } from "./parts";

/** "For you to read": current versions the person's roles must read and they have not confirmed. */
export function ToReadList({ docs, label = "For you to read" }: { docs: readonly PolicyDocument[]; label?: string }) {
  const styles = useStyles();
  if (docs.length === 0) return <EmptyState title="Nothing for you to read: you are up to date." />;
  return (
    <ul className={styles.list} aria-label={label}>
      {docs.map((doc) => (
        <li key={doc.id} className={styles.card}>
          <Text weight="semibold">
            <TitleLink doc={doc} />
          </Text>
          <Text>
            {doc.kind}, {versionText(doc).toLowerCase()}, approved {dateText(doc.approvedOn, "recently")}
          </Text>
          {doc.changeSummary && doc.readVersion > 1 && <Text className={styles.muted}>What changed: {doc.changeSummary}</Text>}
        </li>
      ))}
    </ul>
  );
}
