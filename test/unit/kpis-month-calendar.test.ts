import { monthAgenda, monthCalendar, shiftMonth } from "../../src/modules/kpis/domain/month-calendar";

interface Item {
  title: string;
  date: string;
}
const items: Item[] = [
  { title: "Spend Q2", date: "2026-10-31" },
  { title: "Taxbase", date: "2026-11-02" },
  { title: "Accountant", date: "2026-11-30" },
  { title: "IFS", date: "2026-11-30" },
  { title: "Next month", date: "2026-12-01" },
  { title: "Far away", date: "2027-03-31" },
];
const dateOf = (i: Item) => i.date;

describe("the month calendar", () => {
  it("lays a month out in weeks from Monday to Sunday, filling the first and last weeks from the months around it", () => {
    const november = monthCalendar(2026, 11, items, dateOf, "2026-11-30");
    expect(november.label).toBe("November 2026");
    expect(november.weeks).toHaveLength(6); // 1 November 2026 is a Sunday
    expect(november.weeks.every((w) => w.length === 7)).toBe(true);
    expect(november.weeks[0]![0]).toMatchObject({ date: "2026-10-26", inMonth: false });
    expect(november.weeks[0]![6]).toMatchObject({ date: "2026-11-01", inMonth: true, isWeekend: true });
    expect(november.weeks[5]![6]).toMatchObject({ date: "2026-12-06", inMonth: false });
  });

  it("needs only four weeks for a February that starts on a Monday, and handles a leap February", () => {
    expect(monthCalendar(2027, 2, [], dateOf, "2026-11-30").weeks).toHaveLength(4);
    const leap = monthCalendar(2028, 2, [{ title: "Leap day", date: "2028-02-29" }], dateOf, "2026-11-30");
    expect(leap.weeks.flat().find((d) => d.date === "2028-02-29")).toMatchObject({ inMonth: true, items: [{ title: "Leap day" }] });
  });

  it("puts each item on its day, marks today and counts only the month's own items", () => {
    const november = monthCalendar(2026, 11, items, dateOf, "2026-11-30");
    const days = november.weeks.flat();
    expect(days.find((d) => d.date === "2026-11-30")).toMatchObject({ isToday: true, items: [{ title: "Accountant" }, { title: "IFS" }] });
    expect(days.find((d) => d.date === "2026-10-31")?.items.map((i) => i.title)).toEqual(["Spend Q2"]);
    expect(days.find((d) => d.date === "2026-12-01")?.items.map((i) => i.title)).toEqual(["Next month"]);
    expect(november.itemCount).toBe(3);
    expect(days.filter((d) => d.isToday)).toHaveLength(1);
  });

  it("offers a list alternative with only the month's days that have items, headed in words", () => {
    const agenda = monthAgenda(monthCalendar(2026, 11, items, dateOf, "2026-11-30"));
    expect(agenda.map((d) => [d.label, d.items.map((i) => i.title), d.isToday])).toEqual([
      ["Monday 2 November 2026", ["Taxbase"], false],
      ["Monday 30 November 2026", ["Accountant", "IFS"], true],
    ]);
  });

  it("steps between months across the turn of the year", () => {
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthCalendar(2026, 12, [], dateOf, "2026-11-30")).toMatchObject({ previous: { year: 2026, month: 11 }, next: { year: 2027, month: 1 } });
  });
});
