import path from "node:path";
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Browser } from "playwright-core";
import { publicationsList } from "../../src/modules/open-data/lists";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, chooseTheme, closeSuite, newContext, newPage, openHub, openSuite, pageErrors, waitOrSayWhy } from "../support/browser";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => {
  ({ hub, browser } = await openSuite());
});
afterAll(() => closeSuite(hub, browser));

const fixture = (name: string) => path.join(__dirname, "..", "fixtures", "open-data", name);

describe("open data in a browser", () => {
  it("blocks small numbers, publishes once they are suppressed: the package downloads, the record is saved and the calendar's return lists its publications", async () => {
    const page = await newPage(await newContext(browser, { acceptDownloads: true }), hub);
    await openHub(page, hub, "asset-owner", "open-data?tab=prepare");
    await page.getByRole("heading", { name: "Prepare a publication" }).waitFor();
    await page.getByLabel(/The file to publish/).setInputFiles(fixture("homelessness.csv"));
    await page.getByLabel("Schema (Table Schema JSON file)").setInputFiles(fixture("homelessness.schema.json"));
    await page.getByText("Schema: homelessness.schema.json").waitFor();
    await page.getByRole("checkbox", { name: /Suppress small counts/ }).uncheck();
    await page.getByRole("button", { name: "Check the file" }).click();

    const small = page.getByRole("region", { name: "No small numbers" });
    await waitOrSayWhy(small.getByText("Failed", { exact: true }));
    await small.getByRole("table").getByRole("row", { name: /2 Relief Below 5/ }).waitFor();
    const publish = page.getByRole("button", { name: "Publish: download the package and save the record" });
    expect(await publish.getAttribute("aria-disabled")).toBe("true");
    for (const theme of ["default", "contrast"] as const) {
      await chooseTheme(page, theme);
      expect(await axeViolations(page)).toEqual([]);
    }

    // Fixed: suppressed, with the rule recorded.
    await page.getByRole("checkbox", { name: /Suppress small counts/ }).check();
    await page.getByRole("button", { name: "Check again" }).click();
    await waitOrSayWhy(small.getByText("Passed", { exact: true }));
    await page.getByLabel("Title").fill("Homelessness decisions by ward, July to September 2026");
    await page.getByLabel("Description").fill("Decisions on homelessness applications by ward and by the duty owed, for the quarter, with small counts suppressed.");
    await page.getByLabel("Identifier").fill("https://www.havant.gov.uk/open-data/homelessness-decisions");
    await page.getByLabel("Period covered: from").fill("01/07/2026");
    await page.getByLabel("Period covered: to").fill("30/09/2026");
    expect(await page.getByLabel("File name").inputValue()).toBe("homelessness.csv");
    const before = hub.itemCount(publicationsList.title);
    const [download] = await Promise.all([page.waitForEvent("download"), publish.click()]);
    expect(download.suggestedFilename()).toBe("homelessness.zip");
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Buffer.from(files["homelessness.csv"]!).toString("utf8")).toContain("Bedhampton,*,*,25");
    expect(Object.keys(files).sort()).toEqual(["homelessness.csv", "homelessness.csv-metadata.json", "homelessness.dcat.jsonld"]);

    await waitOrSayWhy(page.getByRole("heading", { name: "Homelessness decisions by ward, July to September 2026", level: 1 }));
    await page.getByText("Published: the package has downloaded and this record is saved.").waitFor();
    expect(hub.itemCount(publicationsList.title)).toBe(before + 1);
    await page.getByRole("table", { name: "Checks when it was published" }).getByRole("row", { name: /No small numbers Passed 4/ }).waitFor();
    await chooseTheme(page, "dark");
    expect(await axeViolations(page)).toEqual([]);

    // The reporting calendar's Transparency Code return lists the publications that answer it.
    hub.seed(publicationsList.title, [{ Title: "Spend over £500, July 2026", PublicationKey: "browser-spend-1", FileName: "spend-2026-07.csv", PublishedOn: "2026-08-20T09:00:00Z", ReturnKey: "transparency-spend-over-500", DueDate: "2026-08-31" }], { as: "data-lead" });
    await page.evaluate(() => void (location.hash = "#/kpis/return/transparency-spend-over-500"));
    const section = page.getByRole("region", { name: "Open data publications" });
    await waitOrSayWhy(section.getByRole("link", { name: "Spend over £500, July 2026" }));
    await section.getByText(/on time \(due 31\/08\/2026\)/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});
