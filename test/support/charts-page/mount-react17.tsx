import type { ReactElement } from "react";
import { render } from "react-dom";

/** React 17's render, as the SharePoint web parts mount (the React 17 build of the page uses this file). */
export function mount(element: HTMLElement, app: ReactElement): void {
  render(app, element);
}
