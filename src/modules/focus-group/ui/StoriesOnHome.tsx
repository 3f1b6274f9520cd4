import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { CacheNote } from "../../../core/ui/CacheNote";
import { screenRead, useScreenRead } from "../../../core/ui/screen-read";
import { loadLatestStories } from "../data/stories-data";
import { storiesList } from "../lists";
import { sectionHref, useFocusStyles } from "./parts";
import { StoryCard } from "./StoryCard";

/** The latest three stories, kept for a reopened tab. */
const LATEST = screenRead("home.stories", ({ sp }) => loadLatestStories(sp, 3), { cacheOver: [storiesList] });

/** Started as soon as the person is signed in, before Home renders (module-pages.ts). */
export const readAheadOnHome = LATEST.readAhead;

const useStyles = makeStyles({ section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** Home's card from the focus group: the latest three success stories. */
export default function StoriesOnHome() {
  const styles = useStyles();
  const shared = useFocusStyles();
  const stories = useScreenRead(LATEST);
  return (
    <section aria-labelledby="home-stories-heading" className={styles.section}>
      <Text as="h2" size={500} weight="semibold" id="home-stories-heading">
        Success stories
      </Text>
      <CacheNote state={stories} onRetry={stories.reload} />
      {stories.status === "loading" && <Loading label="Loading success stories…" />}
      {stories.status === "error" && <ErrorState error={stories.error} onRetry={stories.reload} />}
      {stories.status === "ready" &&
        (stories.value.length === 0 ? (
          <EmptyState title="No success stories yet.">
            <Link href={sectionHref("stories")}>Add one in the focus group's pages</Link>
          </EmptyState>
        ) : (
          <>
            <ul className={shared.cards} aria-label="Latest success stories">
              {stories.value.map((story) => (
                <li key={story.id}>
                  <StoryCard story={story} />
                </li>
              ))}
            </ul>
            <Link href={sectionHref("stories")}>See all success stories</Link>
          </>
        ))}
    </section>
  );
}
