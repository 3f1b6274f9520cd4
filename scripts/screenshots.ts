/**
 * `npm run screenshots`: pictures of the tracker, training and the dictionary at 360 px (Teams
 * mobile), as the README's accessibility statement shows them. Builds nothing: run after
 * `npx vite build` (npm test builds dist/). Local mode, the data lead, the default theme.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { startTenant } from "../tenant/src/server";

const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SCREENS = [
  { route: "actions", file: "tracker-360.png", ready: "Showing " },
  { route: "training", file: "training-360.png", ready: "Catalogue" },
  { route: "dictionary", file: "dictionary-360.png", ready: "Search" },
];

const dist = path.join(process.cwd(), "dist");
if (!fs.existsSync(path.join(dist, "index.html"))) throw new Error("dist/ is missing: run `npx vite build` first.");
const out = path.join(process.cwd(), "docs", "screenshots");
fs.mkdirSync(out, { recursive: true });

const hub = await startTenant({ dataDir: null, appDir: dist });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/London", viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const screen of SCREENS) {
    await page.goto(`${hub.origin}/?persona=data-lead&theme=default#/${screen.route}`);
    await page.locator("main h1").first().waitFor();
    await page.getByText(screen.ready).first().waitFor();
    await page.waitForFunction(() => !document.querySelector(".fui-Spinner") && document.getAnimations().every((a) => a.playState !== "running"));
    await page.screenshot({ path: path.join(out, screen.file) });
    console.log(`docs/screenshots/${screen.file}`);
  }
} finally {
  await browser.close();
  await hub.close();
}
