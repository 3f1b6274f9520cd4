import { Text, Title2 } from "@fluentui/react-components";
import { useCallback } from "react";
import type { ModulePageProps } from "../../../core/module";
import { useAnnounce } from "../../../core/ui/announcer";
import { navigate } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import { POLICY_CAPABILITIES } from "../capabilities";
import { todayOf } from "../domain/document";
import { mayChange } from "../domain/reviews";
import { CompletionView } from "./CompletionView";
import { DocumentForm } from "./DocumentForm";
import { DocumentView } from "./DocumentView";
import { LibraryList } from "./LibraryList";
import { documentHref, tabHref, useStyles } from "./parts";
import { ReviewForm } from "./ReviewForm";
import { ReviewsView } from "./ReviewsView";
import { ToReadList } from "./ToReadList";
import { UsageView } from "./UsageView";
import { useLibrary } from "./use-library";

type TabId = "library" | "read" | "reviews" | "completion" | "use";
const TAB_LABELS: Record<TabId, string> = { library: "Library", read: "For you to read", reviews: "Reviews", completion: "Read and understood", use: "Use" };

/** Policies, the handbook and standards: the library, what to read, reviews, completion and use. */
export default function PoliciesPage({ rest, params }: ModulePageProps) {
  const styles = useStyles();
  const { person, capabilities } = useServices();
  const { state, toRead } = useLibrary();
  const announce = useAnnounce();
  const seesAll = capabilities.has(POLICY_CAPABILITIES.allCompletion);
  const canManage = capabilities.has(POLICY_CAPABILITIES.manage);
  const today = todayOf(new Date());
  const saved = useCallback(
    (id: number, message: string) => {
      announce(message);
      state.reload();
      navigate(documentHref(id));
    },
    [state, announce],
  );

  if (state.status === "loading") return <Loading label="Opening the policies library…" />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.reload} />;
  const library = state.value;
  const viewer = { siteUserId: library.siteUserId, seesAll };

  if (rest[0] === "new") {
    if (!canManage) return <EmptyState title="Only the data lead adds documents to the library." />;
    return (
      <DocumentForm existing={null} onSaved={(doc, message) => saved(doc.id, message)} />
    );
  }
  if (rest[0]) {
    const doc = library.docs.find((d) => String(d.id) === rest[0]);
    if (!doc) return <EmptyState title="That document is not in the library. It may have been removed." />;
    const action = rest[1];
    if ((action === "edit" || action === "review" || action === "publish") && !mayChange(doc, viewer)) return <EmptyState title="Only the document's owner or the data lead can change it." />;
    return (
      <div className={styles.stack}>
        {action === "edit" ? (
          <DocumentForm existing={doc} onSaved={(d, message) => saved(d.id, message)} />
        ) : action === "review" || action === "publish" ? (
          <ReviewForm doc={doc} mode={action} today={today} onSaved={(d, message) => saved(d.id, message)} />
        ) : (
          <DocumentView doc={doc} library={library} seesAll={seesAll} onChanged={state.reload} announce={announce} />
        )}
      </div>
    );
  }

  const owns = library.docs.some((d) => d.ownerId === library.siteUserId);
  const tabs: TabId[] = [
    "library",
    "read",
    ...(owns || seesAll ? (["reviews"] as const) : []),
    ...(capabilities.has(POLICY_CAPABILITIES.serviceCompletion) ? (["completion"] as const) : []),
    ...(seesAll ? (["use"] as const) : []),
  ];
  const requested = params.get("tab") as TabId | null;
  const tab: TabId = requested && tabs.includes(requested) ? requested : "library";
  return (
    <div className={styles.stack}>
      <div>
        <Title2 as="h1" block>
          Policies and standards
        </Title2>
        <Text as="p">The Data Quality Handbook, data policies and standards: who owns them, their versions and reviews, and who has read them.</Text>
      </div>
      <ViewTabs
        label="Policies views"
        selected={tab}
        onSelect={(t) => navigate(tabHref(t))}
        tabs={tabs.map((t) => ({ value: t, label: t === "read" && toRead.length ? `${TAB_LABELS[t]} (${toRead.length})` : TAB_LABELS[t] }))}
      />
      {tab === "library" && <LibraryList library={library} roles={person.roles} today={today} canAdd={canManage} />}
      {tab === "read" && (
        <section className={styles.stack} aria-labelledby="policies-read">
          <Text as="h2" size={500} weight="semibold" id="policies-read" className={styles.heading}>
            For you to read
          </Text>
          <ToReadList docs={toRead} />
        </section>
      )}
      {tab === "reviews" && <ReviewsView docs={library.docs} today={today} viewer={viewer} />}
      {tab === "completion" && <CompletionView docs={library.docs} everyone={seesAll} />}
      {tab === "use" && <UsageView docs={library.docs} />}
    </div>
  );
}
