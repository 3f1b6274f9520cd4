import { useRef, useState } from "react";
import { isConflict } from "../../../core/data/concurrency";
import { useServices } from "../../../core/ui/services";
import { confirmReviewed } from "../data/terms-data";
import { INITIAL_REVIEW, type ReviewEvent, type ReviewState, reviewTransition } from "../domain/review-state";
import type { Term } from "../domain/term";
import { useDictionary } from "./dictionary-state";

/** A term page's review confirmation and history toggle (domain/review-state.ts). */
export function useTermReview(term: Term, nextReview: string, onChanged: () => void) {
  const { sp } = useServices();
  const dictionary = useDictionary();
  const [state, setState] = useState<ReviewState>(INITIAL_REVIEW);
  const latest = useRef(state);
  const apply = (event: ReviewEvent) => {
    const next = reviewTransition(latest.current, event);
    latest.current = next.state;
    setState(next.state);
    return next;
  };

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
