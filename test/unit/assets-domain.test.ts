import { asset } from "./assets-fixtures";
import { changedParts, checkDraft, draftFromAsset, draftToFields, emptyDraft, newAssetKey } from "../../src/modules/assets/domain/asset-form";
import { completenessOf, requiredFieldsOf } from "../../src/modules/assets/domain/completeness";
import { addMonths, dayOf, financialQuarterOf, isRealDay } from "../../src/modules/assets/domain/dates";
import { checkDisposal, disposalDueOf, disposalsDue, disposalStateOf, disposalWrites } from "../../src/modules/assets/domain/disposal";
import { checkReview, isOnTime, myAssetsDueForReview, overdueReviews, reviewDueOf, reviewStateOf, reviewWrites } from "../../src/modules/assets/domain/review";
import { filtersFromParams, filtersToParams, matchesRegister, NO_FILTERS, ownersOf } from "../../src/modules/assets/domain/register";

describe("documentation completeness", () => {
  it("counts a fully documented personal-data system asset as complete", () => {
    const c = completenessOf(asset());
    expect(c).toEqual({ required: 24, present: 24, missing: [], percent: 100, complete: true });
  });

  it("asks personal-data assets for the Article 30 fields and others only for the register's core", () => {
    expect(requiredFieldsOf(asset())).toEqual(expect.arrayContaining(["purposes", "lawfulBases", "dataSubjects", "ropaReference"]));
    const plain = asset({ personalData: "No", kind: "Paper records" });
    expect(requiredFieldsOf(plain)).not.toContain("lawfulBases");
    expect(requiredFieldsOf(plain)).not.toContain("schema");
    expect(requiredFieldsOf(plain)).toContain("heldFrom");
  });

  it("adds the Schedule 1 condition and a DPIA for special category data, and safeguards for transfers", () => {
    const special = completenessOf(asset({ specialCategory: "Yes", transfersOutsideUk: "Yes" }));
    expect(special.missing).toEqual(["specialCategoryCondition", "dpiaReference", "transferSafeguards"]);
    expect(special.complete).toBe(false);
  });

  it("names what is missing and rounds the share down, so nearly complete never shows as 100%", () => {
    const c = completenessOf(asset({ manager: null, schemaFieldCount: 0 }));
    expect(c.missing).toEqual(["manager", "schema"]);
    expect(c.present).toBe(22);
    expect(c.percent).toBe(91);
  });

  it("treats an unanswered personal-data question as missing rather than as no", () => {
    expect(completenessOf(asset({ personalData: null })).missing).toEqual(["personalData"]);
  });
});

describe("calendar days", () => {
  it("reads SharePoint's date-only values as the London day, in winter and in summer time", () => {
    expect(dayOf("2026-11-25T00:00:00Z")).toBe("2026-11-25");
    expect(dayOf("2026-06-30T23:00:00Z")).toBe("2026-07-01");
    expect(dayOf("2026-01-31T23:30:00Z")).toBe("2026-01-31");
    expect(dayOf("2026-02-30")).toBeNull();
    expect(dayOf(null)).toBeNull();
  });

  it("adds months as people count them, ending on the shorter month's last day", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-11-25", 3)).toBe("2027-02-25");
    expect(addMonths("2026-03-15", -3)).toBe("2025-12-15");
    expect(isRealDay("2028-02-29")).toBe(true);
  });

  it("names the council's financial quarters", () => {
    expect(financialQuarterOf("2026-05-10")).toEqual({ start: "2026-04-01", end: "2026-06-30", label: "2026/27 Q1" });
    expect(financialQuarterOf("2027-02-01")).toEqual({ start: "2027-01-01", end: "2027-03-31", label: "2026/27 Q4" });
  });
});

