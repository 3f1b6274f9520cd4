import type { Browser } from "playwright-core";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, launchBrowser, newContext, newPage, startHub } from "../support/browser";

const entraConfig = {
  mode: "entra",
  tenantId: "5f0c1b9e-0000-4d7a-9c8e-6a1b2c3d4e5f",
  clientId: "0d7c0c36-8b9a-4c1e-9d2f-1a2b3c4d5e6f",
  siteUrl: "https://havant.sharepoint.com/sites/datahub",
  graphOrigin: "https://graph.microsoft.com",
  roleGroups: { staff: [], manager: [], "asset-owner": [], "data-lead": [], "focus-group": [], councillor: [] },
};

let hub: Tenant;
let browser: Browser;
beforeAll(async () => {
  [hub, browser] = await Promise.all([startHub({ appConfig: entraConfig }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe("the tab configured for a real tenant, in a plain browser", () => {
  it("asks the person to sign in (silent sign-in failed offline) instead of opening a popup by itself", async () => {
    const context = await newContext(browser);
    const page = await newPage(context, hub);
    let popups = 0;
    context.on("page", () => popups++);
    await page.goto(`${hub.origin}/`);
    await page.getByRole("heading", { name: "Sign in to Data Hub" }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole("button", { name: "Sign in" }).isVisible()).toBe(true);
    expect(popups).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("explains a broken config.json by naming the field", async () => {
    const broken = await startHub({ appConfig: { ...entraConfig, clientId: "" } });
    const context = await newContext(browser);
    const page = await newPage(context, broken);
    await page.goto(`${broken.origin}/`);
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("Something went wrong");
    await context.close();
    await broken.close();
  });

  it("ships MSAL's redirect bridge page", async () => {
    const response = await fetch(`${hub.origin}/redirect.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Signing you in");
  });
});
