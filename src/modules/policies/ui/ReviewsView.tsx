import { Text } from "@fluentui/react-components";
import { plural } from "../../../core/domain/format";
import { EmptyState } from "../../../core/ui/states";
import type { PolicyDocument } from "../domain/document";
import { type ReviewViewer, reviewsDue } from "../domain/reviews";
import { dateText, TitleLink, useStyles } from "./parts";

/** Documents past their review date: their owners' own, or every one for the data lead. */
export function ReviewsView({ docs, today, viewer }: { docs: readonly PolicyDocument[]; today: string; viewer: ReviewViewer }) {
  const styles = useStyles();
  const due = reviewsDue(docs, today, viewer);
  return (
    <section className={styles.stack} aria-labelledby="policies-reviews">
      <Text as="h2" size={500} weight="semibold" id="policies-reviews" className={styles.heading}>
        Reviews past due
      </Text>
      {due.length === 0 ? (
        <EmptyState title={viewer.seesAll ? "No document is past its review date." : "None of your documents is past its review date."} />
      ) : (
        <ul className={styles.list} aria-label="Reviews past due">
          {due.map(({ doc, daysOverdue }) => (
            <li key={doc.id} className={styles.card}>
              <Text weight="semibold">
                <TitleLink doc={doc} />
              </Text>
              <Text>
                Review was due {dateText(doc.nextReview)}, {plural(daysOverdue, "day")} ago. Owner: {doc.ownerName ?? "not set"}.
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
