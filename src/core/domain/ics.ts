/**
 * iCalendar (RFC 5545) files that Outlook, Teams and other calendars import: timed events (a
 * training session) and all-day events (a reporting deadline), one or many per file.
 *
 * All-day events are written as `VALUE=DATE` with no time zone, so a deadline stays on its day
 * in every calendar whatever the season: British Summer Time cannot move it.
 */
export type IcsWhen =
  /** Instants as ISO 8601 strings; a missing end makes a one-hour event. */
  | { kind: "timed"; start: string; end: string | null }
  /** Calendar dates `YYYY-MM-DD`; `lastDate` (inclusive) for an event over several days. */
  | { kind: "all-day"; date: string; lastDate?: string | null };

export interface IcsEvent {
  /** Stable across downloads, so importing again updates the event instead of adding a copy. */
  uid: string;
  title: string;
  when: IcsWhen;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  /** Adds a reminder this many days before the start (0: on the day). */
  reminderDaysBefore?: number | null;
  /** Deadlines do not make a person busy: TRANSP:TRANSPARENT. */
  free?: boolean;
}

export interface IcsCalendarOptions {
  /** Shown as the calendar's name where the app supports it (X-WR-CALNAME). */
  name?: string | null;
  /** Stamped on every event as DTSTAMP; passed in, never read from the clock here. */
  now: Date;
}

const PRODID = "-//Havant Borough Council//Data Hub//EN";
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const utcStamp = (iso: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`"${iso}" is not a date and time, so it cannot go in a calendar file.`);
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
};

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** `YYYY-MM-DD` → `YYYYMMDD`, or the day after (DTEND of an all-day event is exclusive). Plain arithmetic: no time zone involved. */
function dateValue(date: string, nextDay = false): string {
  const m = DATE_PATTERN.exec(date);
  let year = m ? Number(m[1]) : NaN;
  let month = m ? Number(m[2]) : NaN;
  let day = m ? Number(m[3]) : NaN;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month))) throw new Error(`"${date}" is not a date written as 2026-11-25, so it cannot go in a calendar file.`);
  if (nextDay && ++day > monthLength(year, month)) {
    day = 1;
    if (++month > 12) {
      month = 1;
      year++;
    }
  }
  return `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`;
}

/** Text values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** UTF-8 octets of one code point. */
const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Lines longer than 75 octets are folded with CRLF and a space (RFC 5545 §3.1), never inside a character. */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most 3 octets (a surrogate pair, two units, is 4), so 25 units always fit;
  // most other lines are ASCII and fit when 75 units or fewer.
  // eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: "only ASCII".
  if (line.length <= 25 || (line.length <= 75 && /^[\x00-\x7f]*$/.test(line))) return line;
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = octets(ch.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (bytes + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = ["BEGIN:VEVENT", `UID:${event.uid}`, `DTSTAMP:${stamp}`];
  if (event.when.kind === "all-day") {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.when.date)}`, `DTEND;VALUE=DATE:${dateValue(event.when.lastDate ?? event.when.date, true)}`);
  } else {
    const end = event.when.end ?? new Date(new Date(event.when.start).getTime() + 3_600_000).toISOString();
    lines.push(`DTSTART:${utcStamp(event.when.start)}`, `DTEND:${utcStamp(end)}`);
  }
  lines.push(`SUMMARY:${icsText(event.title)}`);
  if (event.location) lines.push(`LOCATION:${icsText(event.location)}`);
  lines.push(`DESCRIPTION:${icsText(event.description ?? "")}`);
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, "")}`);
  if (event.free) lines.push("TRANSP:TRANSPARENT");
  if (event.reminderDaysBefore !== null && event.reminderDaysBefore !== undefined) {
    const days = Math.max(0, Math.floor(event.reminderDaysBefore));
    lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${icsText(event.title)}`, `TRIGGER:${days ? `-P${days}D` : "PT0S"}`, "END:VALARM");
  }
  lines.push("END:VEVENT");
  return lines;
}

/** A whole calendar file: CRLF line ends, folded lines, ending with a CRLF. */
export function toIcsCalendar(events: readonly IcsEvent[], options: IcsCalendarOptions): string {
  const stamp = utcStamp(options.now.toISOString());
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (options.name) lines.push(`X-WR-CALNAME:${icsText(options.name)}`);
  for (const event of events) for (const line of eventLines(event, stamp)) lines.push(line);
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** Training's event shape (one timed event per file), kept so its call sites move over unchanged. */
export interface CalendarEvent {
  uid: string;
  title: string;
  start: string;
  end: string | null;
  location: string | null;
  description: string;
}

export function toIcs(event: CalendarEvent, now: Date): string {
  return toIcsCalendar([{ uid: event.uid, title: event.title, when: { kind: "timed", start: event.start, end: event.end }, location: event.location, description: event.description }], { now });
}
