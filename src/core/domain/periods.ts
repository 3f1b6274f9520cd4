/** "2026-11": the month in the council's time zone (usage counts are kept per month). */
export function periodOf(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}`;
}

/** The last `n` months, newest first. */
export function recentPeriods(today: Date, n: number): string[] {
  return Array.from({ length: n }, (_, i) => periodOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - i, 15))));
}
