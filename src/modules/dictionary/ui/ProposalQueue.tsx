import { Link, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { formatDate, plural } from "../../../core/domain/format";
import { ErrorState, Loading } from "../../../core/ui/states";
import type { Proposal } from "../domain/proposal";
import { workQueues } from "../domain/queues";
import type { Term } from "../domain/term";
import { useDictionary } from "./dictionary-state";
import { Frame, useViewer } from "./Frame";
import { OverduePill, ProposalStatusPill, proposalHref, termHref, useDictionaryStyles } from "./parts";

function Queue({ id, title, empty, children, count }: { id: string; title: string; empty: string; count: number; children: ReactNode }) {
  const styles = useDictionaryStyles();
  return (
    <section aria-labelledby={id} className={styles.stack}>
      <Text as="h2" size={500} weight="semibold" id={id}>
        {title} ({count})
      </Text>
      {count === 0 ? <Text className={styles.secondary}>{empty}</Text> : <ul className={styles.list}>{children}</ul>}
    </section>
  );
}

function ProposalRow({ proposal, terms }: { proposal: Proposal; terms: ReadonlyMap<number, Term> }) {
  const styles = useDictionaryStyles();
  const term = proposal.termId ? terms.get(proposal.termId) : undefined;
  return (
    <li className={styles.card}>
      <div className={styles.row}>
        <Link href={proposalHref(proposal.id)}>
          {proposal.kind}: {proposal.title}
        </Link>
        <ProposalStatusPill status={proposal.status} />
      </div>
      <Text size={200} className={styles.secondary}>
        {[
          `Proposed ${formatDate(proposal.created)}${proposal.author?.name ? ` by ${proposal.author.name}` : ""}`,
          proposal.steward ? `steward ${proposal.steward.name}` : "no steward yet",
          term?.service ?? proposal.service,
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
    </li>
  );
}

/** `#/dictionary/proposals`: what is waiting for this person, and terms they own that are due a review. */
export function ProposalQueue() {
  const styles = useDictionaryStyles();
  const dictionary = useDictionary();
  const viewer = useViewer();
  const proposals = dictionary.proposals;
  if (proposals.status === "loading" || viewer.siteUserId === null) {
    return (
      <Frame section="proposals" title="Proposals">
        {proposals.status === "error" ? <ErrorState error={proposals.error} onRetry={proposals.reload} /> : <Loading label="Loading proposals…" />}
      </Frame>
    );
  }
  if (proposals.status === "error") {
    return (
      <Frame section="proposals" title="Proposals">
        <ErrorState error={proposals.error} onRetry={proposals.reload} />
      </Frame>
    );
  }
  const queues = workQueues(proposals.value, dictionary.terms.values(), viewer, new Date());
  const others = proposals.value.filter((p) => !queues.toApprove.includes(p) && !queues.toDraft.includes(p) && !queues.unassigned.includes(p) && !queues.mine.includes(p));
  return (
    <Frame section="proposals" title="Proposals">
      <Text as="p">Suggestions and changes on their way into the dictionary. Approved terms are what everyone sees.</Text>
      {(viewer.canApprove || viewer.isDataLead) && (
        <Queue id="queue-approve" title="Waiting for your approval" count={queues.toApprove.length} empty="Nothing is waiting for you.">
          {queues.toApprove.map((p) => (
            <ProposalRow key={p.id} proposal={p} terms={dictionary.terms} />
          ))}
        </Queue>
      )}
      <Queue id="queue-draft" title="For you to draft as steward" count={queues.toDraft.length} empty="Nothing to draft.">
        {queues.toDraft.map((p) => (
          <ProposalRow key={p.id} proposal={p} terms={dictionary.terms} />
        ))}
      </Queue>
      {(viewer.canApprove || viewer.isDataLead) && (
        <Queue id="queue-unassigned" title="Suggestions without a steward" count={queues.unassigned.length} empty="Every suggestion has a steward.">
          {queues.unassigned.map((p) => (
            <ProposalRow key={p.id} proposal={p} terms={dictionary.terms} />
          ))}
        </Queue>
      )}
      {(viewer.canApprove || viewer.isDataLead) && (
        <Queue id="queue-review" title={viewer.isDataLead ? "Terms past their review date" : "Your terms past their review date"} count={queues.overdue.length} empty="Every term is within its review date.">
          {queues.overdue.map((t) => (
            <li key={t.id} className={styles.row}>
              <Link href={termHref(t.key)}>{t.title}</Link>
              <OverduePill />
              <Text size={200} className={styles.secondary}>
                Review was due {formatDate(t.reviewDate)}
              </Text>
            </li>
          ))}
        </Queue>
      )}
      <Queue id="queue-mine" title="Your suggestions" count={queues.mine.length} empty="You have no suggestions in progress.">
        {queues.mine.map((p) => (
          <ProposalRow key={p.id} proposal={p} terms={dictionary.terms} />
        ))}
      </Queue>
      {others.length > 0 && (
        <Queue id="queue-others" title="Everything else in progress" count={others.length} empty="">
          {others.map((p) => (
            <ProposalRow key={p.id} proposal={p} terms={dictionary.terms} />
          ))}
        </Queue>
      )}
      {dictionary.loading && <Text size={200}>Still loading terms: {plural(dictionary.terms.size, "term")} so far.</Text>}
    </Frame>
  );
}
