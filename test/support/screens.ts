import type { Page } from "playwright-core";
import { MODULES } from "../../src/modules";
import type { Tenant } from "../../tenant/src/server";
import type { ThemeName } from "../../src/core/ui/theme";
import { openHub } from "./browser";

/** What every-screen*.test.ts share: the list of screens and how each is reached and let settle. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
export const screens = MODULES.map((m) => ({ id: m.id, title: m.title }));

/** Waits until the page has loaded what it shows: no spinner, no skeleton, motion settled. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(".fui-Spinner, [aria-busy='true']"), undefined, { timeout: 20_000 });
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

export async function goTo(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/${id}`);
  await page.locator("main h1").first().waitFor();
  await settled(page);
}

/** Each view of the current screen in turn: the page as it opens, then each view tab on it. */
export async function eachView(page: Page, visit: (view: string) => Promise<void>): Promise<void> {
  await visit("");
  const tabs = page.locator("main").getByRole("tab");
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const name = (await tab.getAttribute("aria-label")) ?? (await tab.innerText()).split("\n")[0]!.trim();
    await tab.click();
    await settled(page);
    await visit(name);
  }
}

/** Teams tells a tab its theme as the tab opens; local mode reads it from the address the same way. */
export async function openInTheme(page: Page, hub: Tenant, theme: ThemeName): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openHub(page, hub, "data-lead", "", theme);
  await page.waitForFunction((name) => document.documentElement.dataset.theme === name, theme);
  await settled(page);
}
