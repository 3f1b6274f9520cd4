/** British English formatting, as the council writes: 25/11/2026, £1,234.50. */
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/London" });
const longDateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
const moneyFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const numberFormat = new Intl.NumberFormat("en-GB");

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "";
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? "" : dateFormat.format(date);
}

export function formatLongDate(value: string | Date): string {
  return longDateFormat.format(typeof value === "string" ? new Date(value) : value);
}

export function formatMoney(value: number): string {
  return moneyFormat.format(value);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "1 action", "3 actions". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "2026-11-25" → "25/11/2026"; anything that is not an ISO date is returned as typed. */
export function isoToUkDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/**
 * What a person typed as a date, as an ISO date ("2026-11-25") when it is a real date written
 * day/month/year (one- or two-digit day and month, "-" or "." or " " also accepted), else the text
 * unchanged so a form can say what is wrong with it.
 */
export function ukDateToIso(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(trimmed);
  if (!match) return trimmed;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return trimmed;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** "25/11/2026 at 10:00", in the council's time zone. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? "" : `${formatDate(date)} at ${timeFormat.format(date)}`;
}

/** How long ago something was saved, as a person says it: "a moment ago", "5 minutes ago", "2 hours ago", else the date and time. */
export function updatedAgo(savedAt: number, now: number): string {
  const minutes = Math.floor((now - savedAt) / 60_000);
  if (minutes < 1) return "a moment ago";
  if (minutes < 60) return `${plural(minutes, "minute")} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${plural(hours, "hour")} ago`;
  return `on ${formatDateTime(new Date(savedAt))}`;
}

/**
 * The initials shown for a person: the first letter of their first and last names ("Priya Shah" → "PS"),
 * ignoring anything in brackets ("Sam Lee (Finance)" → "SL"); one letter for one name, none for none.
 */
export function initialsOf(displayName: string): string {
  const words = displayName
    .replace(/[([{].*?[)\]}]/g, " ")
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ""))
    .filter((word) => word.length > 0);
  if (words.length === 0) return "";
  const first = [...words[0]!][0]!;
  const last = words.length > 1 ? [...words[words.length - 1]!][0]! : "";
  return (first + last).toLocaleUpperCase("en-GB");
}
