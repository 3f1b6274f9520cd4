import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { Button, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Textarea } from "@fluentui/react-components";
import { formatDate } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { isConflict } from "../../../core/data/concurrency";
import { baseValuesFor, getProposal, loadProposalVersions } from "../data/proposals-data";
import { getTermById } from "../data/terms-data";
import { glossaryList, termProposalsList } from "../lists";
import { proposalTimeline } from "../domain/history";
import { changedFields, comparable, type ContentField, FIELD_LABELS, planApproval, type Proposal, termValues } from "../domain/proposal";
import { actorFor } from "../domain/queues";
import type { Term } from "../domain/term";
import { ACTION_LABELS, allowedActions, type ProposalAction } from "../domain/workflow";
import { useDictionary } from "./dictionary-state";
import { useProposalDecision } from "./use-proposal-decision";
import { useRefreshable } from "./use-refreshable";
import { Frame, useViewer } from "./Frame";
import { ProposalEditForm } from "./ProposalForm";
import { Detail, Prose, ProposalStatusPill, termHref, useDictionaryStyles } from "./parts";

const NOTICES: Record<string, string> = {
  suggested: "Thank you: your suggestion has been sent. Its steward will pick it up.",
  drafted: "Saved as a draft.",
  submitted: "Sent for approval. The owner will approve it or send it back with a comment.",
};

/** A value as a person reads it: names for people (when known), dates in British form, links as their address. */
function display(field: ContentField, value: unknown, people: Map<number, string>): string {
  const text = comparable(field, value);
  if (!text) return "(none)";
  if (field === "StewardId" || field === "TermOwnerId") return people.get(Number(text)) ?? `Person ${text}`;
  if (field === "ReviewDate") return formatDate(`${text}T00:00:00Z`);
  return text;
}

