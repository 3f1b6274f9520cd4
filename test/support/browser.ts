import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Locator, type Page } from "playwright-core";
import type { ThemeName } from "../../src/core/ui/theme";
import { startTenant, type Tenant, type TenantOptions } from "../../tenant/src/server";
import { TAB_ORIGIN } from "./teams-host";

export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const THEMES: ThemeName[] = ["default", "dark", "contrast"];

/**
 * Only the local hub is reachable: every other host name fails to resolve (teams-js and Power BI call
 * out to Microsoft, which fails offline anyway). This is Chromium's own resolver rather than
 * Playwright's request routing, which pauses every request of the page for the test's Node process
 * (the process that also runs the hub) and turns off the browser's HTTP cache. Tests that simulate
 * Teams or SharePoint origins route those origins themselves, which comes before name resolution.
 */
const ONLY_THE_LOCAL_HUB = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_FLAGS, ONLY_THE_LOCAL_HUB] });
}

/** A browser context as council staff have it: British English, UK time. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: "en-GB", timezoneId: "Europe/London", ...options });
}

/**
 * The built tab served by an in-memory tenant, as `npm start` serves it. `npm test` builds dist/ first.
 * The simulated tab host (teams-host.ts) is an allowed origin, as a real tenant answers the tab's own host.
 */
export async function startHub(options: Omit<TenantOptions, "appDir" | "dataDir"> = {}): Promise<Tenant> {
  const appDir = path.join(process.cwd(), "dist");
  if (!fs.existsSync(path.join(appDir, "index.html"))) throw new Error("dist/ is missing: run `npx vite build` (npm test does) before the browser tests.");
  return startTenant({ ...options, dataDir: null, appDir, allowedOrigins: [TAB_ORIGIN, ...(options.allowedOrigins ?? [])] });
}

/** One hub and one browser for a test file: `beforeAll(async () => ({ hub, browser } = await openSuite()))`. */
export async function openSuite(options: Omit<TenantOptions, "appDir" | "dataDir"> = {}): Promise<{ hub: Tenant; browser: Browser }> {
  const [hub, browser] = await Promise.all([startHub(options), launchBrowser()]);
  return { hub, browser };
}

export async function closeSuite(hub: Tenant | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await hub?.close();
}

/** A page whose script errors are kept for pageErrors(); the browser reaches only the local hub (launchBrowser). */
export async function newPage(context: BrowserContext, _hub?: Tenant): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  uncaught.set(page, errors);
  return page;
}

const uncaught = new WeakMap<Page, string[]>();

/** Script errors the page threw since it was opened with newPage(). */
export function pageErrors(page: Page): string[] {
  return uncaught.get(page) ?? [];
}

/**
 * Records, from the next navigation on, everything said in the page's live regions. A message can be
 * replaced within a frame by the next one (an owner saved, then told in Teams), too quickly to be
 * seen by polling; `heard` then still finds it.
 */
export async function listenForAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const node = mutation.target;
        const region = (node instanceof Element ? node : node.parentElement)?.closest("[aria-live]");
        const text = region?.textContent?.trim();
        if (text && heard[heard.length - 1] !== text) heard.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Waits until a live region has said `text` (see listenForAnnouncements). */
export async function heard(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => (window as unknown as { heard?: string[] }).heard?.includes(wanted), text);
}

/** Opens the hub signed in as a persona (local mode's URL switch), at a route, in a theme. */
export async function openHub(page: Page, hub: Tenant, persona: string, route = "", theme: ThemeName = "default"): Promise<void> {
  await page.goto(`${hub.origin}/?persona=${persona}&theme=${theme}#/${route}`);
  // Attached, not visible: in a narrow tab the navigation folds behind the menu button.
  await page.locator('nav[aria-label="Data Hub"]').waitFor({ state: "attached" });
}

/**
 * Waits for what a step should show; if it never comes, the error carries what the page's main
 * region said instead (an error message, a form's error summary), so a failure in CI explains itself.
 */
