import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { enrolmentsList, sessionsList, trainerConfirmationsList } from "../../src/modules/training/lists";
import type { Tenant } from "../../tenant/src/server";
import { axeViolations, closeSuite, newContext, newPage, openHub, openSuite, THEMES, waitOrSayWhy } from "../support/browser";

let hub: Tenant;
let browser: Browser;
beforeAll(async () => ({ hub, browser } = await openSuite()));
afterAll(() => closeSuite(hub, browser));

/** A session that started earlier today, so learners may confirm completion; with a given number of places. */
function sessionToday(courseKey: string, capacity: number, title = "Test session", meetingLink?: string): void {
  const start = new Date();
  start.setUTCHours(0, 5, 0, 0);
  const link = meetingLink ? { MeetingLink: { Url: meetingLink, Description: "Teams meeting" } } : {};
  hub.seed(sessionsList.title, [{ Title: title, CourseKey: courseKey, StartTime: start.toISOString(), Location: "Test room", Capacity: capacity, ...link }]);
}

async function openTraining(page: Page, persona: string, query = "", theme?: (typeof THEMES)[number]) {
  await openHub(page, hub, persona, `training${query}`, theme);
  await waitOrSayWhy(page.getByRole("heading", { name: "Training", level: 1 }));
}

async function uplift(page: Page): Promise<string> {
  await openTraining(page, "manager", "?tab=figures");
  const section = page.getByRole("region", { name: "Confidence before and after training" }).or(page.locator("section").filter({ hasText: "Confidence before and after training" }));
  await section.getByText(/learner|No learner/).first().waitFor();
  return (await section.textContent()) ?? "";
}

describe("the training catalogue in a browser", () => {
  it("finds a course, books it with ratings, completes it, rates again, and the manager's figures change", async () => {
    sessionToday("sharepoint", 10, "Today's SharePoint session");
    const context = await newContext(browser);
    const [learner, manager] = [await newPage(context, hub), await newPage(await newContext(browser), hub)];
    const before = await uplift(manager);
    expect(before).toContain("No learner has answered both surveys yet");

    await openTraining(learner, "staff");
    await learner.getByLabel("Search courses").fill("sharing documents");
    await learner.getByRole("heading", { name: "SharePoint for teams" }).waitFor();
    await learner.getByRole("status").filter({ hasText: /^1 course$/ }).waitFor();
    await learner.getByRole("button", { name: /^Book a place: SharePoint for teams, .* at 00:05$/ }).click();
    const dialog = learner.getByRole("dialog");
    await dialog.getByRole("button", { name: "Book with my ratings" }).click();
    await dialog.getByText("Rate your confidence in working with lists.").waitFor();
    for (const skill of ["Finding and sharing documents", "Working with lists", "Managing access"]) await dialog.getByRole("radiogroup", { name: skill }).getByRole("radio", { name: "2" }).check();
    await dialog.getByRole("button", { name: "Book with my ratings" }).click();
    await learner.getByText("You have a place on SharePoint for teams.").waitFor();
    // The booking dialog is gone, and so is the hiding it put on the rest of the page (a Fluent/Tabster
    // leak when a dialog unmounts while open: core/ui/focus.ts).
    await learner.locator("body > [aria-hidden=true] main").waitFor({ state: "detached" });

    await openTraining(learner, "staff", "?tab=mine");
    const booking = learner.getByRole("group", { name: "SharePoint for teams" }).or(learner.getByLabel("SharePoint for teams"));
    await booking.getByRole("button", { name: "I have completed this" }).click();
    await learner.getByText("Marked as completed.").waitFor();
    await learner.getByRole("button", { name: "Rate my confidence after" }).click();
    for (const skill of ["Finding and sharing documents", "Working with lists", "Managing access"]) await learner.getByRole("dialog").getByRole("radiogroup", { name: skill }).getByRole("radio", { name: "5 Very confident" }).check();
    await learner.getByRole("dialog").getByRole("button", { name: "Save my ratings" }).click();
    await learner.getByText("Thank you: your ratings are saved.").waitFor();

    const later = await newPage(await newContext(browser), hub);
    const after = await uplift(later);
    expect(after).toContain("From 1 learner who answered both: average confidence 2.0 before, 5.0 after (+3.0 on a 1 to 5 scale)");
    const byCourse = later.getByRole("table", { name: "By course" });
    expect(await byCourse.getByRole("row", { name: /SharePoint for teams/ }).textContent()).toContain("100%");
  });

  it("puts the second person on the waiting list when the last place is taken", async () => {
    sessionToday("leading-with-data", 1, "One place only", "https://teams.microsoft.com/l/meetup-join/example");
    const first = await newPage(await newContext(browser), hub);
    await openTraining(first, "manager", "?q=evidence");
    expect(await first.getByRole("link", { name: "Teams meeting link (opens in a new tab)" }).getAttribute("href")).toBe("https://teams.microsoft.com/l/meetup-join/example");
    await first.getByRole("button", { name: /^Book a place: Leading with data, .* at 00:05$/ }).click();
    await first.getByRole("dialog").getByRole("button", { name: "Book, rate later" }).click();
    await first.getByText("You have a place on Leading with data.").waitFor();

    const second = await newPage(await newContext(browser), hub);
    await openTraining(second, "data-lead", "?q=evidence");
    await second.getByRole("button", { name: /^Join waiting list: Leading with data, .* at 00:05$/ }).click();
    await second.getByRole("dialog").getByRole("button", { name: "Book, rate later" }).click();
    await second.getByText("The session is full: you are number 1 on the waiting list for Leading with data.").waitFor();
  });

  it("books with the keyboard alone and offers a calendar file", async () => {
    const context = await newContext(browser, { acceptDownloads: true });
    const page = await newPage(context, hub);
    await openTraining(page, "councillor", "?q=storytelling");
    const book = page.getByRole("button", { name: /^Book a place: Data storytelling, / }).first();
    await book.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.getByRole("button", { name: "Book, rate later" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("You have a place on Data storytelling.").waitFor();
    // The button pressed is replaced by the booking: focus moves to it, not to the page's body.
    await page.waitForFunction(() => document.activeElement?.textContent === "You have a place" && document.activeElement.closest("ul")?.getAttribute("aria-label") === "Data storytelling: upcoming sessions");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await openTraining(page, "councillor", "?tab=mine");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Add to calendar" }).first().click()]);
    const ics = fs.readFileSync((await download.path())!, "utf8");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("SUMMARY:Data storytelling\r\n");
  });

  it.each(THEMES)("has no axe violations on the catalogue, a survey, my learning and the figures in the %s theme", async (theme) => {
    if (hub.itemCount(enrolmentsList.title) === 0) {
      const [booking] = hub.seed(enrolmentsList.title, [{ Title: "Booking", SessionId: 1, CourseKey: "excel", LearnerService: "Customer Services" }], { as: "staff" });
      hub.seed(trainerConfirmationsList.title, [{ Title: "Completed", EnrolmentId: booking, Outcome: "Completed" }], { as: "data-lead" });
    }
    const page = await newPage(await newContext(browser), hub);
    await openTraining(page, "manager", "", theme);
    await page.getByRole("heading", { name: "Excel for working with data" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: /^Book a place: Excel for working with data, / }).first().click();
    await page.getByRole("dialog").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await openTraining(page, "manager", "?tab=mine", theme);
    await page.getByRole("list", { name: "My bookings" }).or(page.getByText("You have no bookings yet.")).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openTraining(page, "manager", "?tab=figures", theme);
    await page.getByRole("heading", { name: "Participation and completion" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
