import { Button, Link, Text, Title3 } from "@fluentui/react-components";
import { Add20Regular, Edit20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatDate } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { addRecord, getRecord, loadRecords, saveRecord } from "../data/records-data";
import { impactFigure, principleTitle, type Story, storyKind } from "../domain/story";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { Facts, MODULE_ID, SampleBadge, useFocusStyles } from "./parts";
import { RecordDrawer, RecordEditor } from "./RecordDrawer";
import { StoryCard } from "./StoryCard";
import { ShareStory } from "./ShareStory";
import type { SectionProps } from "./section-props";
import { useChannelPlace } from "./use-channel";
import { useRecords } from "./use-records";

const newestFirst = (a: Story, b: Story) => (b.storyDate ?? b.created).localeCompare(a.storyDate ?? a.created) || b.id - a.id;

/** The group's success stories, newest first, with a way to add one. */
export function StoriesSection({ today }: SectionProps) {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const stories = useRecords(() => loadRecords(sp, storyKind), [sp]);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState("");
  const canAdd = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute);

  return (
    <section aria-labelledby="stories-heading" className={styles.section}>
      <div className={styles.toolbar}>
        <Title3 as="h2" id="stories-heading">
          Success stories
        </Title3>
        {canAdd && (
          <Button icon={<Add20Regular />} onClick={() => setAdding(true)}>
            Add a success story
          </Button>
        )}
      </div>
      <Text as="p">Data-driven achievements to share and celebrate. Open a story to share it to the focus group's Teams channel.</Text>
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      {stories.status === "loading" && <Loading label="Loading success stories…" />}
      {stories.status === "error" && <ErrorState error={stories.error} onRetry={stories.reload} />}
      {stories.status === "ready" &&
        (stories.value.length === 0 ? (
          <EmptyState title="No success stories yet.">{canAdd ? <Text>Add the first one: what changed, the data used and the impact.</Text> : null}</EmptyState>
        ) : (
          <ul className={styles.cards} aria-label="Success stories">
            {[...stories.value].sort(newestFirst).map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
              </li>
            ))}
          </ul>
        ))}
      <RecordDrawer open={adding} title="Add a success story" onClose={() => setAdding(false)}>
        {adding && (
          <RecordEditor<Story>
            record={null}
            fields={storyKind.fields}
            initialDraft={storyKind.draftOf(null, today)}
            check={storyKind.check}
            save={(draft) => addRecord(sp, storyKind, storyKind.valuesOf(draft))}
            submitLabel="Add story"
            onCancel={() => setAdding(false)}
            onSaved={(story) => {
              setAdding(false);
              setNotice(`Added “${story.title}”. Open it to share it to Teams.`);
              stories.upsert(story);
            }}
          />
        )}
      </RecordDrawer>
    </section>
  );
}

/** `#/focus-group/stories/<id>`: the whole story, sharing to Teams, and editing. */
export function StoryDetail({ id, me }: SectionProps & { id: number }) {
  const styles = useFocusStyles();
  const { sp, capabilities, person } = useServices();
  const loaded = useAsync(() => getRecord(sp, storyKind, id), [sp, id]);
  const place = useChannelPlace();
  const [story, setStory] = useState<Story | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState("");
  const current = story ?? (loaded.status === "ready" ? loaded.value : null);

  if (loaded.status === "loading") return <Loading label="Loading the story…" />;
  if (loaded.status === "error") return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!current) return null;
  const canEdit = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute);
  const isDataLead = person.roles.includes("data-lead");
  const mayShare = capabilities.has(FOCUS_GROUP_CAPABILITIES.share) && (isDataLead || current.authorId === me);
  const figure = impactFigure(current);

  return (
    <article aria-labelledby="story-heading" className={styles.section}>
      <Link href={routeHref(MODULE_ID, ["stories"])}>Back to all success stories</Link>
      <div className={styles.toolbar}>
        <Title3 as="h2" id="story-heading">
          {current.title}
        </Title3>
        <SampleBadge title={current.title} />
      </div>
      <Facts
        rows={[
          ["What changed", current.whatChanged],
          ["Data used", current.dataUsed],
          ["Impact", [figure, current.impactDescription].filter(Boolean).join(": ")],
          ["Service", current.service],
          ["Principle", principleTitle(current.principleKey)],
          ["People involved", current.people],
          ["When it happened", current.storyDate ? formatDate(current.storyDate) : null],
          ["Added by", current.authorName],
        ]}
      />
      {canEdit && (
        <div>
          <Button icon={<Edit20Regular />} onClick={() => setEditing(true)}>
            Edit the story
          </Button>
        </div>
      )}
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      {place.status === "loading" && <Loading label="Finding the focus group's channel…" />}
      {place.status === "error" && <ErrorState error={place.error} onRetry={place.reload} />}
      {place.status === "ready" && me !== null && <ShareStory story={current} target={place.value.target} appId={place.value.appId} me={me} mayShare={mayShare} onStory={setStory} />}
      <RecordDrawer open={editing} title={`Edit “${current.title}”`} onClose={() => setEditing(false)}>
        {editing && (
          <RecordEditor<Story>
            record={current}
            fields={storyKind.fields}
            initialDraft={storyKind.draftOf(current, "")}
            check={storyKind.check}
            save={(draft, base) => saveRecord(sp, storyKind, base ?? current, storyKind.valuesOf(draft))}
            submitLabel="Save the story"
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              setStory(saved);
              setEditing(false);
              setNotice("The story is saved.");
            }}
          />
        )}
      </RecordDrawer>
    </article>
  );
}
