import { describe, expect, it } from "@jest/globals";
import { deepLinkRoute } from "../../src/hosts/teams/tab-context";
import { hubUrlFor } from "../../src/core/domain/deep-links";
import { isReviewOverdue, keyFromTitle, nextReviewDate, termRoute, uniqueKey } from "../../src/modules/dictionary/domain/term";

const shareLink = (href: string, key: string) => hubUrlFor(href, termRoute(key));
import { emptyCounts, MAX_NO_RESULT_TEXTS, mergeCounts, OTHER_SEARCHES, parseCounts, periodOf, recentPeriods, summariseUsage, tally, usageSearchText } from "../../src/modules/dictionary/domain/usage";

describe("usage counts without personal data", () => {
  it("counts searches and opens per department, and keeps only the texts that found nothing", () => {
    const counts = tally([
      { type: "search", text: "Data quality", results: 3, department: "Digital" },
      { type: "search", text: "  Footfall ", results: 0, department: "Digital" },
      { type: "search", text: "footfall", results: 0, department: "Customer Services" },
      { type: "open", key: "data-quality", fromSearch: true, department: "Digital" },
      { type: "open", key: "data-quality", fromSearch: false, department: null },
    ]);
    expect(counts).toEqual({
      searches: 3,
      emptySearches: 2,
      opens: 2,
      byDepartment: { Digital: { searches: 2, opens: 1 }, "Customer Services": { searches: 1, opens: 0 }, "Not recorded": { searches: 0, opens: 1 } },
      opened: { "data-quality": 2 },
      found: { "data-quality": 1 },
      noResults: { footfall: 2 },
    });
  });

  it.each(["sam.patel@hbc.example", "07700 900123", "AB 12 34 56 C", "PO9 1AB", "account 12345678"])("never keeps a search that looks like personal data: %s", (text) => {
    expect(usageSearchText(text)).toBeNull();
    const counts = tally([{ type: "search", text, results: 0, department: "Digital" }]);
    expect(counts.noResults).toEqual({});
    expect(counts.emptySearches).toBe(1);
  });

  it("normalises and shortens what it keeps", () => {
    expect(usageSearchText("  Council TAX—arrears!  ")).toBe("council tax arrears");
    expect(usageSearchText("x".repeat(80))).toHaveLength(60);
    expect(usageSearchText("a")).toBeNull();
  });

  it("adds two sets of counts together", () => {
    const a = tally([{ type: "open", key: "pecr", fromSearch: false, department: "Digital" }]);
    const b = tally([
      { type: "open", key: "pecr", fromSearch: true, department: "Digital" },
      { type: "search", text: "gdpr x", results: 0, department: "Digital" },
    ]);
    expect(mergeCounts(a, b)).toMatchObject({ opens: 2, searches: 1, opened: { pecr: 2 }, found: { pecr: 1 }, byDepartment: { Digital: { searches: 1, opens: 2 } }, noResults: { "gdpr x": 1 } });
  });

  it("keeps a shard bounded: the rarest texts that found nothing fold into one line", () => {
    const events = Array.from({ length: MAX_NO_RESULT_TEXTS + 10 }, (_, i) => ({ type: "search" as const, text: `thing ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, results: 0, department: null }));
    events.push({ type: "search", text: "thing aa", results: 0, department: null });
    const counts = tally(events);
    expect(Object.keys(counts.noResults)).toHaveLength(MAX_NO_RESULT_TEXTS + 1);
    expect(counts.noResults["thing aa"]).toBe(2);
    expect(counts.noResults[OTHER_SEARCHES]).toBe(10);
  });

  it("reads damaged or missing JSON as empty rather than failing", () => {
    expect(parseCounts("{not json")).toEqual(emptyCounts());
    expect(parseCounts(null)).toEqual(emptyCounts());
    expect(parseCounts('{"searches":2,"opened":{"x":"lots","y":3}}')).toMatchObject({ searches: 2, opened: { y: 3 } });
  });

  it("summarises the share of searches that found nothing and the most opened terms", () => {
    const summary = summariseUsage(
      tally([
        { type: "search", text: "a b", results: 0, department: "Digital" },
        { type: "search", text: "data", results: 5, department: "Digital" },
        { type: "search", text: "data", results: 5, department: "Digital" },
        { type: "search", text: "x@y", results: 0, department: "Digital" },
        { type: "open", key: "data", fromSearch: true, department: "Digital" },
        { type: "open", key: "data", fromSearch: true, department: "Digital" },
        { type: "open", key: "pecr", fromSearch: false, department: "Digital" },
      ]),
    );
    expect(summary.noResultPercent).toBe(50);
    expect(summary.topOpened).toEqual([
      { key: "data", count: 2 },
      { key: "pecr", count: 1 },
    ]);
    expect(summary.noResults).toEqual([{ text: "a b", count: 1 }]);
  });

  it("names the month in the council's time zone", () => {
    expect(periodOf(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07");
    expect(periodOf(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12");
    expect(recentPeriods(new Date("2026-02-10T12:00:00Z"), 3)).toEqual(["2026-02", "2026-01", "2025-12"]);
  });
});

describe("term keys, reviews and links", () => {
  it("makes URL-safe keys from names, never one of the dictionary's own page names", () => {
    expect(keyFromTitle("Record of Processing Activities")).toBe("record-of-processing-activities");
    expect(keyFromTitle("Café & Bar Licences (2026)")).toBe("cafe-and-bar-licences-2026");
    expect(keyFromTitle("Proposals")).toBe("proposals-term");
    expect(keyFromTitle("!!!")).toBe("term");
  });

  it("numbers a key that is taken", () => {
    expect(uniqueKey("footfall", new Set(["footfall", "footfall-2"]))).toBe("footfall-3");
    expect(uniqueKey("footfall", new Set())).toBe("footfall");
  });

  it("flags a review as overdue only once its day has passed in the UK", () => {
    const term = { reviewDate: "2026-11-25T00:00:00Z", status: "Approved" as const };
    expect(isReviewOverdue(term, new Date("2026-11-25T23:30:00Z"))).toBe(false);
    expect(isReviewOverdue(term, new Date("2026-11-26T00:30:00Z"))).toBe(true);
    expect(isReviewOverdue({ ...term, status: "Deprecated" }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
    expect(isReviewOverdue({ ...term, reviewDate: null }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
  });

  it("gives Teams a sub-page the Data tab turns back into the term's route", () => {
    for (const key of ["data-quality", "uk-gdpr-dpa-2018", "cafe-and-bar-licences-2026"]) expect(deepLinkRoute(termRoute(key))).toBe(`#/dictionary/${key}`);
  });

  it("sets the next review a year ahead, as a date", () => {
    expect(nextReviewDate(new Date("2026-11-25T15:00:00Z"))).toBe("2027-11-25T00:00:00Z");
  });

  it("shares the page's own address with the term's route, without this browser's persona and theme", () => {
    expect(shareLink("https://hbc.sharepoint.com/sites/datahub/SitePages/Glossary.aspx#/dictionary?x=1", "data-quality")).toBe("https://hbc.sharepoint.com/sites/datahub/SitePages/Glossary.aspx#/dictionary/data-quality");
    expect(shareLink("http://127.0.0.1:4100/?persona=staff&theme=dark#/", "uk gdpr")).toBe("http://127.0.0.1:4100/#/dictionary/uk%20gdpr");
  });
});
