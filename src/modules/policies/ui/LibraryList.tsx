import { Button, Text } from "@fluentui/react-components";
import { navigate, routeHref } from "../../../core/ui/router";
import { EmptyState } from "../../../core/ui/states";
import { myConfirmation } from "../domain/confirmation";
import { mustRead, type PolicyDocument, reviewOverdue } from "../domain/document";
import type { Role } from "../../../../manifest/schema";
import type { Library } from "./use-library";
import { dateText, StatusBadge, TitleLink, useStyles, versionText } from "./parts";

/** Every document, A to Z, with what it asks of the reader. */
export function LibraryList({ library, roles, today, canAdd }: { library: Library; roles: readonly Role[]; today: string; canAdd: boolean }) {
  const styles = useStyles();
  return (
    <section className={styles.stack} aria-labelledby="policies-library">
      <div className={styles.row}>
        <Text as="h2" size={500} weight="semibold" id="policies-library" className={styles.heading}>
          Library
        </Text>
        {canAdd && <Button onClick={() => navigate(routeHref("policies", ["new"]))}>Add a document</Button>}
      </div>
      {library.docs.length === 0 ? (
        <EmptyState title="The library is empty." />
      ) : (
        <ul className={styles.list} aria-label="Policies, handbooks and standards">
          {library.docs.map((doc) => (
            <li key={doc.id} className={styles.card}>
              <Text weight="semibold">
                <TitleLink doc={doc} />
              </Text>
              <div className={styles.row}>
                <StatusBadge status={doc.status} />
                <Text>
                  {doc.kind} · {versionText(doc)} · owner {doc.ownerName ?? "not set"}
                </Text>
              </div>
              <Text className={styles.muted}>
                Next review {dateText(doc.nextReview)}
                {reviewOverdue(doc, today) ? " (past due)" : ""}
              </Text>
              {mustRead(doc, roles) && <Text>{statusForMe(doc, library)}</Text>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function statusForMe(doc: PolicyDocument, library: Library): string {
  const confirmed = myConfirmation(doc, library.mine, library.siteUserId);
  return confirmed ? `You have confirmed ${versionText(doc).toLowerCase()}.` : "For you to read: you have not yet confirmed this version.";
}
