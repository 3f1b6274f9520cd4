import { type Occurrence, occurrenceKey } from "../../src/modules/kpis/domain/occurrences";
import { type OccurrenceStatus, type Submission, occurrenceState, stateWords, validateSubmission, withStates } from "../../src/modules/kpis/domain/occurrence-state";
import { calendarCounts, calendarTimeliness, timelinessByOwner, timelinessByQuarter } from "../../src/modules/kpis/domain/reporting-figures";
import { periodFromKey } from "../../src/modules/kpis/domain/periods";

const TODAY = "2026-11-30";

function occurrence(returnKey: string, periodKey: string, deadline: string, owner: string | null = "a@hbc.example", checkTheDate = false): Occurrence {
  return {
    key: occurrenceKey(returnKey, "submission", periodKey),
    returnKey,
    returnName: returnKey,
    stageKey: "submission",
    stageName: null,
    period: periodFromKey(periodKey),
    deadline,
    ruleDeadline: deadline,
    fromOverride: false,
    checkTheDate,
    owner,
    recipient: null,
    statutory: true,
  };
}

const submitted = (o: Occurrence, on: string): Submission => ({ occurrenceKey: o.key, submittedOn: on, link: null, by: null });

describe("the state of an occurrence", () => {
  it("is on time when submitted on the deadline day and late from the day after", () => {
    expect(occurrenceState("2026-07-31", "2026-07-31", TODAY)).toBe("Submitted on time");
    expect(occurrenceState("2026-07-31", "2026-05-01", TODAY)).toBe("Submitted on time");
    expect(occurrenceState("2026-07-31", "2026-08-01", TODAY)).toBe("Submitted late");
  });

  it("is overdue only once the deadline day has passed", () => {
    expect(occurrenceState("2026-11-29", null, TODAY)).toBe("Overdue");
    expect(occurrenceState("2026-11-30", null, TODAY)).toBe("Due soon");
  });

  it("is due soon within 30 days and due after that", () => {
    expect(occurrenceState("2026-12-30", null, TODAY)).toBe("Due soon");
    expect(occurrenceState("2026-12-31", null, TODAY)).toBe("Due");
  });

  it("is 'not recorded', not overdue, before the council began recording in Data Hub", () => {
    expect(occurrenceState("2024-01-31", null, TODAY, { trackedFrom: "2026-04-01" })).toBe("Not recorded");
    expect(occurrenceState("2026-04-30", null, TODAY, { trackedFrom: "2026-04-01" })).toBe("Overdue");
    expect(occurrenceState("2024-01-31", "2024-02-02", TODAY, { trackedFrom: "2026-04-01" })).toBe("Submitted late");
  });

  it("joins each occurrence with its own submission and counts days late", () => {
    const a = occurrence("spend", "2026/27 Q1", "2026-07-31");
    const b = occurrence("spend", "2026/27 Q2", "2026-10-31");
    const c = occurrence("ifs", "2025/26", "2026-12-31");
    const [sa, sb, sc] = withStates([a, b, c], [{ ...submitted(a, "2026-08-03"), link: "https://www.havant.gov.uk/spend" }], TODAY);
    expect(sa).toMatchObject({ state: "Submitted late", submittedOn: "2026-08-03", daysLate: 3, link: "https://www.havant.gov.uk/spend" });
    expect(sb).toMatchObject({ state: "Overdue", submittedOn: null, daysLate: 30 });
    expect(sc).toMatchObject({ state: "Due", daysLate: 0 });
    expect(stateWords(sa!, TODAY)).toBe("Submitted 3 days late");
    expect(stateWords(sb!, TODAY)).toBe("30 days overdue");
    expect(stateWords(sc!, TODAY)).toBe("Due in 31 days");
    expect(stateWords({ state: "Due soon", deadline: TODAY, daysLate: 0 }, TODAY)).toBe("Due today");
    expect(stateWords({ state: "Due soon", deadline: "2026-12-01", daysLate: 0 }, TODAY)).toBe("Due tomorrow");
  });
});

