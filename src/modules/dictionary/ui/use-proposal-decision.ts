import { isConflict } from "../../../core/data/concurrency";
import { useMachine } from "../../../core/ui/use-machine";
import { useServices } from "../../../core/ui/services";
import { approveProposal, decideProposal } from "../data/proposals-data";
import { decisionTransition, INITIAL_DECISION } from "../domain/decision-state";
import type { Proposal } from "../domain/proposal";
import type { Term } from "../domain/term";
import { type Actor, type ProposalAction, transition } from "../domain/workflow";
import { glossaryList } from "../lists";
import { useDictionary } from "./dictionary-state";

/** Decisions on one proposal (domain/decision-state.ts): the machine says what to save; this saves it. */
export function useProposalDecision({ proposal, term, actor, overlapping, reload }: { proposal: Proposal; term: Term | null; actor: Actor; overlapping: number; reload: () => void }) {
  const { sp } = useServices();
  const dictionary = useDictionary();
  const { state, apply, latest } = useMachine(decisionTransition, INITIAL_DECISION);

  const act = async (action: ProposalAction) => {
    const needsComment = action === "send-back" || action === "decline";
    const verdict = transition(proposal.status, action, actor, needsComment ? latest.current.comment : "");
    const { run } = apply({ type: "act", action, verdict, overlapping });
    if (!run) return;
    try {
      if (run.action === "approve") {
        const published = await approveProposal(sp, proposal, term, new Date());
        dictionary.upsert(published);
        apply({ type: "succeeded", published: { key: published.key, title: published.title } });
      } else {
        await decideProposal(sp, proposal, run.next, run.comment);
        apply({ type: "succeeded" });
      }
      dictionary.proposals.reload();
      reload();
    } catch (error) {
      apply({ type: "failed", error });
      // A conflict shows the newer version once reloaded; the comment stays typed.
      if (isConflict<Term>(error, glossaryList)) dictionary.upsert(error.current);
      if (isConflict(error)) reload();
    }
  };

  return { state, act, setComment: (text: string) => apply({ type: "comment", text }), edit: () => apply({ type: "edit" }), stopEditing: () => apply({ type: "stop-editing" }) };
}
