import { financialQuarterOf, shiftQuarter } from "../../src/core/domain/financial-quarters";
import { checkValueDraft, draftOf, parseTypedNumber, periodOfValue, valueKey } from "../../src/modules/measures/domain/recorded";
import { checkMeasureDraft, checkTargetDraft, targetValueOf } from "../../src/modules/measures/domain/settings";

const Q1 = financialQuarterOf("2026-05-01");
const quarters = [shiftQuarter(Q1, -1), Q1];
const draft = (extra: Partial<{ period: string; value: string; evidence: string; link: string }> = {}) => ({ period: "2026/27 Q1", value: "12", evidence: "Audit report, page 3", link: "", ...extra });

describe("values recorded by hand", () => {
  it("reads numbers as people type them", () => {
    expect(parseTypedNumber("1,250")).toBe(1250);
    expect(parseTypedNumber("£1,250.50")).toBe(1250.5);
    expect(parseTypedNumber(" 87.5% ")).toBe(87.5);
    expect(parseTypedNumber("12,5")).toBeNull();
    expect(parseTypedNumber("1e3")).toBeNull();
    expect(parseTypedNumber("twelve")).toBeNull();
  });

  it("a good draft has no problems", () => {
    expect(checkValueDraft(draft({ link: "https://intranet.example/audit.pdf" }), "count", quarters)).toEqual([]);
  });

  it("names each problem in words, in the form's order", () => {
    expect(checkValueDraft({ period: "2027/28 Q1", value: "", evidence: " ", link: "javascript:alert(1)" }, "count", quarters)).toEqual([
      { field: "period", message: "Choose the quarter the value is for." },
      { field: "value", message: "Enter the value." },
      { field: "evidence", message: "Enter the evidence: where the value comes from." },
      { field: "link", message: "Enter the link as a web address starting https://, or leave it empty." },
    ]);
  });

  it("a value must fit its unit: whole counts, percentages up to 100, nothing below 0", () => {
    expect(checkValueDraft(draft({ value: "2.5" }), "count", quarters)).toEqual([{ field: "value", message: "A count is a whole number, for example 12." }]);
    expect(checkValueDraft(draft({ value: "101" }), "percent", quarters)).toEqual([{ field: "value", message: "A percentage can't be more than 100." }]);
    expect(checkValueDraft(draft({ value: "-1" }), "pounds", quarters)).toEqual([{ field: "value", message: "The value can't be less than 0." }]);
    expect(checkValueDraft(draft({ value: "lots" }), "percent", quarters)).toEqual([{ field: "value", message: "Enter the value as a number, for example 87.5." }]);
    expect(checkValueDraft(draft({ value: "2.5" }), "days", quarters)).toEqual([]);
  });

  it("evidence has a limit, said with the count", () => {
    expect(checkValueDraft(draft({ evidence: "x".repeat(4001) }), "count", quarters)).toEqual([{ field: "evidence", message: "Shorten the evidence to 4,000 characters or fewer (it has 4,001)." }]);
  });

  it("a stored value is believed only when its key is its measure and quarter", () => {
    expect(valueKey("data-quality-m5", Q1)).toBe("data-quality-m5@2026/27 Q1");
    expect(periodOfValue({ key: "data-quality-m5@2026/27 Q1", measureKey: "data-quality-m5", period: "2026/27 Q1" })?.label).toBe("2026/27 Q1");
    expect(periodOfValue({ key: "data-quality-m5@2026/27 Q1", measureKey: "data-quality-m6", period: "2026/27 Q1" })).toBeNull();
  });

  it("an open quarter's value starts empty in the form; a new one starts on the chosen quarter", () => {
    expect(draftOf(null, "2026/27 Q1")).toEqual({ period: "2026/27 Q1", value: "", evidence: "", link: "" });
  });
});

describe("targets and what is recorded", () => {
  it("a target may be empty; otherwise a number that fits the unit", () => {
    expect(checkTargetDraft({ target: "", note: "", headline: false }, "percent")).toEqual([]);
    expect(targetValueOf({ target: " ", note: "", headline: false })).toBeNull();
    expect(targetValueOf({ target: "75%", note: "", headline: false })).toBe(75);
    expect(checkTargetDraft({ target: "120", note: "", headline: false }, "percent")).toEqual([{ field: "target", message: "A percentage target can't be more than 100." }]);
    expect(checkTargetDraft({ target: "soon", note: "", headline: false }, "count")).toEqual([{ field: "target", message: "Enter the target as a number, for example 80, or leave it empty for no target." }]);
  });

  it("what is recorded needs its unit and direction once it is named", () => {
    expect(checkMeasureDraft({ ownerEmail: "", ownerName: "", label: "Staff satisfied with data input", unit: "", better: "" })).toEqual([
      { field: "unit", message: "Choose the unit of what is recorded." },
      { field: "better", message: "Choose whether a higher or a lower value is better." },
    ]);
    expect(checkMeasureDraft({ ownerEmail: "", ownerName: "", label: "", unit: "", better: "" })).toEqual([]);
  });
});
