import { Link, Text, Title2 } from "@fluentui/react-components";
import { formatDate, isoToUkDate } from "../../../core/domain/format";
import { safeLinkUrl } from "../../../core/domain/safe-url";
import { routeHref } from "../../../core/ui/router";
import { CHECK_TITLES } from "../domain/check-status";
import { frequencyLabel } from "../domain/metadata";
import { dcatFileName, metadataFileName } from "../domain/package";
import type { Publication } from "../domain/publication";
import { tabHref, useStyles } from "./parts";

const STATUS: Record<string, string> = { passed: "Passed", failed: "Failed", overridden: "Overridden" };

/** One publication's record: what, when, by whom, its checks and any overrides (who and why). */
export function PublicationRecord({ publication: p }: { publication: Publication }) {
  const styles = useStyles();
  const licence = safeLinkUrl(p.licenceUri);
  const schema = p.conformsTo ? safeLinkUrl(p.conformsTo) : null;
  return (
    <article className={styles.stack} aria-labelledby="open-data-record">
      <Link href={tabHref("publications")}>All publications</Link>
      <Title2 as="h1" id="open-data-record" className={styles.heading}>
        {p.title}
      </Title2>
      <Text as="p" className={styles.heading}>
        {p.description}
      </Text>
      <dl className={styles.facts}>
        <dt>Published</dt>
        <dd>{p.issued ? formatDate(p.issued) : "Unknown"}</dd>
        <dt>By</dt>
        <dd>{p.publishedBy ?? "Unknown"}</dd>
        <dt>Dataset</dt>
        <dd>{p.assetKey ? <Link href={routeHref("assets", [p.assetKey])}>{p.assetKey} in the asset register</Link> : "Not from the asset register"}</dd>
        <dt>Files</dt>
        <dd>
          {p.fileName}, {metadataFileName(p.fileName)}, {dcatFileName(p.fileName)}
        </dd>
        <dt>Rows</dt>
        <dd>{p.rows.toLocaleString("en-GB")}</dd>
        <dt>Period covered</dt>
        <dd>
          {isoToUkDate(p.periodStart)} to {isoToUkDate(p.periodEnd)}
        </dd>
        <dt>Update frequency</dt>
        <dd>{frequencyLabel(p.frequency)}</dd>
        <dt>Licence</dt>
        <dd>{licence ? <Link href={licence}>{p.licenceTitle}</Link> : p.licenceTitle}</dd>
        <dt>Publisher</dt>
        <dd>{p.publisher}</dd>
        <dt>Identifier</dt>
        <dd>{p.identifier}</dd>
        {p.conformsTo && (
          <>
            <dt>Conforms to</dt>
            <dd>{schema ? <Link href={schema}>{p.conformsTo}</Link> : p.conformsTo}</dd>
          </>
        )}
        {p.returnKey && (
          <>
            <dt>Transparency Code return</dt>
            <dd>
              {p.returnKey}
              {p.dueDate ? `, due ${isoToUkDate(p.dueDate)}` : ""}
            </dd>
          </>
        )}
        <dt>Disclosure control</dt>
        <dd>{p.rule || "None applied"}</dd>
      </dl>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>Checks when it was published</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Result</th>
              <th scope="col">Found</th>
              <th scope="col">Rows and columns concerned (first 10)</th>
            </tr>
          </thead>
          <tbody>
            {p.checks.map((c) => (
              <tr key={c.id}>
                <td>{CHECK_TITLES[c.id]}</td>
                <td>{STATUS[c.status]}</td>
                <td>{c.total.toLocaleString("en-GB")}</td>
                <td>{c.rows.length ? c.rows.map((r) => `${r.row ? `row ${r.row}` : "all rows"} ${r.column}`).join("; ") : "None"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text as="p" className={styles.heading}>
        {p.fixedChecks > 0 ? `${p.fixedChecks} ${p.fixedChecks === 1 ? "check" : "checks"} failed on an earlier check of the file and passed once it was fixed.` : "No check had to be fixed before publication."}
      </Text>
      {p.overrides.length > 0 && (
        <section className={styles.stack} aria-labelledby="open-data-overrides">
          <Text as="h2" size={500} weight="semibold" id="open-data-overrides" className={styles.heading}>
            Overrides
          </Text>
          <ul>
            {p.overrides.map((o) => (
              <li key={o.check}>
                {CHECK_TITLES[o.check]}: overridden by {o.by}, because {o.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
