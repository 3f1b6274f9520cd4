import { useServices } from "../../../core/ui/services";
import type { ModulePageProps } from "../../../core/module";
import { RESERVED_KEYS } from "../domain/term";
import { DictionaryProvider } from "./dictionary-state";
import { ProposalForm } from "./ProposalForm";
import { ProposalQueue } from "./ProposalQueue";
import { ProposalView } from "./ProposalView";
import { SearchView } from "./SearchView";
import { TermView } from "./TermView";
import { UsageView } from "./UsageView";

/**
 * The data dictionary. Routes, all under `#/dictionary`:
 *   (none)              find a term: search as you type, browse A–Z, by kind, status and service
 *   /<key or id>        one term (the shareable link)
 *   /propose            suggest a new term; `?term=<key>` a change to one, `&kind=deprecation` retiring it
 *   /proposals          work queues: to approve, to draft, due for review
 *   /proposals/<id>     one proposal: review, approve, send back; edit if you are its steward
 *   /use                how the dictionary is used (the strategy's "metric standardisation" audit)
 * `?view=plain` (and councillors by default) shows plain English first and no workflow: the
 * intranet web part for councillors renders this page so.
 */
export default function DictionaryPage({ rest, params }: ModulePageProps) {
  const { person } = useServices();
  const councillorOnly = person.roles.length > 0 && person.roles.every((r) => r === "councillor");
  const plain = params.get("view") === "plain" || (councillorOnly && params.get("view") !== "full");
  const [section, id] = rest;
  // Workflow pages are not part of the plain-language glossary: their addresses show the search instead.
  const workflow = section !== undefined && RESERVED_KEYS.has(section);
  return (
    <DictionaryProvider plain={plain}>
      {section === undefined || (workflow && plain) ? (
        <SearchView />
      ) : section === "propose" ? (
        <ProposalForm termKey={params.get("term")} deprecate={params.get("kind") === "deprecation"} initialTitle={params.get("title") ?? ""} />
      ) : section === "proposals" ? (
        id ? <ProposalView id={Number(id)} notice={params.get("done")} /> : <ProposalQueue />
      ) : section === "use" ? (
        <UsageView />
      ) : (
        <TermView keyOrId={section} />
      )}
    </DictionaryProvider>
  );
}
