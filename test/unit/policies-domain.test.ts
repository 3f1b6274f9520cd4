import { describe, expect, it } from "@jest/globals";
import type { ItemVersion } from "../../src/core/domain/versions";
import { documentCompletion, libraryCompletion, NOT_IN_DIRECTORY, type Reader, serviceTotals } from "../../src/modules/policies/domain/completion";
import { type Confirmation, confirmationKey, confirmersByVersion, confirmTransition, duplicateOutcome, forYouToRead, keysFor, myConfirmation } from "../../src/modules/policies/domain/confirmation";
import { addYears, asksForReading, dayOf, mustRead, plainQuote, type PolicyDocument, reviewOverdue, todayOf } from "../../src/modules/policies/domain/document";
import { checkDocument, checkReview, draftOf, reviewDraftFor } from "../../src/modules/policies/domain/forms";
import { historyOf } from "../../src/modules/policies/domain/history";
import { mayChange, reviewsDue } from "../../src/modules/policies/domain/reviews";
import { HANDBOOK_KEY, POLICY_FIGURES, type PoliciesData, STANDARDS_POLICY_KEY } from "../../src/modules/policies/domain/strategy-figures";
import { departmentOpensText, summariseOpens } from "../../src/modules/policies/domain/usage";

function doc(overrides: Partial<PolicyDocument> = {}): PolicyDocument {
  return {
    id: 1,
    etag: '"1"',
    key: "doc",
    title: "Data Standards Policy",
    kind: "Policy",
    principleKey: "data-standards",
    ownerId: 13,
    ownerName: "Alex Okafor",
    ownerEmail: "alex.okafor@hbc.example",
    status: "Approved",
    versionLabel: "1.0",
    readVersion: 1,
    changeSummary: "First version.",
    approvedOn: "2026-04-01",
    nextReview: "2027-04-01",
    lastReviewed: null,
    reviewOutcome: null,
    link: "https://hbc.example/policy",
    summary: null,
    mustRead: ["staff"],
    strategyQuote: null,
    strategySection: null,
    ...overrides,
  };
}

const confirmation = (documentId: number, readVersion: number, authorId: number, confirmedAt = "2026-05-01T10:00:00Z", id = authorId): Confirmation => ({ id, documentId, readVersion, authorId, confirmedAt });

describe("who must read what", () => {
  it("asks only for approved documents with a published version and readers named", () => {
    expect(asksForReading(doc())).toBe(true);
    expect(asksForReading(doc({ status: "Draft" }))).toBe(false);
    expect(asksForReading(doc({ readVersion: 0 }))).toBe(false);
    expect(asksForReading(doc({ mustRead: [] }))).toBe(false);
    expect(mustRead(doc({ mustRead: ["manager"] }), ["staff"])).toBe(false);
    expect(mustRead(doc({ mustRead: ["manager"] }), ["staff", "manager"])).toBe(true);
  });

  it("lists a document for reading until its current version is confirmed, and again when a new version is published", () => {
    const docs = [doc({ id: 1 }), doc({ id: 2, title: "Handbook", approvedOn: "2026-03-01" })];
    expect(forYouToRead(docs, ["staff"], [], 11).map((d) => d.id)).toEqual([2, 1]);
    const mine = [confirmation(1, 1, 11)];
    expect(forYouToRead(docs, ["staff"], mine, 11).map((d) => d.id)).toEqual([2]);
    expect(forYouToRead([doc({ id: 1, readVersion: 2 }), docs[1]!], ["staff"], mine, 11).map((d) => d.id)).toEqual([2, 1]);
  });

  it("believes only the person's own items as their confirmation", () => {
    expect(myConfirmation(doc(), [confirmation(1, 1, 12)], 11)).toBeNull();
    expect(myConfirmation(doc(), [confirmation(1, 1, 11, "2026-05-02T00:00:00Z"), confirmation(1, 1, 11, "2026-05-01T00:00:00Z", 99)], 11)).toBe("2026-05-01T00:00:00Z");
  });
});