function Comparison({ proposal, term, fields }: { proposal: Proposal; term: Term; fields: readonly ContentField[] }) {
  const people = new Map<number, string>();
  for (const p of [term.steward, term.owner, proposal.steward, proposal.owner]) if (p) people.set(p.id, p.name);
  const now = termValues(term);
  return (
    <Table aria-label="What approving changes" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Field</TableHeaderCell>
          <TableHeaderCell>Published now</TableHeaderCell>
          <TableHeaderCell>Proposed</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fields.map((field) => (
          <StaticTableRow key={field}>
            <TableCell>{FIELD_LABELS[field]}</TableCell>
            <TableCell>
              <Prose text={display(field, now[field], people)} />
            </TableCell>
            <TableCell>
              <Prose text={display(field, proposal.values[field], people)} />
            </TableCell>
          </StaticTableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Timeline({ proposal }: { proposal: Proposal }) {
  const styles = useDictionaryStyles();
  const { sp } = useServices();
  const state = useAsync(() => loadProposalVersions(sp, proposal.id), [sp, proposal.id, proposal.etag]);
  if (state.status !== "ready") return state.status === "error" ? <ErrorState error={state.error} onRetry={state.reload} /> : null;
  const events = proposalTimeline(state.value);
  return (
    <section aria-labelledby="timeline-heading" className={styles.stack}>
      <Text as="h2" size={500} weight="semibold" id="timeline-heading">
        What has happened
      </Text>
      <ol className={styles.list}>
        {events.map((e, i) => (
          <li key={i} className={styles.card}>
            <Text weight="semibold">
              {e.status || "Changed"}, {formatDate(e.saved)}
              {e.editorName ? `, by ${e.editorName}` : ""}
            </Text>
            {e.comment && <Prose text={`“${e.comment}”`} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One proposal: what it changes, who decides, and the decision buttons the person may use. */
function ProposalDetails({ proposal, term, notice, reload }: { proposal: Proposal; term: Term | null; notice: string | null; reload: () => void }) {
  const styles = useDictionaryStyles();
  const { sp } = useServices();
  const dictionary = useDictionary();
  const viewer = useViewer();
  const base = useAsync(() => (term && proposal.kind === "Change" ? baseValuesFor(sp, proposal, term) : Promise.resolve(null)), [sp, proposal.id, proposal.etag, term?.etag]);

  const actor = actorFor(proposal, term, viewer);
  // The plain-language glossary (councillors' web part) shows proposals but offers no workflow.
  const actions = dictionary.plain ? [] : allowedActions(proposal.status, actor);
  const decisions = actions.filter((a) => a !== "draft" && a !== "submit");
  const canEdit = actions.includes("draft") || actions.includes("submit");
  const stale = proposal.kind === "Change" && term !== null && proposal.baseVersion !== null && proposal.baseVersion !== term.version;
  const plan = term && proposal.kind === "Change" && base.status === "ready" ? planApproval(proposal.values, termValues(term), base.value) : null;
  const decision = useProposalDecision({ proposal, term, actor, overlapping: plan?.overlapping.length ?? 0, reload });
  const { editing, comment, commentProblem, busy, error, confirmingOverlap: confirmOverlap } = decision.state;
  const published = decision.state.published;
  const act = (action: ProposalAction) => void decision.act(action);

  if (editing) {
    return (
      <Frame section="proposals" title={`Edit proposal: ${proposal.title}`}>
        <ProposalEditForm
          proposal={proposal}
          term={term}
          onCancel={decision.stopEditing}
          onSaved={() => {
            decision.stopEditing();
            reload();
          }}
        />
      </Frame>
    );
  }

  const changes = term && proposal.kind === "Change" ? (plan ? (Object.keys(plan.write) as ContentField[]) : changedFields(termValues(term), proposal.values).filter((f): f is ContentField => f !== "TermStatus")) : [];
  return (
    <Frame section="proposals" title={`${proposal.kind}: ${proposal.title}`}>
      {notice && NOTICES[notice] && !error && (
        <MessageBar intent="success">
          <MessageBarBody>{NOTICES[notice]}</MessageBarBody>
        </MessageBar>
      )}
      {published && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Published</MessageBarTitle>
            Everyone now sees <Link href={termHref(published.key)}>{published.title}</Link>.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <ProposalStatusPill status={proposal.status} />
        <Text className={styles.secondary}>
          Proposed {formatDate(proposal.created)}
          {proposal.author?.name ? ` by ${proposal.author.name}` : ""}
        </Text>
      </div>
      {proposal.reviewComment && (proposal.status === "Sent back" || proposal.status === "Declined") && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{proposal.status === "Sent back" ? "Sent back with a comment" : "Declined"}</MessageBarTitle>
            <Prose text={proposal.reviewComment} />
          </MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.details}>
        <Detail label="Term">{term ? <Link href={termHref(term.key)}>{term.title}</Link> : proposal.termKey ? <Link href={termHref(proposal.termKey)}>{proposal.title}</Link> : "A new term"}</Detail>
        <Detail label="Steward">{proposal.steward?.name ?? "Not chosen yet"}</Detail>
        <Detail label={proposal.kind === "New term" ? "Owner (approves)" : "Proposed owner"}>{proposal.owner?.name ?? "Not chosen yet"}</Detail>
        {proposal.kind !== "New term" && <Detail label="Approved by">{term?.owner?.name ?? "The data lead (the term has no owner yet)"}</Detail>}
        <Detail label="Why">{proposal.reason ? <Prose text={proposal.reason} /> : null}</Detail>
      </dl>

      {proposal.kind === "Deprecation" ? (
        <Text>
          Retire this term
          {proposal.replacedBy ? (
            <>
              {" "}
              in favour of <Link href={termHref(proposal.replacedBy)}>{dictionary.byKey.get(proposal.replacedBy)?.title ?? proposal.replacedBy}</Link>
            </>
          ) : null}
          .
        </Text>
      ) : proposal.kind === "Change" && term ? (
        <section aria-labelledby="changes-heading" className={styles.stack}>
          <Text as="h2" size={500} weight="semibold" id="changes-heading">
            What it changes
          </Text>
          {stale && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The term has changed since this was drafted</MessageBarTitle>
                {plan && plan.theirs.length > 0 ? `Published since: ${plan.theirs.map((f) => FIELD_LABELS[f].toLowerCase()).join(", ")}. ` : ""}
                {plan && plan.overlapping.length > 0
                  ? `Approving replaces the newer ${plan.overlapping.map((f) => FIELD_LABELS[f].toLowerCase()).join(", ")}.`
                  : "Approving changes only what this proposal changes; the rest stays as published now."}
              </MessageBarBody>
            </MessageBar>
          )}
          {changes.length === 0 ? <Text>Nothing: the published term already says this.</Text> : <Comparison proposal={proposal} term={term} fields={changes} />}
          {/* Seeded definitions the strategy does not give start as drafts: a change, even to nothing, is how one is approved. */}
          {(term.status === "Draft" || term.status === "In review") && <Text>Approving also approves the term, which is a {term.status.toLowerCase()} now.</Text>}
        </section>
      ) : (
        <section aria-labelledby="proposed-heading" className={styles.stack}>
          <Text as="h2" size={500} weight="semibold" id="proposed-heading">
            Proposed entry
          </Text>
          <dl className={styles.details}>
            <Detail label="Name">{proposal.title}</Detail>
            <Detail label="Kind">{proposal.termKind}</Detail>
            <Detail label="Definition">{proposal.definition ? <Prose text={proposal.definition} /> : "Not written yet"}</Detail>
            <Detail label="In plain English">{proposal.plainLanguage ? <Prose text={proposal.plainLanguage} /> : null}</Detail>
            <Detail label="Acronym">{proposal.acronym}</Detail>
            <Detail label="Also known as">{proposal.synonyms.join("; ")}</Detail>
            <Detail label="Related terms">{proposal.related.map((k) => dictionary.byKey.get(k)?.title ?? k).join("; ")}</Detail>
            <Detail label="Service">{proposal.service}</Detail>
            <Detail label="Calculation">{proposal.calculation ? <Prose text={proposal.calculation} /> : null}</Detail>
            <Detail label="Unit">{proposal.unit}</Detail>
            <Detail label="Source system">{proposal.sourceSystem}</Detail>
            <Detail label="National standard">{proposal.nationalStandard?.url}</Detail>
            <Detail label="Review date">{proposal.reviewDate ? formatDate(proposal.reviewDate) : null}</Detail>
          </dl>
        </section>
      )}

      {(decisions.length > 0 || canEdit) && (
        <section aria-labelledby="decide-heading" className={styles.stack}>
          <Text as="h2" size={500} weight="semibold" id="decide-heading">
            {decisions.includes("approve") || decisions.includes("send-back") ? "Your decision" : "What next"}
          </Text>
          {(decisions.includes("send-back") || decisions.includes("decline")) && (
            <Field label="Comment for the steward" hint="Needed to send back or decline: say what should change." validationMessage={commentProblem || undefined} validationState={commentProblem ? "error" : "none"}>
              <Textarea value={comment} onChange={(_, d) => decision.setComment(d.value)} resize="vertical" rows={3} />
            </Field>
          )}
          {confirmOverlap && plan && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Replace the newer wording?</MessageBarTitle>
                Someone changed {plan.overlapping.map((f) => FIELD_LABELS[f].toLowerCase()).join(", ")} after this was drafted. Choose Approve and publish again to replace it with this proposal's.
              </MessageBarBody>
            </MessageBar>
          )}
          {error ? (
            isConflict<Term>(error, glossaryList) ? (
              <MessageBar intent="warning" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>The term changed while you were reviewing</MessageBarTitle>
                  Nothing was published and the proposal is still in review. The comparison above now shows the latest version: check it, then decide again.
                </MessageBarBody>
              </MessageBar>
            ) : isConflict<Proposal>(error, termProposalsList) ? (
              <MessageBar intent="warning" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>The proposal changed while you were reviewing</MessageBarTitle>
                  It is now {error.current.status.toLowerCase()}. Nothing was published; what you see is the latest version.
                </MessageBarBody>
              </MessageBar>
            ) : (
              <ErrorState error={error} />
            )
          ) : null}
          <div className={styles.row}>
            {decisions.map((action, i) => (
              <Button key={action} appearance={i === 0 ? "primary" : "secondary"} disabled={busy !== null} onClick={() => act(action)}>
                {busy === action ? "Saving…" : ACTION_LABELS[action]}
              </Button>
            ))}
            {canEdit && (
              <Button disabled={busy !== null} onClick={decision.edit}>
                {proposal.status === "Suggested" ? "Draft it" : "Edit"}
              </Button>
            )}
          </div>
        </section>
      )}
      <Timeline proposal={proposal} />
    </Frame>
  );
}

/** `#/dictionary/proposals/<id>`. */
export function ProposalView({ id, notice }: { id: number; notice: string | null }) {
  const { sp } = useServices();
  const state = useRefreshable(async () => {
    const proposal = await getProposal(sp, id);
    const term = proposal?.termId ? await getTermById(sp, proposal.termId) : null;
    return { proposal, term };
  }, [sp, id]);
  if (state.loading) return <Loading label="Opening the proposal…" />;
  if (!state.value) {
    return (
      <Frame section="proposals" title="Proposal">
        <ErrorState error={state.error} onRetry={state.refresh} />
      </Frame>
    );
  }
  if (!state.value.proposal) {
    return (
      <Frame section="proposals" title="Proposal not found">
        <EmptyState title="There is no such proposal.">
          <Link href={routeHref("dictionary", ["proposals"])}>See all proposals</Link>
        </EmptyState>
      </Frame>
    );
  }
  return <ProposalDetails proposal={state.value.proposal} term={state.value.term} notice={notice} reload={state.refresh} />;
}
