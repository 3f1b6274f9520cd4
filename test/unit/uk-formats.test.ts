import { detectUkFormats, isEmail, isNhsNumber, isNiNumber, isUkDate, isUkPhone, isUkPostcode, isUprn, normaliseUkPostcode, parseUkDate, UK_FORMATS } from "../../src/core/domain/uk-formats";

describe("UK formats", () => {
  it.each(["PO9 1AB", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA", "po9 1ab", "PO91AB"])("accepts the postcode %j", (value) => {
    expect(isUkPostcode(value)).toBe(true);
  });

  it.each(["QO9 1AB", "PO9 1AC", "PO9 1AI", "PJ9 1AB", "PO9", "12345", "PO9  1AB", " PO9 1AB", "PO9 1AB ", "XX99 9XXX", "N/A", ""])("refuses %j as a postcode", (value) => {
    expect(isUkPostcode(value)).toBe(false);
  });

  it("writes a postcode the Royal Mail way", () => {
    expect(normaliseUkPostcode("po91ab")).toBe("PO9 1AB");
    expect(normaliseUkPostcode("sw1a1aa")).toBe("SW1A 1AA");
    expect(normaliseUkPostcode("not one")).toBeNull();
  });

  it("takes a UPRN as 1 to 12 digits, not zero and not longer", () => {
    expect(isUprn("100062456932")).toBe(true);
    expect(isUprn("1")).toBe(true);
    expect(isUprn("000100062456")).toBe(true);
    expect(isUprn("0")).toBe(false);
    expect(isUprn("1000624569321")).toBe(false);
    expect(isUprn("10006245693A")).toBe(false);
    expect(isUprn("UNKNOWN")).toBe(false);
  });

  it("knows which National Insurance prefixes and suffixes are never issued", () => {
    expect(isNiNumber("AB123456C")).toBe(true);
    expect(isNiNumber("AB 12 34 56 C")).toBe(true);
    expect(isNiNumber("QQ123456C")).toBe(false); // Q is never a first letter: the common dummy
    expect(isNiNumber("GB123456A")).toBe(false);
    expect(isNiNumber("AO123456A")).toBe(false); // O is never a second letter
    expect(isNiNumber("AB123456E")).toBe(false);
    expect(isNiNumber("ab123456c")).toBe(false);
  });

  it("checks an NHS number's modulus 11 digit", () => {
    expect(isNhsNumber("943 476 5919")).toBe(true);
    expect(isNhsNumber("9434765919")).toBe(true);
    expect(isNhsNumber("9434765918")).toBe(false);
  });

  it.each(["01632 960001", "(01632) 960001", "020 7946 0018", "07700 900123", "07700-900123", "+44 7700 900123", "+44 (0)7700 900123", "0044 1632 960001", "0800 123 456", "0808 157 0000", "03001 234567"])("accepts the UK phone number %j", (value) => {
    expect(isUkPhone(value)).toBe(true);
  });

  it.each(["12345678901", "100062456932", "0612345678901", "06123 456789", "04123 456789", "07600 900123", "+1 202 555 0100", "0770090012", "077009001234", "01632 96000x", "CR00001234"])("refuses %j as a UK phone number (not every 11-digit number is one)", (value) => {
    expect(isUkPhone(value)).toBe(false);
  });

  it("accepts ordinary e-mail addresses and refuses broken ones", () => {
    expect(isEmail("jo.bloggs@example.gov.uk")).toBe(true);
    expect(isEmail("o'neill+casework@example.co.uk")).toBe(true);
    for (const bad of ["j.smith@", "jsmith.example.gov.uk", "a..b@example.gov.uk", ".a@example.gov.uk", "a@example", "a b@example.gov.uk", "a@-example.gov.uk", "n/a"]) expect(isEmail(bad)).toBe(false);
  });

  it("reads dates written as 25/11/2026 on real calendar days only", () => {
    expect(parseUkDate("25/11/2026")).toEqual({ year: 2026, month: 11, day: 25 });
    expect(parseUkDate("5/1/2026")).toEqual({ year: 2026, month: 1, day: 5 });
    expect(isUkDate("29/02/2024")).toBe(true);
    expect(isUkDate("29/02/2026")).toBe(false);
    expect(isUkDate("31/04/2026")).toBe(false);
    expect(isUkDate("2026-11-25")).toBe(false);
    expect(isUkDate("11/25/2026")).toBe(false); // American order is not a UK date
  });

  it("detects the personal identifiers in a value, and marks which formats are personal", () => {
    expect(detectUkFormats("AB 12 34 56 C")).toEqual(["ni-number"]);
    expect(detectUkFormats("07700 900123")).toEqual(["uk-phone"]);
    expect(detectUkFormats("9434765919")).toEqual(["uprn", "nhs-number"]);
    expect(detectUkFormats("Housing")).toEqual([]);
    expect(UK_FORMATS.filter((f) => f.personal).map((f) => f.id)).toEqual(["ni-number", "nhs-number", "uk-phone", "email"]);
  });

  it("gives every format a plain-English name and an example that passes its own check", () => {
    for (const format of UK_FORMATS) {
      expect(format.name).not.toMatch(/^[a-z-]+$/);
      expect(format.check(format.example)).toBe(true);
    }
  });
});
