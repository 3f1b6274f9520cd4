import { MessageBar, MessageBarBody, Text, Title2 } from "@fluentui/react-components";
import { useState } from "react";
import type { ModulePageProps } from "../../../core/module";
import { useAnnounce } from "../../../core/ui/announcer";
import { navigate } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import { OPEN_DATA_CAPABILITIES } from "../capabilities";
import { loadPublications } from "../data/publications-data";
import { PrepareView } from "./PrepareView";
import { publicationHref, tabHref, useStyles } from "./parts";
import { PublicationRecord } from "./PublicationRecord";
import { PublicationsList } from "./PublicationsList";

type TabId = "publications" | "prepare";

/** Open data for residents: what was published, and preparing a new publication (checks, package, record). */
export default function OpenDataPage({ rest, params }: ModulePageProps) {
  const styles = useStyles();
  const { sp, capabilities } = useServices();
  const announce = useAnnounce();
  const publications = useAsync(() => loadPublications(sp), [sp]);
  const [justPublished, setJustPublished] = useState<number | null>(null);
  const canPublish = capabilities.has(OPEN_DATA_CAPABILITIES.publish);

  if (rest[0]) {
    if (publications.status === "loading") return <Loading label="Opening the publication…" />;
    if (publications.status === "error") return <ErrorState error={publications.error} onRetry={publications.reload} />;
    const found = publications.value.find((p) => String(p.id) === rest[0]);
    if (!found) return <EmptyState title="That publication is not in the list. It may have been removed." />;
    return (
      <div className={styles.stack}>
        {justPublished === found.id && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>Published: the package has downloaded and this record is saved.</MessageBarBody>
          </MessageBar>
        )}
        <PublicationRecord publication={found} />
      </div>
    );
  }

  const tabs: TabId[] = canPublish ? ["publications", "prepare"] : ["publications"];
  const requested = params.get("tab") as TabId | null;
  const tab: TabId = requested && tabs.includes(requested) ? requested : "publications";
  return (
    <div className={styles.stack}>
      <div>
        <Title2 as="h1" block>
          Open data
        </Title2>
        <Text as="p">Datasets checked before they are published (schema, personal data, small numbers), packaged with their metadata, and a catalogue residents can read without signing in.</Text>
      </div>
      <ViewTabs label="Open data views" selected={tab} onSelect={(t) => navigate(tabHref(t))} tabs={tabs.map((t) => ({ value: t, label: t === "prepare" ? "Prepare a publication" : "Publications" }))} />
      {tab === "publications" &&
        (publications.status === "loading" ? (
          <Loading label="Loading the publications…" />
        ) : publications.status === "error" ? (
          <ErrorState error={publications.error} onRetry={publications.reload} />
        ) : (
          <PublicationsList publications={publications.value} />
        ))}
      {tab === "prepare" && (
        <PrepareView
          onPublished={(p) => {
            announce(`Published ${p.title}: the package has downloaded and its record is saved.`);
            setJustPublished(p.id);
            publications.reload();
            navigate(publicationHref(p.id));
          }}
        />
      )}
    </div>
  );
}
