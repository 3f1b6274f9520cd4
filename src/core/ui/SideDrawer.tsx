import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss24Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { useReturnFocus } from "./focus";

const useStyles = makeStyles({
  body: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" } },
});

/**
 * The hub's side drawer for an item or a form: a heading, a close button, a body that scrolls by
 * keyboard too (it can take focus, so a read-only item on a phone can be scrolled with the arrow
 * keys), and focus back on what opened it when it closes.
 */
export function SideDrawer({ open, title, onClose, children, size = "medium" }: { open: boolean; title: ReactNode; onClose: () => void; children: ReactNode; size?: "small" | "medium" | "large" }) {
  const styles = useStyles();
  useReturnFocus(open);
  // Mounted only while open: a closed Fluent drawer still sets up its modal focus trap, whose hidden
  // focus guards would sit at the top of every page that merely offers one.
  if (!open) return null;
  return (
    <OverlayDrawer open position="end" size={size} onOpenChange={(_, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={onClose} />}>{title}</DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody tabIndex={0} role="region" aria-label={typeof title === "string" ? title : "Details"} className={styles.body}>
        {children}
      </DrawerBody>
    </OverlayDrawer>
  );
}
