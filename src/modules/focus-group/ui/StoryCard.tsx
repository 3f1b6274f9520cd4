import { Badge, Card, CardHeader, Link, Text } from "@fluentui/react-components";
import { formatDate } from "../../../core/domain/format";
import { impactFigure, principleTitle, type Story } from "../domain/story";
import { excerpt, SampleBadge, sectionHref, useFocusStyles } from "./parts";

/** A success story as a card: on Home and in the group's pages. Its own file, so Home does not load the pages' forms. */
function SharedBadge({ story }: { story: Story }) {
  return story.share.messageId ? (
    <Badge appearance="tint" color="success">
      Shared to Teams{story.share.at ? ` on ${formatDate(story.share.at)}` : ""}
    </Badge>
  ) : (
    <Badge appearance="outline" color="informative">
      Not shared yet
    </Badge>
  );
}

/** One story as a card: the headline links to its page, where it is shared. */
export function StoryCard({ story, headingLevel = "h3" }: { story: Story; headingLevel?: "h3" | "h4" }) {
  const styles = useFocusStyles();
  const figure = impactFigure(story);
  const where = [story.service, principleTitle(story.principleKey)].filter(Boolean).join(" · ");
  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <Text as={headingLevel} weight="semibold" size={400}>
            <Link href={sectionHref("stories", [story.id])}>{story.title}</Link>
          </Text>
        }
        description={where ? <Text className={styles.meta}>{where}</Text> : undefined}
      />
      <Text as="p" className={styles.text}>
        {excerpt(story.whatChanged)}
      </Text>
      {(figure || story.impactDescription) && (
        <Text as="p" className={styles.text}>
          <strong>Impact:</strong> {[figure, story.impactDescription].filter(Boolean).join(": ")}
        </Text>
      )}
      <div className={styles.toolbar}>
        <SharedBadge story={story} />
        <SampleBadge title={story.title} />
      </div>
    </Card>
  );
}

