import { isConflict } from "../../../core/data/concurrency";
import { useMachine } from "../../../core/ui/use-machine";
import { useServices } from "../../../core/ui/services";
import { useAnnounce } from "../../../core/ui/announcer";
import { notifyApproval } from "../data/approval-notice";
import { createProposal, saveProposal } from "../data/proposals-data";
import type { Proposal } from "../domain/proposal";
import { editorTransition, INITIAL_EDITOR, type Submission } from "../domain/proposal-editor-state";
import type { Term } from "../domain/term";
import type { ProposalStatus } from "../domain/workflow";
import { useDictionary } from "./dictionary-state";

/** The proposal form's saving (domain/proposal-editor-state.ts), against the proposal the person loaded. */
export function useProposalEditor({ existing, term, onSaved }: { existing?: Proposal; term: Term | null; onSaved: (saved: Proposal, status: ProposalStatus) => void }) {
  const services = useServices();
  const { sp } = services;
  const announce = useAnnounce();
  const dictionary = useDictionary();
  const { state, apply, latest } = useMachine(editorTransition, INITIAL_EDITOR);

  const send = async (submission: Submission, status: ProposalStatus) => {
    const step = apply({ type: "checked", submission });
    if (!step.save) return;
    try {
      // After a conflict the person has seen the newer version: their save goes on top of it.
      const saved = existing ? await saveProposal(sp, latest.current.conflict ?? existing, step.save, status) : await createProposal(sp, step.save, status, term);
      apply({ type: "saved" });
      dictionary.proposals.reload();
      onSaved(saved, status);
      notifyApproval(services, saved, status, term, services.person.profile.mail).then(
        (outcome) => outcome?.outcome === "not-sent" && announce(outcome.reason),
        () => announce("The approver could not be notified in Teams. The proposal was saved."),
      );
    } catch (error) {
      apply({ type: "failed", error, current: isConflict<Proposal>(error) ? error.current : undefined });
    }
  };

  return { state, send };
}
