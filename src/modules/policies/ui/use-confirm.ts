import { useCallback } from "react";
import { useServices } from "../../../core/ui/services";
import { useMachine } from "../../../core/ui/use-machine";
import { confirmReading } from "../data/confirmations-data";
import { confirmTransition, type ConfirmState } from "../domain/confirmation";
import type { PolicyDocument } from "../domain/document";

/** The confirm button: a press while saving (a double click) or after saving sends nothing more. */
export function useConfirm(doc: PolicyDocument, siteUserId: number, onConfirmed: (already: boolean) => void) {
  const { sp } = useServices();
  const { state, apply } = useMachine(confirmTransition, (): ConfirmState => ({ phase: "idle" }));
  const press = useCallback(() => {
    if (!apply({ type: "press" }).save) return;
    confirmReading(sp, doc, siteUserId).then(
      ({ already }) => {
        apply({ type: "saved", already });
        onConfirmed(already);
      },
      (error: unknown) => apply({ type: "failed", error }),
    );
  }, [apply, sp, doc, siteUserId, onConfirmed]);
  return { state, press };
}