describe("marking an occurrence submitted", () => {
  it("accepts a date typed the British way and an https link", () => {
    expect(validateSubmission({ submittedOn: "28/11/2026", link: " https://www.havant.gov.uk/transparency " }, TODAY)).toEqual({ errors: {}, submittedOn: "2026-11-28", link: "https://www.havant.gov.uk/transparency" });
  });

  it("says what is wrong with a missing, impossible or future date", () => {
    expect(validateSubmission({ submittedOn: " ", link: "" }, TODAY).errors.submittedOn).toBe("Enter the date it was submitted or published, for example 25/11/2026.");
    expect(validateSubmission({ submittedOn: "31/02/2026", link: "" }, TODAY).errors.submittedOn).toBe('"31/02/2026" is not a date: write it as 25/11/2026.');
    expect(validateSubmission({ submittedOn: "01/12/2026", link: "" }, TODAY)).toMatchObject({ errors: { submittedOn: "The date cannot be after today (30/11/2026)." }, submittedOn: null });
  });

  it("refuses a link that is not a web address, such as a script", () => {
    expect(validateSubmission({ submittedOn: "28/11/2026", link: "javascript:alert(1)" }, TODAY)).toMatchObject({ errors: { link: "Enter a web address that starts with https://, or leave the link empty." }, link: null });
  });
});

describe("timeliness figures for the strategy measures", () => {
  const statuses = (): OccurrenceStatus[] => {
    const onTime = occurrence("spend", "2025/26 Q1", "2025-07-31", "a@hbc.example");
    const late = occurrence("gpc", "2025/26 Q1", "2025-07-31", "b@hbc.example");
    const overdue = occurrence("tenders", "2025/26 Q1", "2025-07-31", null);
    const earlyNextQuarter = occurrence("spend", "2025/26 Q2", "2025-10-31", "a@hbc.example");
    const notDue = occurrence("ifs", "2025/26", "2026-12-31", "a@hbc.example", true);
    const notRecorded = occurrence("old", "2023/24", "2024-04-30", "a@hbc.example");
    return withStates(
      [onTime, late, overdue, earlyNextQuarter, notDue, notRecorded],
      [submitted(onTime, "2025-07-31"), submitted(late, "2025-08-10"), submitted(earlyNextQuarter, "2025-10-01")],
      TODAY,
      { trackedFrom: "2025-04-01" },
    );
  };

  it("gives the on-time rate per financial quarter of the deadline, counting only what is submitted or overdue", () => {
    expect(timelinessByQuarter(statuses())).toEqual([
      { group: "2025/26 Q2", label: "2025/26 Q2", onTime: 1, late: 1, overdue: 1, counted: 3, onTimeRate: 1 / 3, completionRate: 2 / 3 },
      { group: "2025/26 Q3", label: "2025/26 Q3", onTime: 1, late: 0, overdue: 0, counted: 1, onTimeRate: 1, completionRate: 1 },
    ]);
  });

  it("gives the on-time rate per owner, with returns nobody owns shown apart", () => {
    const byOwner = timelinessByOwner(statuses(), (o) => ({ "a@hbc.example": "Alex", "b@hbc.example": "Bea" })[o] ?? o);
    expect(byOwner.map((t) => [t.label, t.onTime, t.late, t.overdue, t.onTimeRate])).toEqual([
      ["Alex", 2, 0, 0, 1],
      ["Bea", 0, 1, 0, 0],
      ["No owner", 0, 0, 1, 0],
    ]);
  });

  it("gives the completion and timeliness of the whole calendar", () => {
    expect(calendarTimeliness(statuses())).toMatchObject({ counted: 4, onTime: 2, late: 1, overdue: 1, onTimeRate: 0.5, completionRate: 0.75 });
  });

  it("never reports 100% when nothing has fallen due", () => {
    const future = withStates([occurrence("ifs", "2025/26", "2026-12-31")], [], TODAY);
    expect(calendarTimeliness(future)).toMatchObject({ counted: 0, onTimeRate: null, completionRate: null });
    expect(timelinessByQuarter(future)).toEqual([]);
  });

  it("counts overdue, due soon and dates to check for Home", () => {
    const list = withStates([occurrence("a", "2026/27 Q2", "2026-10-31"), occurrence("b", "2026/27 Q3", "2026-12-15", null, true), occurrence("c", "2026/27", "2027-04-30", null, true)], [], TODAY);
    expect(calendarCounts(list, TODAY)).toEqual({ overdue: 1, dueSoon: 1, checkTheDate: 2 });
  });
});
