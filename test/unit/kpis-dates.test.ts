import { execFileSync } from "node:child_process";
import path from "node:path";
import {
  addDays,
  addMonths,
  calendarDate,
  calendarDateOf,
  daysBetween,
  formatCalendarDate,
  isCalendarDate,
  isoWeekday,
  parseTypedDate,
  partsOf,
} from "../../src/modules/kpis/domain/calendar-date";

/**
 * Jest gives tests a copy of process.env, so TZ cannot be changed inside a test. A child Node
 * (with tsx, as `npm run bench` uses) sets TZ for real, zone by zone, and reports what the
 * domain computes there, with a control value that proves the zone took effect.
 */
function computeInTimeZones(zones: string[]): Record<string, { control: number; results: unknown[] }> {
  const script = `
    const dates = await import(process.argv[1]);
    const rules = await import(process.argv[2]);
    const ics = await import(process.argv[3]);
    const out = {};
    for (const zone of JSON.parse(process.argv[4])) {
      process.env.TZ = zone;
      out[zone] = {
        control: new Date(Date.UTC(2026, 5, 30)).getDate(),
        results: [
          dates.addMonths("2026-06-30", 1),
          dates.addDays("2026-03-28", 2),
          dates.addDays("2026-10-24", 2),
          dates.isoWeekday("2026-11-30"),
          dates.calendarDateOf("2026-06-30T23:30:00Z"),
          rules.applyOffset("2025-03-31", { months: 12, days: -1 }),
          rules.ruleDeadline({ kind: "after-period-end", period: "quarter", basis: "financial", offset: { months: 1, days: 0 } }, { kind: "quarter", basis: "financial", start: "2026-04-01", end: "2026-06-30", index: 0, key: "", label: "" }),
          ics.toIcsCalendar([{ uid: "u", title: "t", when: { kind: "all-day", date: "2026-06-30" } }], { now: new Date("2026-06-01T12:00:00Z") }).split(String.fromCharCode(13, 10)).filter((l) => l.startsWith("DT") && l.includes("VALUE=DATE")),
        ],
      };
    }
    console.log(JSON.stringify(out));`;
  const root = path.join(process.cwd(), "src");
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script, path.join(root, "modules/kpis/domain/calendar-date.ts"), path.join(root, "modules/kpis/domain/deadline-rules.ts"), path.join(root, "core/domain/ics.ts"), JSON.stringify(zones)],
    { encoding: "utf8" },
  );
  return JSON.parse(output) as Record<string, { control: number; results: unknown[] }>;
}

describe("calendar dates", () => {
  it("knows which dates exist, including 29 February only in leap years", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2100-02-29")).toBe(false);
    expect(isCalendarDate("2026-04-31")).toBe(false);
    expect(isCalendarDate("2026-4-1")).toBe(false);
    expect(isCalendarDate("2026-11-25T00:00:00Z")).toBe(false);
  });

  it("refuses to build a date that does not exist, naming it the British way", () => {
    expect(() => calendarDate(2026, 2, 29)).toThrow("There is no date 29/2/2026.");
    expect(() => partsOf("2026-13-01")).toThrow('"2026-13-01" is not a date');
  });

  it("adds months by the month-end rule: from a month's last day to the target month's last day", () => {
    expect(addMonths("2025-06-30", 1)).toBe("2025-07-31");
    expect(addMonths("2025-09-30", 1)).toBe("2025-10-31");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
    expect(addMonths("2025-12-31", 1)).toBe("2026-01-31");
    expect(addMonths("2027-02-28", 1)).toBe("2027-03-31");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonths("2027-02-28", 12)).toBe("2028-02-29");
  });

  it("cuts a mid-month day back to a shorter month's end without rolling into the next month", () => {
    expect(addMonths("2026-01-30", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-30", 1)).toBe("2028-02-29");
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-03-31", -36)).toBe("2023-03-31");
    expect(addMonths("2026-11-30", -36)).toBe("2023-11-30");
  });

  it("counts days across the clocks changing without gaining or losing one", () => {
    // BST began 29 March 2026 and ends 25 October 2026.
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(daysBetween("2026-10-01", "2026-11-01")).toBe(31);
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
  });

  it("gives the same dates whatever time zone the computer is set to", () => {
    const zones = computeInTimeZones(["Europe/London", "America/Los_Angeles", "Pacific/Auckland", "UTC"]);
    // The control shows each zone really applied: 30 June 00:00 UTC is 29 June in Los Angeles.
    expect(zones["America/Los_Angeles"]!.control).toBe(29);
    expect(zones["Pacific/Auckland"]!.control).toBe(30);
    const expected = ["2026-07-31", "2026-03-30", "2026-10-26", 1, "2026-07-01", "2026-03-30", "2026-07-31", ["DTSTART;VALUE=DATE:20260630", "DTEND;VALUE=DATE:20260701"]];
    for (const zone of Object.keys(zones)) expect([zone, zones[zone]!.results]).toEqual([zone, expected]);
  });

  it("reads an instant as the day it is in Havant: late evening UTC in summer is already tomorrow", () => {
    expect(calendarDateOf("2026-06-30T23:30:00Z")).toBe("2026-07-01");
    expect(calendarDateOf("2026-12-31T23:30:00Z")).toBe("2026-12-31");
    // A SharePoint date-only value for 30 June comes back as the site's midnight in UTC.
    expect(calendarDateOf("2026-06-29T23:00:00Z")).toBe("2026-06-30");
    expect(() => calendarDateOf("not a date")).toThrow('"not a date" is not a date and time.');
  });

  it("writes and reads dates as the council does, refusing two-digit years and impossible days", () => {
    expect(formatCalendarDate("2026-11-25")).toBe("25/11/2026");
    expect(parseTypedDate(" 25/11/2026 ")).toBe("2026-11-25");
    expect(parseTypedDate("5/4/2026")).toBe("2026-04-05");
    expect(parseTypedDate("2026-11-25")).toBe("2026-11-25");
    expect(parseTypedDate("25/11/26")).toBeNull();
    expect(parseTypedDate("31/04/2026")).toBeNull();
    expect(parseTypedDate("29/02/2027")).toBeNull();
  });

  it("numbers weekdays from Monday", () => {
    expect(isoWeekday("2026-11-30")).toBe(1);
    expect(isoWeekday("2026-11-29")).toBe(7);
  });
});
