import { Button, Link, Text } from "@fluentui/react-components";
import { formatDate } from "../../../core/domain/format";
import { downloadFile } from "../../../core/ui/download";
import { EmptyState } from "../../../core/ui/states";
import { catalogueZip } from "../domain/catalogue";
import type { Publication } from "../domain/publication";
import { publicationHref, useStyles } from "./parts";

const checksText = (p: Publication) => {
  const failed = p.checks.filter((c) => c.status !== "passed");
  if (p.checks.length === 0) return "Not recorded";
  if (failed.length === 0) return "All passed";
  return failed.map((c) => `${c.id === "schema" ? "Schema" : c.id === "personal-data" ? "Personal data" : "Small numbers"} ${c.status}`).join(", ");
};

/** What was published, newest first, and the residents' catalogue built from it. */
export function PublicationsList({ publications }: { publications: readonly Publication[] }) {
  const styles = useStyles();
  return (
    <section className={styles.stack} aria-labelledby="open-data-publications">
      <Text as="h2" size={500} weight="semibold" id="open-data-publications" className={styles.heading}>
        Publications
      </Text>
      <div className={styles.row}>
        <Button onClick={() => downloadFile("open-data-catalogue.zip", "application/zip", catalogueZip(publications))} disabled={publications.length === 0}>
          Download the residents' catalogue (zip)
        </Button>
      </div>
      <Text size={200} className={styles.muted}>
        The catalogue is plain web pages (an index and a page per dataset) that need no sign-in: put them on the council's website beside each publication's files.
      </Text>
      {publications.length === 0 ? (
        <EmptyState title="Nothing has been published yet." />
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>Publications, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Dataset</th>
                <th scope="col">Published</th>
                <th scope="col">By</th>
                <th scope="col">Rows</th>
                <th scope="col">Checks</th>
              </tr>
            </thead>
            <tbody>
              {publications.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={publicationHref(p.id)}>{p.title}</Link>
                  </td>
                  <td>{p.issued ? formatDate(p.issued) : "Unknown"}</td>
                  <td>{p.publishedBy ?? "Unknown"}</td>
                  <td>{p.rows.toLocaleString("en-GB")}</td>
                  <td>{checksText(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