export async function waitOrSayWhy(locator: Locator): Promise<void> {
  try {
    await locator.waitFor();
  } catch (error) {
    const page = locator.page();
    const said = await page.locator("main").first().innerText({ timeout: 2_000 }).catch(() => "(the page could not be read)");
    // What hides content from the accessibility tree (an open modal's aria-hidden, an inert region).
    const hidden = await page
      .evaluate(() => [...document.querySelectorAll("[aria-hidden=true], [inert]")].filter((el) => el.querySelector("h1, h2, main")).map((el) => `<${el.tagName.toLowerCase()} ${el.getAttribute("aria-hidden") ? "aria-hidden" : "inert"}> holding: ${(el.textContent ?? "").slice(0, 80)}`))
      .catch(() => [] as string[]);
    throw new Error(`${(error as Error).message}\nThe page's main region said instead:\n${said.slice(0, 2_000)}${hidden.length ? `\nHidden from assistive technology:\n${hidden.join("\n")}` : ""}`, { cause: error });
  }
}

/**
 * Types into a people picker and chooses the person named: waits until the picker has finished
 * searching for what was typed (aria-busy), so the choice is made from the list for that text rather
 * than on the list for the text before, which is being replaced.
 */
export async function choosePerson(picker: Locator, typed: string, name: RegExp): Promise<void> {
  // The search for this text starts in an effect after the keystroke and ends when its results are
  // listed, so the list chosen from is the one for `typed`, not one left from earlier typing. The page
  // itself watches aria-busy go true and back: polling from here could miss a search that ends
  // between two looks (one did, on a busy machine).
  await picker.evaluate((input) => {
    const watched = input as HTMLInputElement & { searchSeen?: Promise<void> };
    watched.searchSeen = new Promise<void>((resolve) => {
      let busy = false;
      const observer = new MutationObserver(() => {
        if (input.getAttribute("aria-busy") === "true") busy = true;
        else if (busy) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(input, { attributes: true, attributeFilter: ["aria-busy"] });
    });
  });
  await picker.fill(typed);
  await picker.evaluate(
    (input, text) =>
      Promise.race([
        (input as HTMLInputElement & { searchSeen?: Promise<void> }).searchSeen,
        new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`The people picker never finished searching for "${text}".`)), 30_000)),
      ]),
    typed,
  );
  // Chosen with the keyboard (arrow to the option, Enter), as the picker is meant to be used: a click
  // lands where the option was when Playwright measured it, and the list is still being placed by its
  // positioning code on a busy machine, so a click could miss it (two CI runs lost the choice that way).
  const page = picker.page();
  await page.getByRole("option", { name }).first().waitFor();
  for (let step = 0; ; step++) {
    await picker.press("ArrowDown");
    const active = await picker.getAttribute("aria-activedescendant");
    const text = active ? await page.locator(`[id="${active}"]`).innerText() : "";
    if (name.test(text)) break;
    if (step > 20) throw new Error(`The keyboard never reached an option matching ${name} in the picker.`);
  }
  await picker.press("Enter");
  await page.waitForFunction(([input, pattern]) => new RegExp(pattern as string).test((input as HTMLInputElement).value), [await picker.elementHandle(), name.source] as const);
}

// Read when first needed, from the project's own install (this file runs under Jest and tsx alike).
let axeSource: string | undefined;
const AXE_SOURCE = () => (axeSource ??= fs.readFileSync(path.join(process.cwd(), "node_modules", "axe-core", "axe.min.js"), "utf8"));
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type AxeViolation = { id: string; impact: string | null | undefined; nodes: string[] };

/**
 * WCAG 2.2 AA with axe, in every frame of the page (the simulated Teams host's tab frame, a
 * report's frame). Excludes only Tabster's focus-guard elements, a known false positive
 * (aria-hidden-focus on [data-tabster-dummy]); nothing broader. axe ships the WCAG 2.5.3 check
 * (a visible label must be part of the accessible name) as "experimental", off by default: it is
 * switched on here, because voice-control users say what they see. `onlyRules` runs just those rules.
 *
 * axe-core runs in the page itself, loaded once per document. @axe-core/playwright's analyze()
 * opened a second page for every call to merge frame results, about 3 s each; the checks are the
 * same engine and rules, now 0.1–1.5 s a screen.
 */
