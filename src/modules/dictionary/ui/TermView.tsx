import { ListLink } from "../../../core/ui/ListLink";
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { History16Regular } from "@fluentui/react-icons";
import { useEffect } from "react";
import { formatDate } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadProposalsForTerm } from "../data/proposals-data";
import { getTerm, getTermsByKeys, loadTermVersions } from "../data/terms-data";
import { termHistory } from "../domain/history";
import { FIELD_LABELS, type Proposal } from "../domain/proposal";
import { ShareLinks } from "../../../core/ui/ShareLinks";
import { isMeasurable, isReviewOverdue, nextReviewDate, type PersonRef, type Term, termRoute } from "../domain/term";
import { useDictionary } from "./dictionary-state";
import { useTermReview } from "./use-term-review";
import { Frame, useViewer } from "./Frame";
import { useRefreshable } from "./use-refreshable";
import { Detail, OverduePill, Pill, Prose, ProposalStatusPill, proposalHref, TermStatusPill, termHref, useDictionaryStyles } from "./parts";

const useStyles = makeStyles({
  plain: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  copied: { color: tokens.colorNeutralForeground2 },
  share: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  history: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Only web links become links: a `javascript:` URL typed into a list must never run. */
function PersonLink({ person }: { person: PersonRef | null | undefined }) {
  if (!person) return null;
  return person.email ? <Link href={`mailto:${person.email}`}>{person.name || person.email}</Link> : <>{person.name}</>;
}

function TermLinks({ keys, find }: { keys: readonly string[]; find: (key: string) => Term | undefined }) {
  const styles = useDictionaryStyles();
  if (keys.length === 0) return null;
  return (
    <ul className={styles.inlineList}>
      {keys.map((key) => (
        <li key={key}>
          <Link href={termHref(key)}>{find(key)?.title ?? key}</Link>
        </li>
      ))}
    </ul>
  );
}

/** "Copy link" and "Share to Teams" for a term (core's ShareLinks: a Teams deep link where the app id is known). */
function ShareTerm({ term }: { term: Term }) {
  return <ShareLinks route={termRoute(term.key)} label={term.title} message={`Data dictionary: ${term.title}`} />;
}

function ChangeHistory({ term }: { term: Term }) {
  const styles = useDictionaryStyles();
  const own = useStyles();
  const { sp } = useServices();
  const state = useAsync(() => Promise.all([loadTermVersions(sp, term.id), loadProposalsForTerm(sp, term.id)]), [sp, term.id, term.version]);
  if (state.status === "loading") return <Loading label="Loading the change history…" />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.reload} />;
  const [versions, proposals] = state.value;
  const byId = new Map<number, Proposal>(proposals.map((p) => [p.id, p]));
  const entries = termHistory(versions);
  return (
    <div className={styles.stack}>
      <ol className={own.history} aria-label="Versions, newest first">
        {entries.map((entry) => {
          const proposal = entry.approvedProposal ? byId.get(entry.approvedProposal) : undefined;
          return (
            <li key={entry.label} className={styles.card}>
              <Text weight="semibold">
                Version {entry.label}, {formatDate(entry.saved)}
                {entry.editorName ? `, ${entry.change === "created" ? "added" : "approved"} by ${entry.editorName}` : ""}
              </Text>
              <Text>{entry.change === "created" ? "Added to the dictionary." : `Changed: ${entry.change.map((f) => FIELD_LABELS[f]).join(", ")}.`}</Text>
              {proposal && (
                <Text>
                  From <Link href={proposalHref(proposal.id)}>proposal {proposal.id}</Link>
                  {proposal.reason ? `: “${proposal.reason}”` : "."}
                </Text>
              )}
            </li>
          );
        })}
      </ol>
      {proposals.length > 0 && (
        <>
          <Text as="h3" weight="semibold">
            Proposals about this term
          </Text>
          <ul className={styles.list}>
            {proposals.map((p) => (
              <li key={p.id} className={styles.row}>
                <Link href={proposalHref(p.id)}>
                  {p.kind}: {p.title}
                </Link>
                <ProposalStatusPill status={p.status} />
                <Text size={200} className={styles.secondary}>
                  {formatDate(p.created)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function TermDetails({ term, onChanged }: { term: Term; onChanged: () => void }) {
  const styles = useDictionaryStyles();
  const own = useStyles();
  const { sp } = useServices();
  const dictionary = useDictionary();
  const viewer = useViewer();
  const links = useAsync(() => getTermsByKeys(sp, [...term.related, ...(term.replacedBy ? [term.replacedBy] : [])]), [sp, term.id, term.related.join(";"), term.replacedBy]);
  const find = (key: string) => (links.status === "ready" ? links.value.find((t) => t.key === key) : undefined) ?? dictionary.byKey.get(key);
  const replacement = term.replacedBy ? find(term.replacedBy) : undefined;
  const overdue = isReviewOverdue(term, new Date());
  const mayReview = !dictionary.plain && (viewer.isDataLead || (viewer.canApprove && viewer.siteUserId !== null && term.ownerId === viewer.siteUserId));
  const openProposals = dictionary.proposals.status === "ready" ? dictionary.proposals.value.filter((p) => p.termId === term.id) : [];
  const next = nextReviewDate(new Date());
  const review = useTermReview(term, next, onChanged);
  const { reviewing, error: reviewError, showHistory } = review.state;
  const confirm = review.confirm;

  const definition = (
    <section aria-labelledby="definition-heading" className={styles.stack}>
      <Text as="h2" size={500} weight="semibold" id="definition-heading">
        {dictionary.plain && term.plainLanguage ? "The agreed definition" : "Definition"}
      </Text>
      <Prose text={term.definition} />
    </section>
  );
  const plainEnglish = term.plainLanguage ? (
    <section aria-labelledby="plain-heading" className={styles.stack}>
      <Text as="h2" size={500} weight="semibold" id="plain-heading">
        In plain English
      </Text>
      <Prose text={term.plainLanguage} className={dictionary.plain ? own.plain : undefined} />
    </section>
  ) : null;

  return (
    <Frame section={null} title={term.title}>
      <div className={styles.row}>
        <Pill>{term.kind}</Pill>
        <TermStatusPill status={term.status} />
        {term.acronym && <Pill>{term.acronym}</Pill>}
        {overdue && <OverduePill />}
      </div>
      {term.status === "Deprecated" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This term is deprecated.</MessageBarTitle>
            {replacement ? (
              <>
                Use <Link href={termHref(replacement.key)}>{replacement.title}</Link> instead.
              </>
            ) : (
              "It is kept so old documents can still be understood."
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {openProposals.length > 0 && !dictionary.plain && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            A change to this term is being considered:{" "}
            {openProposals.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ", "}
                <Link href={proposalHref(p.id)}>
                  {p.kind.toLowerCase()} ({p.status.toLowerCase()})
                </Link>
              </span>
            ))}
            .
          </MessageBarBody>
        </MessageBar>
      )}
      {dictionary.plain ? (
        <>
          {plainEnglish}
          {definition}
        </>
      ) : (
        <>
          {definition}
          {plainEnglish}
        </>
      )}
      <section aria-labelledby="details-heading" className={styles.stack}>
        <Text as="h2" size={500} weight="semibold" id="details-heading">
          Details
        </Text>
        <dl className={styles.details}>
          <Detail label="Kind">{term.kind}</Detail>
          <Detail label="Status">{term.status}</Detail>
          <Detail label="Acronym">{term.acronym}</Detail>
          <Detail label="Also known as">{term.synonyms.join("; ")}</Detail>
          <Detail label="Related terms">{term.related.length ? <TermLinks keys={term.related} find={find} /> : null}</Detail>
          <Detail label="Service">{term.service}</Detail>
          <Detail label="Steward">{term.steward ? <PersonLink person={term.steward} /> : null}</Detail>
          <Detail label="Owner">{term.owner ? <PersonLink person={term.owner} /> : null}</Detail>
          {isMeasurable(term.kind) || term.calculation ? <Detail label="Calculation">{term.calculation ? <Prose text={term.calculation} /> : "Not recorded yet"}</Detail> : null}
          <Detail label="Unit">{term.unit}</Detail>
          <Detail label="Source system">{term.sourceSystem}</Detail>
          <Detail label="National standard">
            {term.nationalStandard ? <ListLink url={term.nationalStandard.url}>{term.nationalStandard.description || term.nationalStandard.url}</ListLink> : null}
          </Detail>
          <Detail label="Review date">{term.reviewDate ? `${formatDate(term.reviewDate)}${overdue ? " (overdue)" : ""}` : null}</Detail>
          <Detail label="Defined in the strategy">{term.strategySection ? `Data Use and Analytics Strategy 2025–2028, “${term.strategySection}”` : null}</Detail>
          <Detail label="Last changed">{formatDate(term.modified)}</Detail>
        </dl>
      </section>

      <div className={styles.row}>
        <ShareTerm term={term} />
        {!dictionary.plain && (
          <>
            <Link href={routeHref("dictionary", ["propose"], { term: term.key })}>Suggest a change</Link>
            {term.status !== "Deprecated" && <Link href={routeHref("dictionary", ["propose"], { term: term.key, kind: "deprecation" })}>Propose retiring this term</Link>}
          </>
        )}
      </div>

      {mayReview && (
        <div className={styles.stack}>
          <div className={styles.row}>
            <Button onClick={() => void confirm()} disabled={reviewing}>
              Confirm it is still correct
            </Button>
            <Text size={200} className={styles.secondary}>
              Sets the next review to {formatDate(next)}.
            </Text>
          </div>
          {reviewError ? <ErrorState error={reviewError} onRetry={() => void confirm()} /> : null}
        </div>
      )}

      {!dictionary.plain && (
        <section aria-labelledby="history-heading" className={styles.stack}>
          <Text as="h2" size={500} weight="semibold" id="history-heading">
            Change history
          </Text>
          {showHistory ? (
            <ChangeHistory term={term} />
          ) : (
            <div>
              <Button icon={<History16Regular />} onClick={review.showHistory}>
                Show change history
              </Button>
            </div>
          )}
        </section>
      )}
    </Frame>
  );
}

/** One term, as a shareable page: `#/dictionary/<key>` (or the item id). */
export function TermView({ keyOrId }: { keyOrId: string }) {
  const { sp } = useServices();
  const dictionary = useDictionary();
  const state = useRefreshable(() => getTerm(sp, keyOrId), [sp, keyOrId]);
  const term = state.value ?? null;

  useEffect(() => {
    if (!term) return;
    dictionary.recorder.open(term.key, dictionary.openedFromSearch.current === term.key);
    dictionary.openedFromSearch.current = null;
    // Counted once per term opened, not on every re-render.
  }, [term?.id]);

  if (state.loading) return <Loading label="Opening the term…" />;
  if (state.value === undefined) {
    return (
      <Frame section={null} title="Data dictionary">
        <ErrorState error={state.error} onRetry={state.refresh} />
      </Frame>
    );
  }
  if (!term) {
    return (
      <Frame section={null} title="Term not found">
        <EmptyState title={`There is no term “${keyOrId}” in the dictionary.`}>
          <Text>
            It may have been renamed or removed. <Link href={routeHref("dictionary")}>Search the dictionary</Link>.
          </Text>
        </EmptyState>
      </Frame>
    );
  }
  return <TermDetails term={term} onChanged={state.refresh} />;
}
