import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import type { ThemeName } from "../../src/core/ui/theme";
import { startTenant, type Tenant, type TenantOptions } from "../../tenant/src/server";
import { TAB_ORIGIN } from "./teams-host";

export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const THEMES: ThemeName[] = ["default", "dark", "contrast"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS });
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

/** A page that may only talk to the local hub: teams-js and Power BI call out to Microsoft, which fails offline anyway. */
export async function newPage(context: BrowserContext, hub: Tenant): Promise<Page> {
  const page = await context.newPage();
  await page.route("**/*", (route) => (route.request().url().startsWith(hub.origin) ? route.continue() : route.abort()));
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

/** Opens the hub signed in as a persona (local mode's URL switch), at a route, in a theme. */
export async function openHub(page: Page, hub: Tenant, persona: string, route = "", theme: ThemeName = "default"): Promise<void> {
  await page.goto(`${hub.origin}/?persona=${persona}&theme=${theme}#/${route}`);
  // Attached, not visible: in a narrow tab the navigation folds behind the menu button.
  await page.locator('nav[aria-label="Data Hub"]').waitFor({ state: "attached" });
}

/**
 * WCAG 2.2 AA with axe. Excludes only Tabster's focus-guard elements, a known false positive
 * (aria-hidden-focus on [data-tabster-dummy]); nothing broader. axe ships the WCAG 2.5.3 check
 * (a visible label must be part of the accessible name) as "experimental", off by default: it is
 * switched on here, because voice-control users say what they see. `onlyRules` runs just those rules.
 */
export async function axeViolations(page: Page, onlyRules?: string[]): Promise<{ id: string; impact: string | null | undefined; nodes: string[] }[]> {
  // Contrast measured mid-animation (a drawer fading in) is not what a person reads: let motion settle.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  // options() replaces what withTags() set, so it goes first.
  const builder = new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } });
  if (onlyRules) builder.withRules(onlyRules);
  else builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  const results = await builder
    .exclude("[data-tabster-dummy]")
    // The same focus guards inside the simulated Teams host's tab frame (test/support/teams-host-page.js).
    .exclude(["#stage iframe", "[data-tabster-dummy]"])
    .analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
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
