import { writeFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { benchRows } from "./validation-data";

/**
 * A minimal .xlsx writer, as Excel lays a workbook out: text in the shared-string table, numbers as
 * numbers, and dates as serial numbers with a date style (numFmtId 14), so the reader meets the
 * same shapes as in a real export. Used by the bench and the reader's tests.
 */
export type XlsxCell = string | number | boolean | { date: string } | { inline: string } | null;

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y!, m! - 1, d!) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function buildXlsx(rows: readonly (readonly XlsxCell[])[], sheetName = "Data"): Uint8Array {
  const shared = new Map<string, number>();
  const sharedList: string[] = [];
  const sheetRows: string[] = [];
  rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((cell, c) => {
      if (cell === null) return;
      const ref = `${columnName(c)}${r + 1}`;
      if (typeof cell === "number") cells.push(`<c r="${ref}"><v>${cell}</v></c>`);
      else if (typeof cell === "boolean") cells.push(`<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`);
      else if (typeof cell === "string") {
        let index = shared.get(cell);
        if (index === undefined) {
          index = sharedList.push(cell) - 1;
          shared.set(cell, index);
        }
        cells.push(`<c r="${ref}" t="s"><v>${index}</v></c>`);
      } else if ("date" in cell) cells.push(`<c r="${ref}" s="1"><v>${serial(cell.date)}</v></c>`);
      else cells.push(`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(cell.inline)}</t></is></c>`);
    });
    sheetRows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipSync({
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="${escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${sheetRows.join("")}</sheetData></worksheet>`),
    "xl/sharedStrings.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="${sharedList.length}" uniqueCount="${sharedList.length}">${sharedList.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join("")}</sst>`),
    "xl/styles.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`),
  });
}

/** The bench's council export as a workbook: amounts as numbers and dates as real Excel dates where they are valid. */
export async function writeBenchXlsx(file: string, rows: number): Promise<void> {
  const table: XlsxCell[][] = [];
  for (const chunk of benchRows(rows)) {
    for (const row of chunk) {
      table.push(
        row.map((value, c) => {
          if (value === "") return null;
          if (table.length > 0 && c === 5 && /^-?[0-9]+\.[0-9]{2}$/.test(value)) return Number(value);
          const uk = /^([0-9]{2})\/([0-9]{2})\/([0-9]{4})$/.exec(value);
          if (table.length > 0 && uk && !Number.isNaN(Date.parse(`${uk[3]}-${uk[2]}-${uk[1]}`)) && Number(uk[1]) <= new Date(Date.UTC(Number(uk[3]), Number(uk[2]), 0)).getUTCDate()) return { date: `${uk[3]}-${uk[2]}-${uk[1]}` };
          return value;
        }),
      );
    }
  }
  writeFileSync(file, buildXlsx(table));
}
