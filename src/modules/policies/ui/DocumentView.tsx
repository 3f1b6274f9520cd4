import { Button, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2 } from "@fluentui/react-components";
import { formatDate } from "../../../core/domain/format";
import { navigate } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadHistory } from "../data/documents-data";
import { recordOpen } from "../data/usage-data";
import { myConfirmation } from "../domain/confirmation";
import { asksForReading, mustRead, plainQuote, type PolicyDocument, reviewOverdue, todayOf } from "../domain/document";
import { mayChange } from "../domain/reviews";
import type { Library } from "./use-library";
import { ConfirmReading } from "./ConfirmReading";
import { dateText, DocumentLink, documentHref, rolesText, StatusBadge, tabHref, useStyles, versionText } from "./parts";

/** One document: what it is, where it lives, reading and confirming it, its versions and reviews. */
export function DocumentView({ doc, library, seesAll, onChanged, announce }: { doc: PolicyDocument; library: Library; seesAll: boolean; onChanged: () => void; announce: (text: string) => void }) {
  const styles = useStyles();
  const { sp, person } = useServices();
  const history = useAsync(() => loadHistory(sp, doc.id), [sp, doc.id, doc.etag]);
  const today = todayOf(new Date());
  const viewer = { siteUserId: library.siteUserId, seesAll };
  const confirmedAt = myConfirmation(doc, library.mine, library.siteUserId);
  const open = () => void recordOpen(sp, doc.id, person.profile.department, new Date()).catch((error: unknown) => console.warn("Data Hub: an open could not be counted", error));
  return (
    <article className={styles.stack} aria-labelledby="policy-heading">
      <Link href={tabHref("library")}>Back to the library</Link>
      <Title2 as="h1" id="policy-heading" className={styles.heading}>
        {doc.title}
      </Title2>
      <div className={styles.row}>
        <StatusBadge status={doc.status} />
        <Text>
          {doc.kind} · {versionText(doc)}
        </Text>
      </div>
      <Text as="p">{doc.summary ? doc.summary : "No plain-English summary yet."}</Text>
      <Text as="p">
        <DocumentLink doc={doc} onOpen={open} />
      </Text>
      <dl className={styles.facts}>
        <dt>Owner</dt>
        <dd>{doc.ownerName ?? "Not set"}</dd>
        <dt>Approved</dt>
        <dd>{dateText(doc.approvedOn, "Not yet")}</dd>
        <dt>Next review</dt>
        <dd>
          {dateText(doc.nextReview)}
          {reviewOverdue(doc, today) ? " (past due)" : ""}
        </dd>
        <dt>Last reviewed</dt>
        <dd>{doc.lastReviewed ? `${dateText(doc.lastReviewed)}${doc.reviewOutcome ? `: ${doc.reviewOutcome.toLowerCase()}` : ""}` : "Not yet"}</dd>
        <dt>Must be read by</dt>
        <dd>{rolesText(doc)}</dd>
      </dl>
      {doc.strategyQuote && (
        <section aria-labelledby="policy-strategy" className={styles.stack}>
          <Text as="h2" size={400} weight="semibold" id="policy-strategy" className={styles.heading}>
            What the strategy says
          </Text>
          <blockquote className={styles.quote}>
            <Text>{plainQuote(doc.strategyQuote)}</Text>
          </blockquote>
          {doc.strategySection && <Text className={styles.muted}>Data Use and Analytics Strategy 2025–2028, {doc.strategySection}</Text>}
        </section>
      )}
      {asksForReading(doc) && (
        <section aria-labelledby="policy-confirm" className={styles.stack}>
          <Text as="h2" size={400} weight="semibold" id="policy-confirm" className={styles.heading}>
            Read and understood
          </Text>
          {mustRead(doc, person.roles) || confirmedAt ? (
            <ConfirmReading
              doc={doc}
              siteUserId={library.siteUserId}
              confirmedAt={confirmedAt}
              onConfirmed={(already) => {
                announce(already ? `You had already confirmed ${doc.title}; it is recorded once.` : `Recorded: you have read and understood ${doc.title}, ${versionText(doc).toLowerCase()}.`);
                onChanged();
              }}
            />
          ) : (
            <Text>Your roles are not among those who must read this version. You can still read it.</Text>
          )}
        </section>
      )}
      {mayChange(doc, viewer) && (
        <div className={styles.row}>
          <Button onClick={() => navigate(documentHref(doc.id, ["publish"]))}>{doc.readVersion > 0 ? "Publish a new version" : "Publish the first version"}</Button>
          {doc.readVersion > 0 && <Button onClick={() => navigate(documentHref(doc.id, ["review"]))}>Record a review</Button>}
          <Button onClick={() => navigate(documentHref(doc.id, ["edit"]))}>Edit details</Button>
        </div>
      )}
      <section aria-labelledby="policy-versions" className={styles.stack}>
        <Text as="h2" size={400} weight="semibold" id="policy-versions" className={styles.heading}>
          Versions
        </Text>
        {history.status === "loading" && <Loading label="Loading the history…" />}
        {history.status === "error" && <ErrorState error={history.error} onRetry={history.reload} />}
        {history.status === "ready" &&
          (history.value.versions.length === 0 ? (
            <Text>No version has been published in the hub yet.</Text>
          ) : (
            <div className={styles.tableWrap}>
              <Table size="small" aria-label="Versions" style={{ minWidth: "30rem" }}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Version</TableHeaderCell>
                    <TableHeaderCell>Approved</TableHeaderCell>
                    <TableHeaderCell>What changed</TableHeaderCell>
                    <TableHeaderCell>Published by</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {history.value.versions.map((v) => (
                    <StaticTableRow key={v.readVersion}>
                      <TableCell>{v.label ?? v.readVersion}</TableCell>
                      <TableCell>{dateText(v.approvedOn)}</TableCell>
                      <TableCell>{v.changeSummary ?? ""}</TableCell>
                      <TableCell>
                        {v.publishedBy ?? "Unknown"}, {formatDate(v.saved)}
                      </TableCell>
                    </StaticTableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ))}
        {history.status === "ready" && history.value.reviews.length > 0 && (
          <>
            <Text as="h2" size={400} weight="semibold" className={styles.heading}>
              Reviews
            </Text>
            <ul className={styles.list} aria-label="Reviews">
              {history.value.reviews.map((r) => (
                <li key={r.saved}>
                  Reviewed {dateText(r.reviewedOn)}
                  {r.outcome ? `: ${r.outcome.toLowerCase()}` : ""}
                  {r.dueWas ? (r.reviewedOn <= r.dueWas ? " (on time)" : ` (due ${dateText(r.dueWas)})`) : ""}, by {r.reviewedBy ?? "unknown"}. Next review {dateText(r.nextReview)}.
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}
