import { type RefObject, useEffect, useRef } from "react";

/**
 * Returns focus to what opened an overlay (a drawer, a dialog, a menu) when it closes, so a keyboard
 * or screen-reader user carries on where they were. Fluent returns focus itself only while focus is
 * still inside the overlay; a save, a refresh or a re-render can move it to the page's body first.
 * Call with the overlay's `open` on every render; the opener is noted as the overlay opens.
 */
export function useReturnFocus(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Noted while rendering the opening, before the overlay takes focus in its own effects.
  if (open && !wasOpen.current && typeof document !== "undefined") opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  wasOpen.current = open;
  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    if (!target) return;
    // After the overlay's own focus handling has run.
    const frame = requestAnimationFrame(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && target.isConnected) target.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [open]);
}

/**
 * For an overlay that is mounted only while open (a dialog rendered on demand): focus goes back to
 * what was focused when it appeared, once it is gone.
 */
export function useReturnFocusOnUnmount(): void {
  const opener = useRef<HTMLElement | null>(typeof document !== "undefined" && document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useEffect(
    () => () => {
      const target = opener.current;
      if (!target) return;
      requestAnimationFrame(() => {
        releaseStaleModalHiding();
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && target.isConnected) target.focus();
      });
      // Tabster may queue its own update of what the modal hid (a 250 ms timer): check again after it.
      window.setTimeout(releaseStaleModalHiding, 400);
    },
    [],
  );
}

/**
 * A Fluent dialog unmounted while open can leave the app hidden from assistive technology: Tabster's
 * modalizer set `aria-hidden` on the page outside the dialog and, unmounted before it closed, does not
 * always take it off (microsoft/fluentui#35139, microsoft/tabster#530). Once no modal dialog is open,
 * the page holding the main region must not be hidden.
 */
function releaseStaleModalHiding(): void {
  if (document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]')) return;
  for (const hidden of document.querySelectorAll<HTMLElement>("body > [aria-hidden=true]")) if (hidden.querySelector("main")) hidden.removeAttribute("aria-hidden");
}

/**
 * After moving to another page, puts focus on the new page's main heading, so a screen reader starts
 * there and the next Tab goes into the page, not back to the top. Pages load on demand, so it waits
 * (briefly) for the heading. A route change that keeps the same page (a drawer opening over a list)
 * keeps the same heading and leaves focus where it is; so does the first page of a visit.
 */
export function useFocusHeadingOnNavigate(routeKey: string, container: RefObject<HTMLElement | null>): void {
  const first = useRef(true);
  const lastHeading = useRef<string | null>(null);
  const renderedRoute = useRef(routeKey);
  if (renderedRoute.current !== routeKey) {
    // Rendering a new route: the page still shows the one being left, so its heading is read now.
    // (Read later, a drawer opened moments after the page loaded would lose focus to the heading.)
    lastHeading.current = container.current?.querySelector("h1")?.textContent ?? lastHeading.current;
    renderedRoute.current = routeKey;
  }
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const before = lastHeading.current;
    let tries = 0;
    let frame = 0;
    const look = () => {
      const heading = container.current?.querySelector<HTMLElement>("h1");
      if (heading && heading.textContent !== before) {
        lastHeading.current = heading.textContent;
        if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
        heading.focus();
        return;
      }
      if (++tries < 120) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [routeKey, container]);
}
