import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useReturnFocusOnUnmount } from "./focus";

/**
 * Asks before something that cannot simply be undone (cancelling a booking). Render it only while
 * asking; focus goes back to the button that asked when it closes, whichever way.
 */
export function ConfirmDialog({ title, children, confirmLabel, keepLabel, onConfirm, onClose }: { title: string; children: ReactNode; confirmLabel: string; keepLabel: string; onConfirm: () => void; onClose: () => void }) {
  useReturnFocusOnUnmount();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button onClick={onClose}>{keepLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