describe("confirmation keys", () => {
  it("gives one key per document, version and person, with spares after it", () => {
    expect(confirmationKey(4, 2, 11)).toBe("4.2.11");
    expect(keysFor(4, 2, 11)).toEqual(["4.2.11", "4.2.11.2", "4.2.11.3", "4.2.11.4"]);
    expect(new Set([confirmationKey(4, 2, 11), confirmationKey(4, 3, 11), confirmationKey(42, 1, 1), confirmationKey(4, 21, 1)]).size).toBe(4);
  });

  it("reads a refused key as already confirmed only when the person's own item holds it", () => {
    expect(duplicateOutcome(11, 11)).toBe("already-confirmed");
    expect(duplicateOutcome(12, 11)).toBe("try-next-key");
    expect(duplicateOutcome(null, 11)).toBe("try-next-key");
  });

  it("counts each person once per version, however many items they have", () => {
    const byVersion = confirmersByVersion([confirmation(1, 1, 11), confirmation(1, 1, 11, "2026-04-30T00:00:00Z", 50), confirmation(1, 2, 11), confirmation(1, 1, 12)]);
    expect([...byVersion.get("1:1")!.entries()]).toEqual([
      [11, "2026-04-30T00:00:00Z"],
      [12, "2026-05-01T10:00:00Z"],
    ]);
    expect(byVersion.get("1:2")!.size).toBe(1);
  });

  it("sends one save for a double click, none after saving, and allows a retry after a failure", () => {
    let step = confirmTransition({ phase: "idle" }, { type: "press" });
    expect(step).toEqual({ state: { phase: "saving" }, save: true });
    expect(confirmTransition(step.state, { type: "press" }).save).toBe(false);
    step = confirmTransition(step.state, { type: "saved", already: false });
    expect(step.state).toEqual({ phase: "confirmed", already: false });
    expect(confirmTransition(step.state, { type: "press" }).save).toBe(false);
    const failed = confirmTransition({ phase: "saving" }, { type: "failed", error: new Error("429") });
    expect(failed.state.phase).toBe("failed");
    expect(confirmTransition(failed.state, { type: "press" }).save).toBe(true);
  });
});

describe("completion", () => {
  const readers: Reader[] = [
    { name: "Sam Patel", department: "Customer Services", siteUserId: 11 },
    { name: "Morgan Ellis", department: "Customer Services", siteUserId: 12 },
    { name: "Chris Morgan", department: "Customer Services", siteUserId: null },
    { name: "Alex Okafor", department: "Digital", siteUserId: 13 },
  ];

  it("counts confirmations of the current version per service and names those who have not confirmed", () => {
    const byVersion = confirmersByVersion([confirmation(1, 1, 11), confirmation(1, 1, 11, "2026-06-01T00:00:00Z", 77), confirmation(1, 0, 12), confirmation(1, 1, 99)]);
    const result = documentCompletion(doc(), byVersion, readers, { includeUnlisted: true });
    expect(result).toMatchObject({ expected: 4, confirmed: 1, rate: 0.25 });
    expect(result.services).toEqual([
      { service: "Customer Services", expected: 3, confirmed: 1, rate: 1 / 3, notConfirmed: ["Chris Morgan", "Morgan Ellis"] },
      { service: "Digital", expected: 1, confirmed: 0, rate: 0, notConfirmed: ["Alex Okafor"] },
      { service: NOT_IN_DIRECTORY, expected: null, confirmed: 1, rate: null, notConfirmed: [] },
    ]);
  });

  it("does not guess who must read a document for narrower roles than all staff", () => {
    const result = documentCompletion(doc({ mustRead: ["manager"] }), confirmersByVersion([confirmation(1, 1, 12)]), readers);
    expect(result).toMatchObject({ expected: null, confirmed: 1, rate: null });
    expect(result.services).toEqual([{ service: "Customer Services", expected: null, confirmed: 1, rate: null, notConfirmed: [] }]);
  });

  it("totals confirmations due and made per service across documents", () => {
    const docs = [doc({ id: 1 }), doc({ id: 2, title: "Handbook" }), doc({ id: 3, title: "Draft", status: "Draft" })];
    const completions = libraryCompletion(docs, confirmersByVersion([confirmation(1, 1, 11), confirmation(2, 1, 11), confirmation(2, 1, 13)]), readers);
    expect(completions.map((c) => c.title)).toEqual(["Data Standards Policy", "Handbook"]);
    expect(serviceTotals(completions)).toEqual([
      { service: "Customer Services", expected: 6, confirmed: 2, rate: 2 / 6 },
      { service: "Digital", expected: 2, confirmed: 1, rate: 0.5 },
    ]);
  });
});

