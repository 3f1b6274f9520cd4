import { Link, Text } from "@fluentui/react-components";
import { formatDate, isoToUkDate } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadPublicationsForReturn } from "../data/publications-data";
import { publicationHref, useStyles } from "./styles";

/**
 * The open data publications that answer a Transparency Code return, for the reporting calendar's
 * return page: each links to its record, with whether it was published by the deadline it answers.
 */
export function PublicationsForReturn({ returnKey }: { returnKey: string }) {
  const styles = useStyles();
  const { sp } = useServices();
  const publications = useAsync(() => loadPublicationsForReturn(sp, returnKey), [sp, returnKey]);
  return (
    <section className={styles.stack} aria-labelledby="open-data-for-return">
      <Text as="h2" size={500} weight="semibold" id="open-data-for-return" className={styles.heading}>
        Open data publications
      </Text>
      {publications.status === "loading" && <Text>Loading its publications…</Text>}
      {publications.status === "error" && <ErrorState error={publications.error} onRetry={publications.reload} />}
      {publications.status === "ready" &&
        (publications.value.length === 0 ? (
          <Text>None recorded yet: publish it from Open data, naming this return.</Text>
        ) : (
          <ul>
            {publications.value.map((p) => (
              <li key={p.id}>
                <Link href={publicationHref(p.id)}>{p.title}</Link>, published {p.issued ? formatDate(p.issued) : "on an unknown date"}
                {p.dueDate ? (p.issued.slice(0, 10) <= p.dueDate ? `, on time (due ${isoToUkDate(p.dueDate)})` : `, late (due ${isoToUkDate(p.dueDate)})`) : ""}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
