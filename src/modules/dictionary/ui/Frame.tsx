import { DICTIONARY_CAPABILITIES } from "../capabilities";
import { Link, Title2 } from "@fluentui/react-components";
import { type ReactNode, useMemo } from "react";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { type Viewer, workQueues } from "../domain/queues";
import { useDictionary } from "./dictionary-state";
import { type DictionarySection, SectionNav, useDictionaryStyles } from "./parts";

export function useViewer(): Viewer {
  const { person, capabilities } = useServices();
  const { me } = useDictionary();
  return { siteUserId: me, isDataLead: person.roles.includes("data-lead"), canApprove: capabilities.has(DICTIONARY_CAPABILITIES.approve) };
}

/** Every dictionary screen: its heading, the section links, then the screen. */
export function Frame({ section, title, crumb = section !== "find", children }: { section: DictionarySection | null; title: ReactNode; crumb?: boolean; children: ReactNode }) {
  const styles = useDictionaryStyles();
  const dictionary = useDictionary();
  const viewer = useViewer();
  const proposals = dictionary.proposals.status === "ready" ? dictionary.proposals.value : null;
  // A change is approved by its term's owner, so the terms are needed to count what waits for this person.
  const waiting = useMemo(() => {
    if (!proposals) return 0;
    const queues = workQueues(proposals, dictionary.terms.values(), viewer, new Date());
    return queues.toApprove.length + queues.toDraft.length;
    // Terms change only with the revision (the map itself is mutated in place).
  }, [proposals, dictionary.revision, viewer.siteUserId, viewer.canApprove, viewer.isDataLead]);
  return (
    <div className={styles.page}>
      <div className={styles.stack}>
        {crumb && <Link href={routeHref("dictionary")}>Data dictionary</Link>}
        <Title2 as="h1">{title}</Title2>
        <SectionNav current={section} waiting={waiting} showUse={viewer.canApprove || viewer.isDataLead} plain={dictionary.plain} />
      </div>
      {children}
    </div>
  );
}
