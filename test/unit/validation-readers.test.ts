import { strToU8, zipSync } from "fflate";
import { buildXlsx } from "../../bench/validation-xlsx";
import { bytesSource } from "../../src/modules/quality/data/readers/byte-source";
import { readTable } from "../../src/modules/quality/data/readers/open-table";
import type { ReadSummary } from "../../src/modules/quality/data/readers/read-types";
import { validateTable } from "../../src/modules/quality/data/readers/validate-table";
import { createRequestHandler, type ValidationResponse } from "../../src/modules/quality/data/readers/worker-protocol";
import type { Cell } from "../../src/modules/quality/domain/validation/run";

interface Read {
  header: string[];
  rows: { row: number; cells: Cell[] }[];
  summary: ReadSummary;
}

async function read(bytes: Uint8Array, name = "data.csv", chunkSize?: number): Promise<Read> {
  const out: Read = { header: [], rows: [], summary: undefined as unknown as ReadSummary };
  out.summary = await readTable(
    bytesSource(bytes, name),
    {
      header: (h) => void (out.header = h),
      rows: (rows, first, numbers) => rows.forEach((cells, i) => out.rows.push({ row: numbers ? numbers[i]! : first + i, cells: [...cells] })),
    },
    chunkSize ? { chunkSize } : {},
  );
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading CSV files as councils export them", () => {
  it("drops a byte-order mark, so the first column keeps its name", async () => {
    const result = await read(utf8("\uFEFFrecord_id,name\nCR1,Jo\n"));
    expect(result.header).toEqual(["record_id", "name"]);
    expect(result.summary.encoding).toBe("UTF-8");
  });

  it("keeps a quoted line break, doubled quotes and commas inside a value, even across chunk boundaries", async () => {
    const csv = 'id,notes,amount\n1,"Line one\nline two, with a comma",5\n2,"She said ""no""","1,200.00"\n3,plain,7\n';
    for (const chunkSize of [3, 7, 16, 1 << 20]) {
      const result = await read(utf8(csv), "data.csv", chunkSize);
      expect(result.rows).toEqual([
        { row: 2, cells: ["1", "Line one\nline two, with a comma", "5"] },
        { row: 3, cells: ["2", 'She said "no"', "1,200.00"] },
        { row: 4, cells: ["3", "plain", "7"] },
      ]);
    }
  });

  it("finds the separator of a semicolon-separated file (Excel in many European settings)", async () => {
    const result = await read(utf8("id;amount;note\r\n1;12,50;a,b\r\n2;3;c\r\n"));
    expect(result.summary.delimiter).toBe(";");
    expect(result.rows.map((r) => r.cells)).toEqual([
      ["1", "12,50", "a,b"],
      ["2", "3", "c"],
    ]);
  });

  it("numbers rows as a spreadsheet does: blank lines count, the header is row 1", async () => {
    const result = await read(utf8("a,b\n1,2\n\n3,4"));
    expect(result.rows).toEqual([
      { row: 2, cells: ["1", "2"] },
      { row: 3, cells: [""] },
      { row: 4, cells: ["3", "4"] },
    ]);
  });

  it("reads an older Windows-1252 export (£ and é are not UTF-8) and a UTF-16 'Unicode text' file", async () => {
    const latin = Uint8Array.from([...utf8("item,price\nCaf"), 0xe9, ...utf8(","), 0xa3, ...utf8("3\n")]);
    const cp1252 = await read(latin);
    expect(cp1252.rows[0]!.cells).toEqual(["Café", "£3"]);
    expect(cp1252.summary.encoding).toBe("Windows-1252");

    const text = "name\tward\nZoë\tAbbey\n";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const unicode = await read(utf16, "export.txt");
    expect(unicode.header).toEqual(["name", "ward"]);
    expect(unicode.rows[0]!.cells).toEqual(["Zoë", "Abbey"]);
  });

  it("keeps Unicode intact, including characters split across chunks", async () => {
    const result = await read(utf8("name\nŁódź 😀 Ørsted\n"), "data.csv", 5);
    expect(result.rows[0]!.cells).toEqual(["Łódź 😀 Ørsted"]);
  });

  it("refuses an old .xls or password-protected workbook with the reason and what to do", async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(read(ole, "casework.xls")).rejects.toThrow('"casework.xls" is an older Excel .xls workbook or a password-protected one, which cannot be read here: open it in Excel and save it as .xlsx (without a password) or as CSV UTF-8.');
    await expect(read(utf8(""), "empty.csv")).rejects.toThrow('The file "empty.csv" is empty.');
  });
});