describe("quarterly review", () => {
  const today = "2026-11-20";

  it("is due one review period after the last review, or after the asset was added", () => {
    expect(reviewDueOf(asset({ nextReviewDue: null, lastReviewed: "2026-09-01" }))).toBe("2026-12-01");
    expect(reviewDueOf(asset({ nextReviewDue: null, lastReviewed: null, created: "2026-10-05", reviewFrequency: "Yearly" }))).toBe("2027-10-05");
  });

  it("says overdue after the due day, due within 30 days, and not due beyond", () => {
    expect(reviewStateOf(asset({ nextReviewDue: "2026-11-19" }), today)).toBe("overdue");
    expect(reviewStateOf(asset({ nextReviewDue: "2026-11-20" }), today)).toBe("due");
    expect(reviewStateOf(asset({ nextReviewDue: "2026-12-20" }), today)).toBe("due");
    expect(reviewStateOf(asset({ nextReviewDue: "2026-12-21" }), today)).toBe("not due");
    expect(reviewStateOf(asset({ status: "Disposed", nextReviewDue: "2020-01-01" }), today)).toBe("not reviewed");
  });

  it("lists my assets due for review, as owner or as manager, soonest first, and every overdue one for the data lead", () => {
    const assets = [
      asset({ key: "A", name: "A", nextReviewDue: "2026-12-01", owner: { id: 99, name: "Someone", email: "" } }),
      asset({ key: "B", name: "B", nextReviewDue: "2026-11-01" }),
      asset({ key: "C", name: "C", nextReviewDue: "2027-03-01" }),
      asset({ key: "D", name: "D", nextReviewDue: "2026-10-01", owner: { id: 99, name: "Someone", email: "" }, manager: null }),
    ];
    expect(myAssetsDueForReview(assets, 12, today).map((a) => a.key)).toEqual(["B", "A"]);
    expect(myAssetsDueForReview(assets, 13, today).map((a) => a.key)).toEqual(["B"]);
    expect(overdueReviews(assets, today).map((a) => a.key)).toEqual(["D", "B"]);
  });

  it("needs an outcome, says what changed when there were changes, and refuses a future date", () => {
    expect(checkReview({ outcome: "", changes: "", reviewedOn: today }, today)).toEqual({ outcome: expect.stringContaining("Choose") });
    expect(checkReview({ outcome: "Changes made", changes: "  ", reviewedOn: today }, today).changes).toMatch(/what you changed/);
    expect(checkReview({ outcome: "Confirmed, no change", changes: "", reviewedOn: "2026-11-21" }, today).reviewedOn).toMatch(/future/);
    expect(checkReview({ outcome: "Confirmed, no change", changes: "", reviewedOn: "2026-11-31" }, today).reviewedOn).toMatch(/real date/);
    expect(checkReview({ outcome: "Confirmed, no change", changes: "", reviewedOn: today }, today)).toEqual({});
  });

  it("records the review with the date it was due, and moves the asset's next review on by its period", () => {
    const writes = reviewWrites(asset({ nextReviewDue: "2026-11-25", reviewFrequency: "Every six months" }), { outcome: "Changes made", changes: " Added the IAM ", reviewedOn: "2026-11-20" });
    expect(writes.record).toEqual({ Title: "Council tax accounts", AssetKey: "DA-AAAAAA", ReviewOutcome: "Changes made", Changes: "Added the IAM", ReviewedOn: "2026-11-20T00:00:00Z", DueOn: "2026-11-25T00:00:00Z" });
    expect(writes.asset).toEqual({ LastReviewed: "2026-11-20T00:00:00Z", NextReviewDue: "2027-05-20T00:00:00Z" });
  });

  it("counts a review on time when done no later than its due day", () => {
    expect(isOnTime({ reviewedOn: "2026-11-25", dueOn: "2026-11-25" })).toBe(true);
    expect(isOnTime({ reviewedOn: "2026-11-26", dueOn: "2026-11-25" })).toBe(false);
    expect(isOnTime({ reviewedOn: "2026-11-26", dueOn: null })).toBe(true);
  });
});

describe("disposal in line with retention", () => {
  const today = "2026-11-20";

  it("falls due when the oldest records held pass the retention period", () => {
    expect(disposalDueOf(asset({ heldFrom: "2019-04-01", retentionMonths: 72 }))).toBe("2025-04-01");
    expect(disposalDueOf(asset({ heldFrom: null }))).toBeNull();
    expect(disposalDueOf(asset({ retentionMonths: null }))).toBeNull();
    expect(disposalDueOf(asset({ status: "Disposed" }))).toBeNull();
  });

  it("says overdue, due soon within 90 days, not due, or unknown", () => {
    expect(disposalStateOf(asset({ heldFrom: "2019-04-01" }), today)).toBe("overdue");
    expect(disposalStateOf(asset({ heldFrom: "2021-02-01" }), today)).toBe("due soon");
    expect(disposalStateOf(asset({ heldFrom: "2022-01-01" }), today)).toBe("not due");
    expect(disposalStateOf(asset({ heldFrom: null }), today)).toBe("unknown");
    expect(disposalsDue([asset({ key: "late", heldFrom: "2019-04-01" }), asset({ key: "later", heldFrom: "2022-01-01" }), asset({ key: "soon", heldFrom: "2021-02-01" })], today).map((a) => a.key)).toEqual(["late", "soon"]);
  });

  it("moves the oldest records on after a disposal, or marks the whole asset disposed of", () => {
    const a = asset({ heldFrom: "2019-04-01" });
    const input = { disposedOn: "2026-11-01", method: "Secure destruction" as const, recordsDisposed: "Accounts closed before April 2020", heldFromAfter: "2020-04-01", wholeAsset: false, certificate: "" };
    const writes = disposalWrites(a, input);
    expect(writes.asset).toEqual({ HeldFrom: "2020-04-01T00:00:00Z" });
    expect(writes.record).toMatchObject({ AssetKey: "DA-AAAAAA", DisposedOn: "2026-11-01T00:00:00Z", DueOn: "2025-04-01T00:00:00Z", CertificateReference: null });
    expect(disposalWrites(a, { ...input, wholeAsset: true }).asset).toEqual({ AssetStatus: "Disposed" });
  });

  it("refuses a disposal that keeps older records than before, or names no records", () => {
    const a = asset({ heldFrom: "2019-04-01" });
    const problems = checkDisposal(a, { disposedOn: "2026-11-01", method: "", recordsDisposed: "", heldFromAfter: "2019-04-01", wholeAsset: false, certificate: "" }, today);
    expect(Object.keys(problems).sort()).toEqual(["heldFromAfter", "method", "recordsDisposed"]);
    expect(problems.heldFromAfter).toMatch(/newer than before/);
  });
});

