import { Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { formatDate } from "../../../core/domain/format";
import { type PickedPerson, PersonPicker } from "../../../core/ui/PersonPicker";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { getTerm } from "../data/terms-data";
import { findDuplicates } from "../domain/duplicates";
import { nameKey } from "../domain/normalise";
import { changedFields, contentFromProposal, contentFromTerm, emptyContent, FIELD_LABELS, type Proposal } from "../domain/proposal";
import { prepareSubmission } from "../domain/proposal-editor-state";
import { actorFor } from "../domain/queues";
import { isMeasurable, type PersonRef, type Term, TERM_KINDS, type TermKind } from "../domain/term";
import { ACTION_LABELS, allowedActions, type Problem, type ProposalAction, type ProposalContent, type ProposalStatus } from "../domain/workflow";
import { useDictionary } from "./dictionary-state";
import { useDebounced } from "./use-debounced";
import { useProposalEditor } from "./use-proposal-editor";
import { Frame, useViewer } from "./Frame";
import { proposalHref, termHref, useDictionaryStyles } from "./parts";

const picked = (person: PersonRef | null | undefined): PickedPerson | null => (person?.email ? { displayName: person.name, email: person.email, siteUserId: person.id } : null);

interface EditorProps {
  term: Term | null;
  existing?: Proposal;
  initial: ProposalContent;
  onCancel?: () => void;
  onSaved?: (proposal: Proposal) => void;
}

/**
 * The proposal form. Anyone may send a suggestion; the steward named on it drafts it and sends it
 * for approval. What the person typed is never lost: a failed save keeps the form as it was.
 */
function ProposalEditor({ term, existing, initial, onCancel, onSaved }: EditorProps) {
  const styles = useDictionaryStyles();
  const { person } = useServices();
  const dictionary = useDictionary();
  const viewer = useViewer();
  const [content, setContent] = useState<ProposalContent>(initial);
  const [steward, setSteward] = useState<PickedPerson | null>(picked(existing ? existing.steward : term?.steward));
  const [owner, setOwner] = useState<PickedPerson | null>(picked(existing ? existing.owner : term?.owner));
  const [related, setRelated] = useState(() => content.related.map((key) => dictionary.byKey.get(key)?.title ?? key).join("; "));
  const [replacedBy, setReplacedBy] = useState(() => (content.replacedBy ? (dictionary.byKey.get(content.replacedBy)?.title ?? content.replacedBy) : ""));
  const [different, setDifferent] = useState(false);
  const editor = useProposalEditor({
    existing,
    term,
    onSaved: (saved, status) => {
      if (onSaved) onSaved(saved);
      else navigate(routeHref("dictionary", ["proposals", String(saved.id)], { done: status === "In review" ? "submitted" : status === "Draft" ? "drafted" : "suggested" }));
    },
  });
  const { problems, notes: extraProblems, saving, error, conflict } = editor.state;
  const summary = useRef<HTMLDivElement>(null);

  const change = (patch: Partial<ProposalContent>) => setContent((c) => ({ ...c, ...patch }));
  const myEmail = (person.profile.mail ?? "").toLowerCase();
  const iAmSteward = Boolean(steward && myEmail && steward.email.toLowerCase() === myEmail);
  const deprecation = content.kind === "Deprecation";
  const measurable = content.termKind !== "" && isMeasurable(content.termKind);

  // Duplicates: the same or nearly the same name as a published term or another open proposal.
  const duplicatesOf = (c: ProposalContent) => {
    if (c.kind === "Deprecation" || !c.title.trim()) return { terms: [], proposals: [], blocking: undefined };
    const proposed = { title: c.title, acronym: c.acronym || null, synonyms: c.synonyms };
    const open = dictionary.proposals.status === "ready" ? dictionary.proposals.value.filter((p) => p.kind === "New term" && p.id !== existing?.id) : [];
    const terms = findDuplicates(proposed, [...dictionary.terms.values()], term?.id);
    // The same name as a published term's name is never a new term: it is a change to that one.
    const blocking = terms.find((d) => d.strength === "same" && nameKey(d.existing) === nameKey(d.entry.title) && nameKey(d.proposed) === nameKey(c.title));
    return { terms, proposals: findDuplicates(proposed, open), blocking };
  };
  // Checked as the person types, once they pause (10,000 names take a few milliseconds), and again on sending.
  const names = useDebounced(`${content.title}|${content.acronym}|${content.synonyms.join(";")}`, 200);
  // Keyed on the debounced names, not on every keystroke in the form.
  const duplicates = useMemo(() => duplicatesOf(content), [names, content.kind, dictionary.revision, dictionary.proposals.status]);
  const blocking = duplicates.blocking;
  const similar = duplicates.terms.length + duplicates.proposals.length;

  useEffect(() => {
    if (problems.length || extraProblems.length) summary.current?.focus();
  }, [problems, extraProblems]);

  const save = (status: ProposalStatus) => {
    const duplicatesFor = (c: ProposalContent) => {
      const found = duplicatesOf(c);
      return { blocking: found.blocking ? { title: found.blocking.entry.title } : undefined, similar: found.terms.length + found.proposals.length };
    };
    const submission = prepareSubmission({
      content,
      stage: status === "In review" ? "submit" : "suggest",
      relatedText: related,
      replacedByText: replacedBy,
      stewardEmail: steward?.email ?? "",
      ownerEmail: owner?.email ?? "",
      confirmedDifferent: different,
      termsByKey: dictionary.byKey,
      duplicates: duplicatesFor,
    });
    return editor.send(submission, status);
  };

  const problem = (field: Problem["field"]) => problems.find((p) => p.field === field)?.message;
  const fieldState = (field: Problem["field"]) => (problem(field) ? { validationMessage: problem(field), validationState: "error" as const } : {});

  // Which buttons: a suggestion from anyone; draft and send for approval from the steward.
  const actions: ProposalAction[] = existing
    ? allowedActions(existing.status, actorFor(existing, term, viewer)).filter((a) => a === "draft" || a === "submit")
    : iAmSteward || viewer.isDataLead
      ? ["submit", "draft"]
      : [];
  const statusFor = (action: ProposalAction): ProposalStatus => (action === "submit" ? "In review" : "Draft");

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(actions.length ? statusFor(actions[0]!) : "Suggested");
      }}
    >
      {(problems.length > 0 || extraProblems.length > 0) && (
        <div ref={summary} tabIndex={-1} role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Please check the form</MessageBarTitle>
              <ul>
                {[...problems.map((p) => p.message), ...extraProblems].map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {conflict && existing && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed this proposal while you were editing</MessageBarTitle>
            It is now {conflict.status.toLowerCase()}
            {changedFields(existing.values, conflict.values).length > 0 ? `, with changes to ${changedFields(existing.values, conflict.values).map((f) => FIELD_LABELS[f].toLowerCase()).join(", ")}` : ""}. Your edits are still here: save again to put them on top, or{" "}
            <Link href={proposalHref(existing.id)} onClick={() => onCancel?.()}>
              see their version
            </Link>
            .
          </MessageBarBody>
        </MessageBar>
      )}

      {deprecation ? (
        <>
          <Text>
            Retiring <strong>{content.title}</strong>. Its page stays, marked deprecated, pointing to the term to use instead.
          </Text>
          <Field label="Term to use instead" hint="Its name, as in the dictionary. Leave empty if nothing replaces it." {...fieldState("replacedBy")}>
            <Input value={replacedBy} onChange={(_, d) => setReplacedBy(d.value)} />
          </Field>
        </>
      ) : (
        <>
          <Field label="Name" required {...fieldState("title")}>
            <Input value={content.title} onChange={(_, d) => change({ title: d.value })} maxLength={255} />
          </Field>
          {blocking ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>This term is already in the dictionary</MessageBarTitle>
                <Link href={termHref(blocking.entry.key)}>{blocking.entry.title}</Link> has this name. <Link href={routeHref("dictionary", ["propose"], { term: blocking.entry.key })}>Suggest a change to it</Link> instead.
              </MessageBarBody>
            </MessageBar>
          ) : similar > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Similar terms already exist</MessageBarTitle>
                <ul>
                  {duplicates.terms.slice(0, 8).map((d) => (
                    <li key={`term-${d.entry.id}`}>
                      <Link href={termHref(d.entry.key)}>{d.entry.title}</Link>
                      {d.existing !== d.entry.title ? `, also called “${d.existing}”` : ""}
                      {d.strength === "same" ? ": the same name" : ": a similar name"}
                    </li>
                  ))}
                  {duplicates.proposals.slice(0, 4).map((d) => (
                    <li key={`proposal-${d.entry.id}`}>
                      <Link href={proposalHref(d.entry.id)}>{d.entry.title} (proposed)</Link>
                      {d.strength === "same" ? ": the same name" : ": a similar name"}
                    </li>
                  ))}
                </ul>
                <Checkbox checked={different} onChange={(_, d) => setDifferent(Boolean(d.checked))} label="This is a different term" />
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Field label="Kind" {...fieldState("termKind")}>
            <RadioGroup layout="horizontal" value={content.termKind} onChange={(_, d) => change({ termKind: d.value as TermKind })}>
              {TERM_KINDS.map((k) => (
                <Radio key={k} value={k} label={k} />
              ))}
            </RadioGroup>
          </Field>
          <Field label="Definition" hint="The agreed wording: what it means at Havant Borough Council." {...fieldState("definition")}>
            <Textarea value={content.definition} onChange={(_, d) => change({ definition: d.value })} resize="vertical" rows={5} />
          </Field>
          <Field label="In plain English" hint="Optional: a short version for councillors and residents.">
            <Textarea value={content.plainLanguage} onChange={(_, d) => change({ plainLanguage: d.value })} resize="vertical" rows={3} />
          </Field>
          <div className={styles.twoColumns}>
            <Field label="Acronym" {...fieldState("acronym")}>
              <Input value={content.acronym} onChange={(_, d) => change({ acronym: d.value })} maxLength={20} />
            </Field>
            <Field label="Service" hint="The service whose information asset owner approves it." {...fieldState("service")}>
              <Input value={content.service} onChange={(_, d) => change({ service: d.value })} maxLength={120} />
            </Field>
          </div>
          <Field label="Also known as" hint="Synonyms, separated by semicolons.">
            <Input value={content.synonyms.join("; ")} onChange={(_, d) => change({ synonyms: d.value.split(";").map((s) => s.trimStart()) })} />
          </Field>
          <Field label="Related terms" hint="Names of terms in the dictionary, separated by semicolons.">
            <Input value={related} onChange={(_, d) => setRelated(d.value)} />
          </Field>
          {measurable && (
            <>
              <Field label="Calculation" hint="How it is worked out, step by step." {...fieldState("calculation")}>
                <Textarea value={content.calculation} onChange={(_, d) => change({ calculation: d.value })} resize="vertical" rows={3} />
              </Field>
              <div className={styles.twoColumns}>
                <Field label="Unit" hint="For example: %, days, £, count." {...fieldState("unit")}>
                  <Input value={content.unit} onChange={(_, d) => change({ unit: d.value })} maxLength={60} />
                </Field>
                <Field label="Source system" {...fieldState("sourceSystem")}>
                  <Input value={content.sourceSystem} onChange={(_, d) => change({ sourceSystem: d.value })} maxLength={120} />
                </Field>
              </div>
            </>
          )}
          <div className={styles.twoColumns}>
            <Field label="National standard" hint="A link to the standard this maps to, if there is one." {...fieldState("nationalStandardUrl")}>
              <Input type="url" value={content.nationalStandardUrl} onChange={(_, d) => change({ nationalStandardUrl: d.value })} />
            </Field>
            <Field label="Review date" hint={term?.reviewDate ? `Now ${formatDate(term.reviewDate)}. Empty: a year after approval.` : "Empty: a year after approval."}>
              <Input type="date" value={content.reviewDate} onChange={(_, d) => change({ reviewDate: d.value })} />
            </Field>
          </div>
        </>
      )}
      <div className={styles.twoColumns}>
        <PersonPicker label="Steward" value={steward} onChange={setSteward} hint="Who looks after this term. Leave empty if you don't know." error={problem("stewardEmail")} />
        <PersonPicker label="Owner" value={owner} onChange={setOwner} hint="The information asset owner who approves it." error={problem("ownerEmail")} />
      </div>
      {!steward && person.profile.mail && (
        <div>
          <Button appearance="subtle" onClick={() => setSteward({ displayName: person.profile.displayName, email: person.profile.mail! })}>
            I'll be the steward
          </Button>
        </div>
      )}
      <Field label={deprecation ? "Why retire it?" : "Why is this needed?"} hint="Helps the owner decide." {...fieldState("reason")}>
        <Textarea value={content.reason} onChange={(_, d) => change({ reason: d.value })} resize="vertical" rows={3} />
      </Field>

      {error ? <ErrorState error={error} onRetry={() => void save(actions.length ? statusFor(actions[0]!) : "Suggested")} /> : null}
      <div className={styles.row}>
        {actions.length === 0 ? (
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? "Sending…" : existing ? "Save" : "Send suggestion"}
          </Button>
        ) : (
          actions.map((action, i) => (
            <Button key={action} appearance={i === 0 ? "primary" : "secondary"} type={i === 0 ? "submit" : "button"} disabled={saving} onClick={i === 0 ? undefined : () => void save(statusFor(action))}>
              {ACTION_LABELS[action]}
            </Button>
          ))
        )}
        {onCancel && (
          <Button appearance="subtle" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
        )}
        {saving && <Text role="status">Saving…</Text>}
      </div>
    </form>
  );
}

