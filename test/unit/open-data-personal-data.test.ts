import { findPersonalData, looksLikePersonName } from "../../src/modules/open-data/domain/personal-data";
import { tableOf, type OpenDataSchema } from "../../src/modules/open-data/domain/table";

const schema = (fields: OpenDataSchema["fields"]): OpenDataSchema => ({ fields });
const kindsIn = (cell: string, type: "string" | "integer" = "string") => findPersonalData(tableOf(["Value"], [[cell]]), schema([{ name: "Value", type }])).map((f) => f.kind);

describe("personal-data detectors", () => {
  it.each([
    ["jo.bloggs@example.co.uk", "e-mail address"],
    ["Contact: someone@havant.gov.uk please", "e-mail address"],
    ["07700 900123", "phone number"],
    ["023 9244 6000", "phone number"],
    ["+44 (0)1632 960001", "phone number"],
    ["01632960001", "phone number"],
    ["AB123456C", "National Insurance number"],
    ["JG 10 37 59 A", "National Insurance number"],
  ])("flags %s as %s", (cell, kind) => {
    expect(kindsIn(cell)).toEqual([kind]);
  });

  it.each([
    ["12345678901", "11 digits without a UK prefix"],
    ["05123456789", "11 digits starting 05, not a UK prefix in use"],
    ["04123456789", "11 digits starting 04"],
    ["2024010712345", "a transaction number with a phone-like run inside"],
    ["INV-101234567890", "an invoice number containing 01234567890"],
    ["QQ123456C", "NI number with the example prefix QQ"],
    ["GB123456A", "NI number with the unallocated prefix GB"],
    ["DA123456A", "NI number with D as first letter"],
    ["AB123456E", "NI number with suffix E"],
    ["not an email@", "no domain"],
    ["PO9 2AX", "a postcode on its own"],
    ["£1,234.56", "an amount"],
  ])("does not flag %s (%s)", (cell) => {
    expect(kindsIn(cell)).toEqual([]);
  });

  it("ignores phone-shaped numbers in numeric columns", () => {
    expect(kindsIn("07700900123", "integer")).toEqual([]);
  });

  it("flags a full postcode with a date of birth in the same row, not either alone", () => {
    const s = schema([{ name: "Postcode" }, { name: "Date of birth", type: "date" }, { name: "Paid", type: "date" }]);
    const table = tableOf(["Postcode", "Date of birth", "Paid"], [["PO9 2AX", "1980-02-03", ""], ["PO9 2AX", "", "2026-01-01"], ["", "1980-02-03", ""]]);
    const found = findPersonalData(table, s);
    expect(found).toEqual([{ kind: "postcode with date of birth", row: 2, column: "Postcode, Date of birth", masked: "PO9…" }]);
  });

  it("uses od:dateOfBirth when the column's name does not say so", () => {
    const s = schema([{ name: "Postcode" }, { name: "D1", "od:dateOfBirth": true }]);
    expect(findPersonalData(tableOf(["Postcode", "D1"], [["PO9 2AX", "03/02/1980"]]), s).map((f) => f.kind)).toEqual(["postcode with date of birth"]);
  });

  it("flags names of individuals only in columns marked od:redact", () => {
    const s = schema([{ name: "BeneficiaryName", "od:redact": true }, { name: "Purpose" }]);
    const table = tableOf(["BeneficiaryName", "Purpose"], [["Mrs J Smith", "John Smith"], ["Acme Supplies Ltd", "x"], ["REDACTED", "x"], ["Havant Borough Council", "x"], ["Sarah O'Neill", "x"]]);
    const found = findPersonalData(table, s);
    expect(found.map((f) => [f.row, f.column, f.kind])).toEqual([
      [2, "BeneficiaryName", "name of a private individual"],
      [6, "BeneficiaryName", "name of a private individual"],
    ]);
    expect(found[0]!.masked).not.toContain("Smith");
  });

  it.each([["Mr A Patel"], ["JOHN SMITH"], ["Dr Ngozi Okafor-Jones"], ["Anne-Marie Brown"]])("%s looks like a person's name", (name) => {
    expect(looksLikePersonName(name)).toBe(true);
  });
  it.each([["Smith & Sons"], ["Portsmouth Water"], ["The Spring Arts Centre"], ["Redacted - personal data"], ["Smith"], ["Unit 4 Ltd"], ["HBC Housing Services"]])("%s does not look like a person's name", (name) => {
    expect(looksLikePersonName(name)).toBe(false);
  });

  it("flags a free-text column as a whole, once", () => {
    const s = schema([{ name: "Comments", "od:freeText": true }]);
    expect(findPersonalData(tableOf(["Comments"], [["fine"], ["call me on 07700 900123"]]), s)).toEqual([{ kind: "free text", row: 0, column: "Comments", masked: "" }]);
  });
});
