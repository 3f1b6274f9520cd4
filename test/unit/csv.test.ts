import { neutraliseFormula, toCsv } from "../../src/core/domain/csv";

describe("CSV exports that open safely in Excel", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rx"])("neutralises %j", (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it("leaves ordinary text alone, including a hyphen inside text", () => {
    expect(neutraliseFormula("Data-driven decisions")).toBe("Data-driven decisions");
  });

  it("writes a BOM, quoted cells, doubled quotes and CRLF line ends", () => {
    const csv = toCsv([{ a: 'Say "hi"', b: 3 }, { a: "=1+1", b: null }], [
      { header: "Text", value: (r) => r.a },
      { header: "Number", value: (r) => r.b },
    ]);
    expect(csv).toBe('\uFEFF"Text","Number"\r\n"Say ""hi""","3"\r\n"\'=1+1",""\r\n');
  });

  it("does not neutralise numbers, including negative ones", () => {
    expect(toCsv([{ n: -5 }], [{ header: "n", value: (r) => r.n }])).toContain('"-5"');
  });
});