/** `#/dictionary/propose`: a new term, or `?term=<key>` a change to one (`&kind=deprecation` to retire it). */
export function ProposalForm({ termKey, deprecate, initialTitle }: { termKey: string | null; deprecate: boolean; initialTitle: string }) {
  const { sp } = useServices();
  const state = useAsync(() => (termKey ? getTerm(sp, termKey) : Promise.resolve(null)), [sp, termKey]);
  if (state.status === "loading") return <Loading label="Opening the form…" />;
  if (state.status === "error") {
    return (
      <Frame section="propose" title="Suggest a term">
        <ErrorState error={state.error} onRetry={state.reload} />
      </Frame>
    );
  }
  const term = state.value;
  if (termKey && !term) {
    return (
      <Frame section="propose" title="Suggest a change">
        <EmptyState title={`There is no term “${termKey}” to change.`}>
          <Link href={routeHref("dictionary", ["propose"])}>Suggest a new term instead</Link>
        </EmptyState>
      </Frame>
    );
  }
  const initial = term ? contentFromTerm(term, deprecate ? "Deprecation" : "Change") : { ...emptyContent("New term"), title: initialTitle };
  const title = term ? (deprecate ? `Propose retiring “${term.title}”` : `Suggest a change to “${term.title}”`) : "Suggest a term";
  return (
    <Frame section={term ? null : "propose"} title={title}>
      <Text as="p">Anyone can suggest. The term's steward drafts the wording and its owner, the information asset owner for the service, approves it.</Text>
      <ProposalEditor key={`${term?.id ?? "new"}-${deprecate}`} term={term} initial={initial} />
    </Frame>
  );
}

/** The steward editing a proposal in place (from its page). */
export function ProposalEditForm({ proposal, term, onCancel, onSaved }: { proposal: Proposal; term: Term | null; onCancel: () => void; onSaved: (p: Proposal) => void }) {
  return <ProposalEditor term={term} existing={proposal} initial={contentFromProposal(proposal)} onCancel={onCancel} onSaved={onSaved} />;
}
