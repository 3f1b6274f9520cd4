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
