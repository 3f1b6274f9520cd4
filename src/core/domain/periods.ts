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

/** Every month ("2026-04") a period of calendar dates touches, in order. */
export function monthsIn(period: { start: string; end: string }): string[] {
  const months: string[] = [];
  let [year, month] = period.start.slice(0, 7).split("-").map(Number) as [number, number];
  const last = period.end.slice(0, 7);
  for (let key = period.start.slice(0, 7); key <= last; key = `${year}-${String(month).padStart(2, "0")}`) {
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
