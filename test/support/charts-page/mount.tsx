import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";

/** React 18's root; the React 17 build of this page swaps this file for mount-react17.tsx. */
export function mount(element: HTMLElement, app: ReactElement): void {
  createRoot(element).render(app);
}
