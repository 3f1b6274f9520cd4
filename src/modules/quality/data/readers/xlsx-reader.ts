import { UnusableInputError } from "../../domain/validation/schema-error";
import type { Cell } from "../../domain/validation/run";
import { type ByteSource, DEFAULT_CHUNK_SIZE } from "./byte-source";
import { type ReadOptions, type ReadSummary, type TableSink, throwIfCancelled } from "./read-types";
import { readEntryText, readZipDirectory, streamEntryText, type ZipEntry } from "./zip-entries";

/**
 * Reads the first (or a named) worksheet of an .xlsx workbook row by row. The zip is read by range
 * and the sheet inflated as a stream (fflate), and the sheet's XML is scanned for rows and cells
 * directly (SpreadsheetML, ECMA-376 part 1 §18.3), which is all validation needs: text as text,
 * numbers as Excel stores them, dates (numbers with a date style) as ISO text, TRUE/FALSE, errors
 * such as #N/A as text. Formulas give their last calculated value.
 */
export async function readXlsx(source: ByteSource, sink: TableSink, options: ReadOptions = {}): Promise<ReadSummary> {
  const entries = await readZipDirectory(source);
  const entry = (name: string) => entries.get(name);
  const workbookEntry = entry("xl/workbook.xml");
  if (!workbookEntry) throw new UnusableInputError(`"${source.name}" is a zip file but not an Excel workbook: save the sheet as .xlsx or CSV.`);
  const workbook = await readEntryText(source, workbookEntry);
  const relsEntry = entry("xl/_rels/workbook.xml.rels");
  const rels = relsEntry ? await readEntryText(source, relsEntry) : "";

  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)].map((m) => attributes(m[1]!));
  if (sheets.length === 0) throw new UnusableInputError(`"${source.name}" has no worksheets.`);
  const sheet = options.sheet ? sheets.find((s) => s.name === options.sheet) : sheets[0];
  if (!sheet) throw new UnusableInputError(`"${source.name}" has no sheet called "${options.sheet}" (it has ${sheets.map((s) => `"${decodeXml(s.name ?? "")}"`).join(", ")}).`);
  const relationships = [...rels.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)].map((m) => attributes(m[1]!));
  const relId = Object.entries(sheet).find(([k]) => k.endsWith(":id"))?.[1];
  const target = relationships.find((r) => r.Id === relId)?.Target;
  const sheetPath = target ? resolvePart(target) : "xl/worksheets/sheet1.xml";
  const sheetEntry = entry(sheetPath);
  if (!sheetEntry) throw new UnusableInputError(`"${source.name}" is damaged: its sheet "${decodeXml(sheet.name ?? "")}" cannot be found.`);

  const sharedTarget = relationships.find((r) => r.Type?.endsWith("/sharedStrings"))?.Target;
  const sharedEntry = entry(sharedTarget ? resolvePart(sharedTarget) : "xl/sharedStrings.xml");
  const shared = sharedEntry ? parseSharedStrings(await readEntryText(source, sharedEntry)) : [];
  const stylesTarget = relationships.find((r) => r.Type?.endsWith("/styles"))?.Target;
  const stylesEntry = entry(stylesTarget ? resolvePart(stylesTarget) : "xl/styles.xml");
  const dateStyles = stylesEntry ? parseDateStyles(await readEntryText(source, stylesEntry)) : [];
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);

  await scanSheet(source, sheetEntry, { shared, dateStyles, date1904 }, sink, options);
  return { format: "xlsx", sheet: decodeXml(sheet.name ?? ""), encoding: "UTF-8", isoDatesAccepted: true, notes: [] };
}

function resolvePart(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

function attributes(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) result[m[1]!] = m[2] ?? m[3] ?? "";
  return result;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML character references, then Excel's own _x000D_ escapes for control characters. */
export function decodeXml(text: string): string {
  let out = text.indexOf("&") < 0 ? text : text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, ref: string) => (ref[0] === "#" ? String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : (ENTITIES[ref] ?? whole)));
  if (out.indexOf("_x") >= 0) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

/** The text of each <si>, joining rich-text runs and leaving out phonetic guides (<rPh>). */
function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const items = xml.split(/<(?:\w+:)?si>/);
  for (let i = 1; i < items.length; i++) strings.push(textRuns(items[i]!.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "")));
  return strings;
}

function textRuns(xml: string): string {
  let text = "";
  for (const m of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += m[1];
  return decodeXml(text);
}

type DateKind = 0 | 1 | 2 | 3; // not a date, date, date and time, time only

/** Excel's built-in date and time formats by id (ECMA-376 §18.8.30). */
const BUILT_IN: Record<number, DateKind> = { 14: 1, 15: 1, 16: 1, 17: 1, 18: 3, 19: 3, 20: 3, 21: 3, 22: 2, 45: 3, 46: 3, 47: 3 };

function formatKind(code: string): DateKind {
  // Quoted text, escaped characters and [Red]/[$-809] sections say nothing about dates; [h] and [mm] do.
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[(?![hms]+\])[^\]]*\]/gi, "").split(";")[0]!;
  const hasDate = /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
  const hasTime = /[hs]/i.test(bare);
  return hasDate && hasTime ? 2 : hasDate ? 1 : hasTime ? 3 : 0;
}