/**
 * Resolves once the document has been still for a moment: no DOM change for 200 ms (longer than
 * Fluent's 100–200 ms colour transitions), then no animation running. Contrast measured mid-change
 * (a drawer fading in, a button turning from disabled to enabled as data arrives) is not what a
 * person reads. Gives up waiting after 5 s, for pages that never stop changing.
 */
function settle(): Promise<void> {
  return new Promise((resolve) => {
    const quietFor = 200;
    const giveUp = Date.now() + 5_000;
    let timer: ReturnType<typeof setTimeout>;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, Date.now() < giveUp ? quietFor : 0);
    });
    function done() {
      observer.disconnect();
      const moving = document.getAnimations().some((a) => a.playState === "running");
      if (moving && Date.now() < giveUp) setTimeout(done, 50);
      else resolve();
    }
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(done, quietFor);
  });
}

/**
 * Axe re-reads every style sheet (its "preload") for two rules only: orientation locked by CSS
 * (WCAG 1.3.4) and autoplaying audio. Neither depends on the screen or theme: the app has one set of
 * styles and no media, so the every-screen test runs them on every module's page (`withStyleSheets`),
 * and other calls skip the re-read, about a third of each check's time (150–200 ms a screen).
 */
export async function axeViolations(page: Page, onlyRules?: string[], { withStyleSheets = false } = {}): Promise<AxeViolation[]> {
  const options = {
    runOnly: onlyRules ? { type: "rule", values: onlyRules } : { type: "tag", values: WCAG_22_AA },
    rules: { "label-content-name-mismatch": { enabled: true } },
    resultTypes: ["violations"],
    preload: withStyleSheets,
    // Each frame is checked on its own below, with the same exclusion.
    iframes: false,
  };
  const byRule = new Map<string, AxeViolation>();
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    await frame.evaluate(settle);
    if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(AXE_SOURCE());
    const violations = await frame.evaluate(async (options) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results = await axe.run({ exclude: ["[data-tabster-dummy]"] }, options as import("axe-core").RunOptions);
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
    }, options);
    const where = frame === page.mainFrame() ? "" : `${frame.name() || frame.url()} >> `;
    for (const v of violations) {
      const seen = byRule.get(v.id) ?? { id: v.id, impact: v.impact, nodes: [] };
      seen.nodes.push(...v.nodes.map((n) => where + n));
      byRule.set(v.id, seen);
    }
  }
  return [...byRule.values()];
}

/**
 * How far the page scrolls sideways once it has laid itself out again after a resize: charts and
 * media queries answer a resize a frame or two later, so this waits (up to 5 s) for the page to fit
 * before measuring what is left. 0 or less means it fits.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, { timeout: 5_000 }).catch(() => undefined);
  return overflow();
}

/** Picks a theme from the header's Theme choice (a native select) and waits for the page to wear it. */
export async function chooseTheme(page: Page, theme: ThemeName): Promise<void> {
  await page.getByRole("combobox", { name: "Theme" }).selectOption(theme);
  await page.waitForFunction((name) => document.documentElement.dataset.theme === name, theme);
}

/**
 * The view cache's keys as the page sees them (IndexedDB `datahub-views`), empty if the app has not made
 * the store yet; never creates it. A string, not a function: the benches run this file under tsx, whose
 * helpers the page does not have.
 */
const VIEW_CACHE_KEYS = `new Promise((resolve) => {
  const open = indexedDB.open("datahub-views");
  open.onupgradeneeded = () => open.transaction.abort();
  open.onerror = () => resolve([]);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains("views")) { db.close(); return resolve([]); }
    const keys = db.transaction("views", "readonly").objectStore("views").getAllKeys();
    keys.onsuccess = () => { db.close(); resolve(keys.result.map(String)); };
  };
})`;

export function viewCacheKeys(page: Page): Promise<string[]> {
  return page.evaluate(VIEW_CACHE_KEYS) as Promise<string[]>;
}

/** Waits until the view cache holds a key the test wants (a screen's answer saved), so a reload can show it. */
export async function waitUntilViewCached(page: Page, wanted: (key: string) => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await viewCacheKeys(page)).some(wanted)) {
    if (Date.now() > deadline) throw new Error("The view cache never held the screen's answer.");
    await page.waitForTimeout(100);
  }
}