describe("reading .xlsx workbooks", () => {
  it("reads text, numbers, booleans, real dates and blank cells from a workbook laid out as Excel does", async () => {
    const bytes = buildXlsx([
      ["id", "amount", "received", "active", "note"],
      ["CR1", 12.5, { date: "2026-11-25" }, true, { inline: "Café & <co>" }],
      ["CR2", null, { date: "2024-02-29" }, false, null],
    ]);
    const result = await read(bytes, "export.xlsx");
    expect(result.summary).toMatchObject({ format: "xlsx", sheet: "Data", isoDatesAccepted: true });
    expect(result.header).toEqual(["id", "amount", "received", "active", "note"]);
    expect(result.rows).toEqual([
      { row: 2, cells: ["CR1", "12.5", "2026-11-25", "TRUE", "Café & <co>"] },
      { row: 3, cells: ["CR2", undefined, "2024-02-29", "FALSE"] },
    ]);
  });

  it("handles what other writers produce: rich text, phonetic guides, escapes, custom date formats, formulas, errors, gaps", async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const bytes = zipSync({
      "xl/workbook.xml": strToU8(`<workbook ${ns} xmlns:r="${rel}"><workbookPr date1904="1"/><sheets><sheet name="Summary" sheetId="2" r:id="rId9"/><sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/cases.xml"/><Relationship Id="rId9" Type="${rel}/worksheet" Target="worksheets/summary.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`),
      "xl/sharedStrings.xml": strToU8(`<sst ${ns}><si><t>id</t></si><si><r><t>Ward </t></r><r><rPr><b/></rPr><t>name</t></r><rPh sb="0" eb="1"><t>ワード</t></rPh></si><si><t xml:space="preserve">Line_x000D_&#10;two &amp; more</t></si></sst>`),
      "xl/styles.xml": strToU8(`<styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs></styleSheet>`),
      "xl/worksheets/summary.xml": strToU8(`<worksheet ${ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not this sheet</t></is></c></row></sheetData></worksheet>`),
      "xl/worksheets/cases.xml": strToU8(
        `<worksheet ${ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>when</t></is></c><c r="D1" t="inlineStr"><is><t>total</t></is></c></row>` +
          `<row r="3"><c r="A3" s="2"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" s="1"><v>45620</v></c><c r="D3" t="str"><f>SUM(X1:X2)</f><v>7</v></c></row>` +
          `<row r="4" spans="1:4"><c r="A4"><v>2</v></c><c r="B4" s="1"/><c r="D4" t="e"><v>#N/A</v></c></row>` +
          `<row><c t="inlineStr"><is><t>no refs</t></is></c><c><v>3</v></c></row></sheetData><mergeCells count="0"/></worksheet>`,
      ),
    });
    const result = await read(bytes, "cases.xlsx");
    expect(result.summary.sheet).toBe("Summary");
    const cases = await readTable(bytesSource(bytes, "cases.xlsx"), { header: () => {}, rows: () => {} }, { sheet: "Cases" });
    expect(cases.sheet).toBe("Cases");

    const rows: Cell[][] = [];
    let header: string[] = [];
    await readTable(bytesSource(bytes, "cases.xlsx"), { header: (h) => void (header = h), rows: (chunk, _first, numbers) => chunk.forEach((c, i) => rows.push([String(numbers![i]), ...c])) }, { sheet: "Cases" });
    expect(header).toEqual(["id", "Ward name", "when", "total"]);
    // 45620 days after 1 January 1904 (the workbook's 1904 calendar) is 25 November 2028.
    expect(rows).toEqual([
      ["3", "1", "Line\r\ntwo & more", "2028-11-25", "7"],
      ["4", "2", undefined, undefined, "#N/A"],
      ["5", "no refs", "3"],
    ]);
    await expect(readTable(bytesSource(bytes, "cases.xlsx"), { header: () => {}, rows: () => {} }, { sheet: "Nope" })).rejects.toThrow('"cases.xlsx" has no sheet called "Nope" (it has "Summary", "Cases").');
  });

  it("validates real Excel dates against a rule for dates written as 25/11/2026", async () => {
    const bytes = buildXlsx([["received"], [{ date: "2026-11-25" }], ["25/11/2026"], ["2026-13-01"]]);
    const { result } = await validateTable(bytesSource(bytes, "x.xlsx"), { fields: [{ name: "received", type: "date", format: "%d/%m/%Y" }] }, { runDate: "2026-11-25" });
    expect(result.rules[0]).toMatchObject({ checked: 3, failed: 1 });
    expect(result.failures[0]).toMatchObject({ row: 4, value: "2026-13-01" });
  });
});