describe("reviews", () => {
  it("lists documents past their review date for their owner, and every one for the data lead", () => {
    const docs = [doc({ id: 1, nextReview: "2026-01-01" }), doc({ id: 2, nextReview: "2025-06-01", ownerId: 14 }), doc({ id: 3, nextReview: "2026-02-01", status: "Retired" }), doc({ id: 4, nextReview: "2026-03-01" })];
    expect(reviewsDue(docs, "2026-03-01", { siteUserId: 13, seesAll: false }).map((r) => [r.doc.id, r.daysOverdue])).toEqual([[1, 59]]);
    expect(reviewsDue(docs, "2026-03-01", { siteUserId: 99, seesAll: true }).map((r) => r.doc.id)).toEqual([2, 1]);
    expect(reviewOverdue(doc({ nextReview: "2026-03-01" }), "2026-03-01")).toBe(false);
  });

  it("lets the owner and the data lead change a document, nobody else", () => {
    expect(mayChange(doc(), { siteUserId: 13, seesAll: false })).toBe(true);
    expect(mayChange(doc(), { siteUserId: 11, seesAll: false })).toBe(false);
    expect(mayChange(doc({ ownerId: null }), { siteUserId: 11, seesAll: true })).toBe(true);
  });
});

describe("forms", () => {
  it("refuses a link that is not https, and keeps a good one with its title", () => {
    const draft = { ...draftOf(null), title: "Records standard", kind: "Standard" as const };
    expect(checkDocument({ ...draft, link: "javascript:alert(1)" }).problems).toEqual([{ field: "link", message: expect.stringContaining("https://") }]);
    expect(checkDocument({ ...draft, link: "http://intranet/page" }).problems.map((p) => p.field)).toEqual(["link"]);
    const ok = checkDocument({ ...draft, link: " https://hbc.sharepoint.com/sites/policies/records.aspx ", mustRead: ["staff"], nextReview: "2027-01-31" });
    expect(ok.values).toMatchObject({ Title: "Records standard", DocLink: { Url: "https://hbc.sharepoint.com/sites/policies/records.aspx" }, MustRead: ["staff"], NextReview: "2027-01-31T00:00:00Z" });
  });

  it("names every missing field of the library form", () => {
    expect(checkDocument({ ...draftOf(null), status: "" }).problems.map((p) => p.field)).toEqual(["title", "kind", "status"]);
    expect(checkDocument({ ...draftOf(null), title: "x", kind: "Policy", nextReview: "2026-02-30" }).problems).toEqual([{ field: "nextReview", message: "Enter the next review date as a real date, such as 25/11/2026." }]);
  });

  it("publishes a new version as one save: a higher version number, approved, recorded as a review of the old one", () => {
    const draft = { ...reviewDraftFor("2026-06-01", "New version"), label: "2.0", changes: "Adds the section on retention." };
    expect(draft.nextReview).toBe("2027-06-01");
    expect(checkReview(draft, doc(), "2026-06-01").values).toEqual({
      DocVersion: "2.0",
      ReadVersion: 2,
      ChangeSummary: "Adds the section on retention.",
      ApprovedOn: "2026-06-01T00:00:00Z",
      DocStatus: "Approved",
      NextReview: "2027-06-01T00:00:00Z",
      LastReviewed: "2026-06-01T00:00:00Z",
      ReviewOutcome: "New version",
    });
    expect(checkReview(draft, doc({ readVersion: 0, versionLabel: null, status: "Draft" }), "2026-06-01").values).not.toHaveProperty("LastReviewed");
  });

  it("refuses a version with the current name, no changes, a future date or a review date before it", () => {
    const problems = checkReview({ outcome: "New version", on: "2026-06-02", label: "1.0", changes: " ", nextReview: "2026-06-02" }, doc(), "2026-06-01").problems;
    expect(problems.map((p) => p.field)).toEqual(["on", "label", "changes", "nextReview"]);
    expect(problems[1]!.message).toBe("Version 1.0 is the current one: give the new version a different name.");
    expect(checkReview({ outcome: "No change", on: "2026-06-01", label: "", changes: "", nextReview: "2027-06-01" }, doc(), "2026-06-01").values).toEqual({
      LastReviewed: "2026-06-01T00:00:00Z",
      ReviewOutcome: "No change",
      NextReview: "2027-06-01T00:00:00Z",
    });
  });
});

