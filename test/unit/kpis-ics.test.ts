import { foldLine, toIcs, toIcsCalendar } from "../../src/core/domain/ics";
import { deadlineEvent, deadlinesCalendar } from "../../src/modules/kpis/domain/deadline-ics";
import { calendarWindow, generateOccurrences } from "../../src/modules/kpis/domain/occurrences";
import { SEEDED_RETURNS } from "../../src/modules/kpis/seed/returns";

const NOW = new Date("2026-11-30T09:00:00Z");

/** Just enough of an iCalendar reader to check what Outlook would import: unfold, then split events into properties. */
function parseIcs(text: string): { calendar: Record<string, string>; events: Record<string, string>[] } {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
  const calendar: Record<string, string> = {};
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  let inAlarm = false;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      events.push(current!);
      current = null;
    }
    else if (line === "BEGIN:VALARM") inAlarm = true;
    else if (line === "END:VALARM") inAlarm = false;
    else {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon);
      const target = current ?? calendar;
      target[inAlarm ? `VALARM.${name}` : name] = line.slice(colon + 1);
    }
  }
  return { calendar, events };
}

describe("the shared .ics writer", () => {
  it("writes a timed event as training's writer did", () => {
    const ics = toIcs({ uid: "session-1@datahub", title: "Excel, formulas; and more", start: "2026-12-02T10:00:00Z", end: "2026-12-02T12:00:00Z", location: "Sample venue", description: "Line one\nLine two" }, new Date("2026-11-25T09:00:00Z"));
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("\r\nDTSTAMP:20261125T090000Z\r\nDTSTART:20261202T100000Z\r\nDTEND:20261202T120000Z\r\n");
    expect(ics).toContain("SUMMARY:Excel\\, formulas\\; and more\r\n");
    expect(ics).toContain("LOCATION:Sample venue\r\n");
    expect(ics).toContain("DESCRIPTION:Line one\\nLine two\r\n");
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(toIcs({ uid: "u", title: "t", start: "2026-12-02T10:00:00Z", end: null, location: null, description: "" }, NOW)).toContain("DTEND:20261202T110000Z");
  });

  it("writes an all-day event as a date with no time or zone, ending the next day as RFC 5545 requires", () => {
    const { events } = parseIcs(toIcsCalendar([{ uid: "a", title: "Deadline", when: { kind: "all-day", date: "2026-06-30" } }], { now: NOW }));
    expect(events[0]).toMatchObject({ "DTSTART;VALUE=DATE": "20260630", "DTEND;VALUE=DATE": "20260701" });
    const ends = ["2026-12-31", "2027-02-28", "2028-02-28", "2028-02-29"].map((date) => parseIcs(toIcsCalendar([{ uid: "a", title: "x", when: { kind: "all-day", date } }], { now: NOW })).events[0]!["DTEND;VALUE=DATE"]);
    expect(ends).toEqual(["20270101", "20270301", "20280229", "20280301"]);
  });

  it("puts many events in one file with the calendar's name, a reminder, a link, and free time", () => {
    const text = toIcsCalendar(
      [
        { uid: "a", title: "First", when: { kind: "all-day", date: "2026-12-31" }, reminderDaysBefore: 7, free: true, url: "https://datahub.havant.gov.uk/#/kpis" },
        { uid: "b", title: "Second", when: { kind: "all-day", date: "2027-01-04", lastDate: "2027-01-06" }, reminderDaysBefore: 0 },
      ],
      { name: "Reporting deadlines, Havant", now: NOW },
    );
    const { calendar, events } = parseIcs(text);
    expect(calendar["X-WR-CALNAME"]).toBe("Reporting deadlines\\, Havant");
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ "VALARM.TRIGGER": "-P7D", "VALARM.ACTION": "DISPLAY", TRANSP: "TRANSPARENT", URL: "https://datahub.havant.gov.uk/#/kpis", DTSTAMP: "20261130T090000Z" });
    expect(events[1]).toMatchObject({ "VALARM.TRIGGER": "PT0S", "DTEND;VALUE=DATE": "20270107" });
    expect(events[1]!.TRANSP).toBeUndefined();
  });

  it("folds long lines at 75 octets without splitting a character, and unfolds to the same text", () => {
    const title = `Budget £ résumé 📅 ${"Transparency Code: expenditure exceeding £500 ".repeat(4)}`;
    const text = toIcsCalendar([{ uid: "a", title, when: { kind: "all-day", date: "2026-12-31" } }], { now: NOW });
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(parseIcs(text).events[0]!.SUMMARY).toBe(title);
    expect(foldLine("short")).toBe("short");
  });

  it("refuses a date that does not exist, naming it", () => {
    expect(() => toIcsCalendar([{ uid: "a", title: "x", when: { kind: "all-day", date: "2027-02-29" } }], { now: NOW })).toThrow('"2027-02-29" is not a date written as 2026-11-25, so it cannot go in a calendar file.');
  });
});

describe("the reporting calendar as an .ics file", () => {
  const occurrences = generateOccurrences(SEEDED_RETURNS, calendarWindow("2026-11-30"));

  it("has one all-day event per deadline, each with its own stable UID", () => {
    const { calendar, events } = parseIcs(deadlinesCalendar(occurrences, { name: "Reporting calendar", now: NOW, linkOf: (o) => `https://datahub.havant.gov.uk/#/kpis/calendar/${encodeURIComponent(o.key)}` }));
    expect(calendar["X-WR-CALNAME"]).toBe("Reporting calendar");
    expect(events).toHaveLength(occurrences.length);
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    expect(events.map((e) => e["DTSTART;VALUE=DATE"])).toEqual(occurrences.map((o) => o.deadline.replace(/-/g, "")));
    expect(events.every((e) => e.URL?.startsWith("https://datahub.havant.gov.uk/#/kpis/calendar/"))).toBe(true);
  });

  it("marks a date to check in the title and says when a deadline was moved", () => {
    const check = occurrences.find((o) => o.checkTheDate)!;
    expect(deadlineEvent(check).title).toMatch(/^\[Check the date\] Due: /);
    const moved = occurrences.find((o) => o.key === "revenue-outturn|provisional|2024/25")!;
    const event = deadlineEvent(moved);
    expect(event).toMatchObject({ title: "Due: Revenue Outturn suite (RO): Provisional, 2024/25", when: { kind: "all-day", date: "2025-07-25" }, reminderDaysBefore: 7, free: true });
    expect(event.description).toBe("Deadline: 25/07/2025.\nTo: MHCLG.\nMoved this year from 31/07/2025.");
    expect(event.uid).toBe("revenue-outturn%7Cprovisional%7C2024%2F25@datahub.reporting");
  });
});
