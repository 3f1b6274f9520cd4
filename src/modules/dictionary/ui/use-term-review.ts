import { isConflict } from "../../../core/data/concurrency";
import { useMachine } from "../../../core/ui/use-machine";
import { useServices } from "../../../core/ui/services";
import { confirmReviewed } from "../data/terms-data";
import { INITIAL_REVIEW, reviewTransition } from "../domain/review-state";
import type { Term } from "../domain/term";
import { useDictionary } from "./dictionary-state";

/** A term page's review confirmation and history toggle (domain/review-state.ts). */
export function useTermReview(term: Term, nextReview: string, onChanged: () => void) {
  const { sp } = useServices();
  const dictionary = useDictionary();
  const { state, apply } = useMachine(reviewTransition, INITIAL_REVIEW);

  const confirm = async () => {
    if (!apply({ type: "confirm" }).save) return;
    try {
      dictionary.upsert(await confirmReviewed(sp, term, nextReview));
      apply({ type: "confirmed" });
      onChanged();
    } catch (error) {
      apply({ type: "failed", error });
      if (isConflict<Term>(error)) dictionary.upsert(error.current);
    }
  };

  return { state, confirm, showHistory: () => apply({ type: "show-history" }) };
}