describe("the worker's side of a run", () => {
  const schema = { fields: [{ name: "id", constraints: { required: true } }] };
  const file = new Blob(["id\nA\n\nB\n,\n"]);

  it("posts progress with rows per second, then the result", async () => {
    const messages: ValidationResponse[] = [];
    await createRequestHandler((m) => messages.push(m))({ type: "validate", id: 7, file, fileName: "a.csv", schema, runDate: "2026-11-25" });
    const last = messages[messages.length - 1]!;
    expect(messages.some((m) => m.type === "progress" && m.id === 7 && m.totalBytes === file.size && typeof m.rowsPerSecond === "number")).toBe(true);
    expect(last).toMatchObject({ type: "validated", id: 7, result: { rows: 2, valid: 2 } });
  });

  it("answers bad rules with every problem, a bad file with its reason, and a cancel with 'cancelled'", async () => {
    const messages: ValidationResponse[] = [];
    const handle = createRequestHandler((m) => messages.push(m));
    await handle({ type: "validate", id: 1, file, fileName: "a.csv", schema: { fields: [{ name: "id", type: "nope" }] }, runDate: "2026-11-25" });
    expect(messages.pop()).toMatchObject({ type: "failed", kind: "rules", problems: ['field 1 ("id"): the type "nope" is not supported (use string, number, integer, boolean, date, datetime, time, year, yearmonth, duration, any)'] });
    await handle({ type: "validate", id: 2, file: new Blob([]), fileName: "empty.csv", schema, runDate: "2026-11-25" });
    expect(messages.pop()).toMatchObject({ type: "failed", kind: "file", message: 'The file "empty.csv" is empty.' });

    const big = new Blob([`id\n${"A\n".repeat(200_000)}`]);
    const running = handle({ type: "validate", id: 3, file: big, fileName: "big.csv", schema, runDate: "2026-11-25" });
    await handle({ type: "cancel", id: 3 });
    await running;
    expect(messages.pop()).toEqual({ type: "cancelled", id: 3 });
  });

  it("profiles a file and suggests rules with how many already pass", async () => {
    const messages: ValidationResponse[] = [];
    const rows = Array.from({ length: 40 }, (_, i) => `CR${String(i).padStart(4, "0")},PO9 1AB,${i % 10 === 0 ? "Closed" : "Open"}`).join("\n");
    await createRequestHandler((m) => messages.push(m))({ type: "profile", id: 4, file: new Blob([`id,postcode,status\n${rows}\n`]), fileName: "p.csv", runDate: "2026-11-25" });
    const done = messages.pop();
    if (done?.type !== "profiled") throw new Error(`expected a profile, got ${done?.type}`);
    expect(done.suggestions.map((s) => s.text)).toEqual(expect.arrayContaining(["postcode should be a UK postcode. 100% already pass.", "status should be one of Closed, Open. 100% already pass.", "id should not repeat. 100% already pass."]));
  });
});
