/**
 * Issue 23's findings in the app, each a regression test that failed before its fix: links from
 * lists, bad items, CSV formulas behind invisible characters, crafted addresses, usage keys, and
 * errors that are not the network.
 */
import { neutraliseFormula } from "../../src/core/domain/csv";
import { safeLinkUrl } from "../../src/core/domain/safe-url";
import { describeFailure } from "../../src/core/data/errors";
import { parseRoute, UNREADABLE_ROUTE } from "../../src/core/ui/router";
import { mergeCounts, parseCounts, tally } from "../../src/modules/dictionary/domain/usage";
import { participation } from "../../src/modules/training/domain/measures";
import type { Course, Enrolment } from "../../src/modules/training/domain/training";

describe("a link typed into a list (item 11)", () => {
  it.each(["javascript:alert(1)", "JAVASCRIPT:alert(1)", "   javascript:alert(1)", "\tjavascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "http://example.org", "/relative/path", "not a url"])("is not a link: %j", (raw) => {
    expect(safeLinkUrl(raw)).toBeNull();
  });

  it("is a link when it is https, and a meeting link only on Teams' own host", () => {
    expect(safeLinkUrl(" https://www.gov.uk/government/publications/x ")).toBe("https://www.gov.uk/government/publications/x");
    expect(safeLinkUrl("https://teams.microsoft.com/l/meetup-join/19%3ameeting", { teamsMeeting: true })).toBe("https://teams.microsoft.com/l/meetup-join/19%3ameeting");
    expect(safeLinkUrl("https://evil.example/l/meetup-join/x", { teamsMeeting: true })).toBeNull();
  });
});

describe("one bad item does not break a screen (item 12)", () => {
  const course: Course = { id: 1, key: "excel", title: "Excel", description: "", topic: null, level: null, format: null, audiences: ["All staff"], principleKey: null, skills: [], completionRule: "Learner confirms", strategySource: null };
  const booking = (id: number, courseKey: string, learnerId: number): Enrolment => ({ id, etag: null, sessionId: 1, courseKey, learnerId, learnerName: null, learnerService: null, state: "Booked", pre: null, post: null, completedOn: null });

  it("figures skip a booking with no course or learner, count it, and still compute the rest", () => {
    const rates = participation([booking(1, "excel", 11), booking(2, "", 12), booking(3, "excel", 0)], [course]);
    expect(rates.skipped).toBe(2);
    expect(rates.byCourse).toEqual([{ group: "Excel", participants: 1, completed: 0, completionRate: 0 }]);
  });

  it("a TypeError from our own code is not called 'offline'; a failed fetch is", () => {
    expect(describeFailure(new TypeError("Cannot read properties of undefined (reading 'localeCompare')")).title).not.toMatch(/offline/i);
    expect(describeFailure(new TypeError("Failed to fetch")).title).toMatch(/offline/i);
    expect(describeFailure(new TypeError("NetworkError when attempting to fetch resource.")).title).toMatch(/offline/i);
  });
});

describe("CSV formulas behind invisible or look-alike characters (item 13)", () => {
  it.each([" =1+1", "\n=1+1", '"=1+1', "\u00A0=1+1", "\u200B=1+1", "＝1+1", "  +SUM(A1)"])("neutralises %j", (text) => {
    expect(neutraliseFormula(text).startsWith("'")).toBe(true);
  });
});

describe("a crafted address (item 14)", () => {
  it("is read as no page at all, not thrown", () => {
    expect(parseRoute("#/dictionary/%E0%A4%A").moduleId).toBe(UNREADABLE_ROUTE);
    expect(parseRoute("#/dictionary/%E0%A4%A4").rest).toEqual(["त"]);
  });
});

describe("usage keys that are also JavaScript's own names (item 15)", () => {
  it("counts 'constructor', 'toString' and '__proto__' as the words they are", () => {
    const counts = tally([
      { type: "open", key: "constructor", fromSearch: false, department: "constructor" },
      { type: "open", key: "constructor", fromSearch: false, department: null },
      { type: "search", text: "toString", results: 0, department: "__proto__" },
    ]);
    expect(counts.opened.constructor).toBe(2);
    expect(counts.byDepartment.constructor).toEqual({ searches: 0, opens: 1 });
    expect(Object.hasOwn(counts.byDepartment, "__proto__")).toBe(true);
    expect(counts.noResults.tostring).toBe(1);
    const roundTrip = mergeCounts(parseCounts(JSON.stringify(counts)), parseCounts(JSON.stringify(counts)));
    expect(roundTrip.opened.constructor).toBe(4);
    expect(Object.getPrototypeOf(roundTrip.opened)).toBeNull();
  });
});