describe("dates", () => {
  it("reads the council's calendar date and moves a year on, 29 February to 28 February", () => {
    expect(todayOf(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(todayOf(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
    expect(dayOf("2026-11-25T00:00:00Z")).toBe("2026-11-25");
    expect(dayOf("soon")).toBeNull();
    expect(plainQuote("has a [Data Protection Policy](#) which")).toBe("has a Data Protection Policy which");
  });
});

const version = (label: string, saved: string, values: Record<string, unknown>): ItemVersion => ({ label, saved, editorId: 14, editorName: "Jordan Reid", values });

describe("history from the document's versions", () => {
  it("finds published versions where the number rose and reviews where the review date or outcome changed, not where other details were edited", () => {
    const history = historyOf([
      version("3.0", "2026-06-01T09:00:00Z", { ReadVersion: 2, DocVersion: "2.0", ChangeSummary: "Retention added.", ApprovedOn: "2026-06-01T00:00:00Z", LastReviewed: "2026-06-01T00:00:00Z", ReviewOutcome: "New version", NextReview: "2027-06-01T00:00:00Z" }),
      version("1.0", "2025-01-10T09:00:00Z", { ReadVersion: 0, NextReview: null }),
      version("2.0", "2025-02-01T09:00:00Z", { ReadVersion: 1, DocVersion: "1.0", ChangeSummary: "First.", ApprovedOn: "2025-02-01T00:00:00Z", NextReview: "2026-02-01T00:00:00Z" }),
      version("4.0", "2026-06-05T09:00:00Z", { ReadVersion: 2, DocVersion: "2.0", Summary: "typo fixed", LastReviewed: "2026-06-01T00:00:00Z", ReviewOutcome: "New version", NextReview: "2027-06-01T00:00:00Z" }),
    ]);
    expect(history.versions.map((v) => [v.readVersion, v.label, v.approvedOn, v.changeSummary])).toEqual([
      [2, "2.0", "2026-06-01", "Retention added."],
      [1, "1.0", "2025-02-01", "First."],
    ]);
    expect(history.reviews).toEqual([{ reviewedOn: "2026-06-01", outcome: "New version", dueWas: "2026-02-01", nextReview: "2027-06-01", saved: "2026-06-01T09:00:00Z", reviewedBy: "Jordan Reid" }]);
  });
});

describe("opens", () => {
  it("adds counters up per document, month and department, busiest department first", () => {
    const summary = summariseOpens([
      { period: "2026-05", documentId: 1, department: "Digital", opens: 2 },
      { period: "2026-04", documentId: 1, department: "Customer Services", opens: 3 },
      { period: "2026-05", documentId: 1, department: "Customer Services", opens: 4 },
      { period: "2026-05", documentId: 2, department: "Digital", opens: 0 },
    ]);
    expect(summary.get(1)).toEqual({ documentId: 1, total: 9, byMonth: [["2026-04", 3], ["2026-05", 6]], byDepartment: [["Customer Services", 7], ["Digital", 2]] });
    expect(summary.has(2)).toBe(false);
    expect([departmentOpensText(3), departmentOpensText(5), departmentOpensText(1200)]).toEqual(["1–4", "5", "1,200"]);
  });
});

describe("strategy figures", () => {
  const period = { start: "2026-04-01", end: "2027-03-31", label: "2026/27" };
  const readers: Reader[] = [
    { name: "A", department: "Digital", siteUserId: 1 },
    { name: "B", department: "Digital", siteUserId: 2 },
    { name: "C", department: "Planning", siteUserId: 3 },
    { name: "D", department: "Planning", siteUserId: 4 },
  ];
  const standards = doc({ id: 1, key: STANDARDS_POLICY_KEY, nextReview: "2026-09-01" });
  const handbook = doc({ id: 2, key: HANDBOOK_KEY, title: "Data Quality Handbook", kind: "Handbook", nextReview: "2027-09-01" });
  const data: PoliciesData = {
    docs: [standards, handbook],
    histories: new Map([
      [1, { versions: [{ readVersion: 2, label: "2.0", approvedOn: "2026-05-01", changeSummary: "x", saved: "", publishedBy: null }, { readVersion: 1, label: "1.0", approvedOn: "2025-05-01", changeSummary: "y", saved: "", publishedBy: null }], reviews: [{ reviewedOn: "2026-05-01", outcome: "New version" as const, dueWas: "2026-05-10", nextReview: "2026-09-01", saved: "", reviewedBy: null }] }],
      [2, { versions: [], reviews: [{ reviewedOn: "2026-07-01", outcome: "No change" as const, dueWas: "2026-06-01", nextReview: "2027-09-01", saved: "", reviewedBy: null }] }],
    ]),
    confirmations: [confirmation(1, 1, 1, "2026-05-01T00:00:00Z"), confirmation(1, 1, 3, "2026-06-01T00:00:00Z"), confirmation(1, 1, 4, "2027-05-01T00:00:00Z"), confirmation(2, 1, 2)],
    readers,
    opens: [
      { period: "2026-04", documentId: 2, department: "Digital", opens: 7 },
      { period: "2026-05", documentId: 2, department: "Planning", opens: 2 },
      { period: "2026-03", documentId: 2, department: "Digital", opens: 50 },
      { period: "2026-04", documentId: 1, department: "Digital", opens: 9 },
    ],
    asOf: "2026-12-01",
  };
  const figure = (id: string) => POLICY_FIGURES.find((f) => f.id === id)!.compute(data, period);

  it("every figure names a strategy measure the hub seeds", () => {
    expect([...new Set(POLICY_FIGURES.map((f) => f.measureKey))].sort()).toEqual(["data-quality-m9", "data-standards-m1", "data-standards-m7"]);
  });

  it("computes the Data Standards Policy's read-and-understood rate by the period's end, per service", () => {
    expect(figure("policies.standards-policy-read")).toEqual({ value: 50, basis: "2 of 4 staff confirmed version 1.0", breakdown: [{ label: "Digital", value: 50 }, { label: "Planning", value: 50 }] });
  });

  it("is an honest null when the policy has no version to read yet", () => {
    const draft = { ...data, docs: [{ ...standards, status: "Draft" as const }] };
    expect(POLICY_FIGURES.find((f) => f.id === "policies.standards-policy-read")!.compute(draft, period)).toEqual({ value: null, basis: "The Data Standards Policy has no approved version that people are asked to read yet." });
  });

  it("counts the handbook's opens in the period, keeping small departments as a range", () => {
    expect(figure("policies.handbook-opens")).toEqual({ value: 9, basis: "9 opens in 12 months, from 2 departments", breakdown: [{ label: "Digital", value: 7 }, { label: "Planning (1 to 4)", value: null }] });
    expect(figure("policies.handbook-read").value).toBe(25);
  });

  it("counts updates to standards after the first version, and reviews done by their date", () => {
    expect(figure("policies.standards-updates")).toMatchObject({ value: 1, breakdown: [{ label: "Data Standards Policy", value: 1 }] });
    // Standards: due 10/05, done 01/05 (on time); its next, 01/09, passed with no review (late). Handbook: due 01/06, done 01/07 (late).
    expect(figure("policies.reviewed-on-time")).toEqual({ value: 33.3, basis: "1 of 3 reviews due were done on time" });
    expect(figure("policies.read-and-understood")).toMatchObject({ value: 37.5, basis: "3 of 8 confirmations made, over 2 documents" });
  });
});