describe("the asset form", () => {
  it("needs only a name and a kind, and names each problem as the form labels it", () => {
    expect(checkDraft(emptyDraft(), "2026-11-20")).toEqual({ name: "Enter the asset's name.", kind: "Choose the kind of asset." });
    const problems = checkDraft({ ...emptyDraft(), name: "X", kind: "Spreadsheet or database", retentionMonths: "six years", heldFrom: "2027-01-01" }, "2026-11-20");
    expect(problems.retentionMonths).toMatch(/whole months/);
    expect(problems.heldFrom).toMatch(/future/);
  });

  it("round-trips an asset through the form into list columns, people as site user ids", () => {
    const fields = draftToFields(draftFromAsset(asset()), { ownerId: 13, managerId: 12 });
    expect(fields).toMatchObject({ Title: "Council tax accounts", AssetKind: "System data", InformationAssetOwnerId: 13, InformationAssetManagerId: 12, HoldsPersonalData: "Yes", LawfulBases: ["Public task"], RetentionMonths: 72, HeldFrom: "2019-04-01T00:00:00Z", DpiaReference: null });
  });

  it("makes keys that avoid look-alike characters and keys already taken", () => {
    let n = 0;
    const sequence = () => [0, 0, 0, 0, 0, 0, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99][n++ % 12]!;
    expect(newAssetKey(sequence, new Set(["DA-222222"]))).toBe("DA-ZZZZZZ");
    expect(newAssetKey(Math.random, new Set())).toMatch(/^DA-[2-9A-HJKMNP-Z]{6}$/);
  });

  it("names what someone else changed in between, for the conflict message", () => {
    expect(changedParts(asset(), asset({ name: "Council tax", lastReviewed: "2026-11-01", etag: '"2"' }))).toEqual(["name", "review"]);
  });
});

describe("register filters", () => {
  const today = "2026-11-20";
  it("survive the address and ignore what is not theirs", () => {
    const filters = filtersFromParams(new URLSearchParams("service=Planning&personal=Yes&owner=mine&review=overdue&documented=nope&q=tax"));
    expect(filters).toEqual({ ...NO_FILTERS, service: "Planning", personal: "Yes", owner: "mine", review: "overdue", search: "tax" });
    expect(filtersFromParams(new URLSearchParams(filtersToParams(filters)))).toEqual(filters);
  });

  it("match by service, personal data, owner or manager, review, documentation and words", () => {
    const a = asset();
    expect(matchesRegister(a, { ...NO_FILTERS, owner: "mine" }, 12, today)).toBe(true);
    expect(matchesRegister(a, { ...NO_FILTERS, owner: "14" }, 12, today)).toBe(false);
    expect(matchesRegister(a, { ...NO_FILTERS, personal: "No" }, 12, today)).toBe(false);
    expect(matchesRegister(a, { ...NO_FILTERS, review: "due" }, 12, today)).toBe(true);
    expect(matchesRegister(a, { ...NO_FILTERS, documented: "incomplete" }, 12, today)).toBe(false);
    expect(matchesRegister(a, { ...NO_FILTERS, search: "TAX revenues" }, 12, today)).toBe(true);
    expect(matchesRegister(a, { ...NO_FILTERS, search: "planning" }, 12, today)).toBe(false);
    expect(matchesRegister(asset({ status: "Disposed" }), NO_FILTERS, 12, today)).toBe(false);
  });

  it("lists everyone named as owner or manager once, by name", () => {
    expect(ownersOf([asset(), asset({ key: "B" })])).toEqual([
      { id: 13, name: "Alex Okafor" },
      { id: 12, name: "Morgan Ellis" },
    ]);
  });
});
