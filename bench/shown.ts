import type { Page } from "playwright-core";

/**
 * When each condition first held on screen, stamped inside the page: checked on every change to the
 * page, then stamped at the next frame (as the browser is about to paint it). Timing from the bench's
 * side (waiting for a locator, then asking the page for the time) also counts however long the Node
 * process takes to notice, and the local tenant answers SharePoint's requests in that same process:
 * while it serialises 5,000-item pages, the bench's clock stands still and the figure grows.
 *
 * Each condition is JavaScript source, evaluated in the page (a string: tsx adds helpers to functions
 * that the page does not have). Call before navigating; the stamps survive nothing but the page load.
 */
export async function stampWhenShown(page: Page, conditions: Record<string, string>): Promise<void> {
  const tests = Object.entries(conditions)
    .map(([name, condition]) => `[${JSON.stringify(name)}, () => (${condition})]`)
    .join(",");
  await page.addInitScript(`(() => {
    const shown = (window.__shown = {});
    const tests = [${tests}];
    const check = () => {
      for (const [name, test] of tests) {
        if (name in shown) continue;
        let holds = false;
        try { holds = Boolean(test()); } catch { holds = false; }
        if (holds) {
          shown[name] = null;
          requestAnimationFrame(() => (shown[name] = performance.now()));
        }
      }
      if (tests.every(([name]) => name in shown)) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  })();`);
}

/** The stamp of a condition on the page now open, waiting (inside the page) until it is there. */
export async function shownAt(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction((key) => (window as unknown as { __shown?: Record<string, number | null> }).__shown?.[key] ?? undefined, name, { timeout: timeoutMs, polling: 100 });
  return Math.round((await handle.jsonValue()) as number);
}

/** A page condition: an element with exactly this text (its own, trimmed). */
export function elementWithText(selector: string, text: string): string {
  return `[...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => e.textContent.trim() === ${JSON.stringify(text)})`;
}

/** A page condition: the main region's text matches this pattern (a substring, or a regular expression's source). */
export function mainTextMatches(pattern: string | RegExp): string {
  const source = typeof pattern === "string" ? pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : pattern.source;
  return `new RegExp(${JSON.stringify(source)}).test(document.querySelector("main")?.textContent ?? "")`;
}

/** Home is ready when the principles' figures are on screen (a card's counts by RAG appear with them). */
export const HOME_FIGURES = `document.querySelector('section[aria-labelledby="principles-heading"] ul[aria-label$=": actions by RAG"]')`;