function parseDateStyles(xml: string): DateKind[] {
  const custom = new Map<number, DateKind>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\s([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    custom.set(Number(a.numFmtId), formatKind(decodeXml(a.formatCode ?? "")));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<(?:\w+:)?xf\s([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attributes(m[1]!).numFmtId ?? 0);
    return custom.get(id) ?? BUILT_IN[id] ?? 0;
  });
}

interface SheetContext {
  shared: string[];
  dateStyles: DateKind[];
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** An Excel serial date as ISO text (Excel's 1900 calendar counts a 29 February 1900 that never was). */
function serialToIso(serial: number, kind: DateKind, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const base = date1904 ? Date.UTC(1904, 0, 1) : serial >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  if (!date1904 && serial >= 60 && serial < 61) return undefined;
  const ms = Math.round(base + serial * MS_PER_DAY);
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return kind === 1 ? date : kind === 3 ? time : `${date}T${time}`;
}

function columnIndex(ref: string): number {
  let index = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** The value of a one-letter attribute (r, s, t) inside the tag text from..to, without building an attribute map. */
function attr(xml: string, name: string, from: number, to: number): string | undefined {
  const code = name.charCodeAt(0);
  for (let at = from + 1; at < to - 2; at++) {
    if (xml.charCodeAt(at) !== code || xml.charCodeAt(at + 1) !== 61) continue;
    const before = xml.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const quote = xml[at + 2]!;
    return xml.slice(at + 3, xml.indexOf(quote, at + 3));
  }
  return undefined;
}

const ROWS_PER_BATCH = 5000;

async function scanSheet(source: ByteSource, entry: ZipEntry, context: SheetContext, sink: TableSink, options: ReadOptions): Promise<void> {
  let buffer = "";
  let headerSeen = false;
  let lastRow = 0;
  let batch: Cell[][] = [];
  let numbers: number[] = [];
  let finished = false;
  const flush = () => {
    if (batch.length) sink.rows(batch, numbers[0]!, numbers);
    batch = [];
    numbers = [];
  };

  const onRead = (compressed: number) => options.onProgress?.({ bytesRead: Math.round((compressed / Math.max(1, entry.compressedSize)) * source.size), totalBytes: source.size });
  for await (const text of streamEntryText(source, entry, options.chunkSize ?? DEFAULT_CHUNK_SIZE, onRead)) {
    throwIfCancelled(options.signal);
    buffer = buffer.length ? buffer + text : text;
    let pos = 0;
    const endOfData = buffer.indexOf("</sheetData>");
    for (;;) {
      const start = buffer.indexOf("<row", pos);
      if (endOfData >= 0 && (start < 0 || endOfData < start)) {
        finished = true;
        break;
      }
      if (start < 0) {
        // Keep a tail in case "<row" is split across two pieces.
        pos = Math.max(pos, buffer.length - 16);
        break;
      }
      const next = buffer.charCodeAt(start + 4);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
        pos = start + 4;
        continue;
      }
      const tagEnd = buffer.indexOf(">", start);
      if (tagEnd < 0) {
        pos = start;
        break;
      }
      const r = attr(buffer, "r", start, tagEnd);
      const rowNumber = r ? Number(r) : lastRow + 1;
      if (buffer.charCodeAt(tagEnd - 1) === 47) {
        lastRow = rowNumber;
        pos = tagEnd + 1;
        continue;
      }
      const end = buffer.indexOf("</row>", tagEnd);
      if (end < 0) {
        pos = start;
        break;
      }
      lastRow = rowNumber;
      const cells = parseCells(buffer, tagEnd + 1, end, context);
      pos = end + 6;
      if (!headerSeen) {
        if (cells.every((c) => c === undefined || c === "")) continue;
        headerSeen = true;
        const header: string[] = [];
        for (let i = 0; i < cells.length; i++) header.push(cells[i] ?? "");
        sink.header(header);
        continue;
      }
      batch.push(cells);
      numbers.push(rowNumber);
      if (batch.length >= ROWS_PER_BATCH) flush();
    }
    buffer = finished ? "" : buffer.slice(pos);
    if (finished) break;
  }
  flush();
  if (!headerSeen) sink.header([]);
}

function parseCells(xml: string, from: number, to: number, context: SheetContext): Cell[] {
  const cells: Cell[] = [];
  let column = -1;
  let p = from;
  for (;;) {
    const start = xml.indexOf("<c", p);
    if (start < 0 || start >= to) break;
    const next = xml.charCodeAt(start + 2);
    if (next !== 32 && next !== 62 && next !== 47) {
      p = start + 2;
      continue;
    }
    const tagEnd = xml.indexOf(">", start);
    const ref = attr(xml, "r", start, tagEnd);
    column = ref ? columnIndex(ref) : column + 1;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      p = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf("</c>", tagEnd);
    const type = attr(xml, "t", start, tagEnd);
    let value: string | undefined;
    if (type === "inlineStr") {
      value = textRuns(xml.slice(tagEnd + 1, close));
    } else {
      const v = xml.indexOf("<v", tagEnd);
      if (v >= 0 && v < close && xml.charCodeAt(v + 2) === 62) {
        const raw = xml.slice(v + 3, xml.indexOf("</v>", v));
        if (type === "s") value = context.shared[Number(raw)];
        else if (type === "str" || type === "e") value = decodeXml(raw);
        else if (type === "b") value = raw === "1" ? "TRUE" : "FALSE";
        else if (type === "d") value = raw.endsWith("T00:00:00") ? raw.slice(0, 10) : raw;
        else {
          const style = attr(xml, "s", start, tagEnd);
          const kind = style ? (context.dateStyles[Number(style)] ?? 0) : 0;
          value = kind ? (serialToIso(Number(raw), kind, context.date1904) ?? raw) : raw;
        }
      }
    }
    if (value !== undefined) cells[column] = value;
    p = close + 4;
  }
  return cells;
}
