import { Inflate, inflateSync } from "fflate";
import { UnusableInputError } from "../../domain/validation/schema-error";
import type { ByteSource } from "./byte-source";

/**
 * The parts of a zip file an .xlsx reader needs: the central directory (at the end of the file,
 * read by range), whole small entries, and a large entry inflated as a stream (fflate), so a big
 * worksheet never has to be held uncompressed.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

/** Refuse entries that would inflate past this: a zip bomb, or a workbook far bigger than a browser can hold. */
const MAX_WHOLE_ENTRY = 512 * 1024 * 1024;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

export async function readZipDirectory(source: ByteSource): Promise<Map<string, ZipEntry>> {
  const notXlsx = () => new UnusableInputError(`"${source.name}" is not a readable .xlsx workbook (its zip index is damaged): open it in Excel and save it again.`);
  const tailLength = Math.min(source.size, 65_557);
  const tail = await source.read(source.size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notXlsx();
  const count = u16(tail, end + 10);
  const directorySize = u32(tail, end + 12);
  const directoryOffset = u32(tail, end + 16);
  if (directoryOffset === 0xffffffff || count === 0xffff) throw new UnusableInputError(`"${source.name}" is larger than 4 GB; save the sheet as CSV instead.`);
  const directory = await source.read(directoryOffset, directorySize);
  const decoder = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  for (let p = 0, i = 0; i < count; i++) {
    if (p + 46 > directory.length || u32(directory, p) !== 0x02014b50) throw notXlsx();
    const nameLength = u16(directory, p + 28);
    const name = decoder.decode(directory.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, { name, method: u16(directory, p + 10), compressedSize: u32(directory, p + 20), size: u32(directory, p + 24), headerOffset: u32(directory, p + 42) });
    p += 46 + nameLength + u16(directory, p + 30) + u16(directory, p + 32);
  }
  return entries;
}

async function dataOffset(source: ByteSource, entry: ZipEntry): Promise<number> {
  const header = await source.read(entry.headerOffset, 30);
  if (u32(header, 0) !== 0x04034b50) throw new UnusableInputError(`"${source.name}" is damaged (the part ${entry.name} cannot be found): open it in Excel and save it again.`);
  return entry.headerOffset + 30 + u16(header, 26) + u16(header, 28);
}

function checkMethod(source: ByteSource, entry: ZipEntry): void {
  if (entry.method !== 0 && entry.method !== 8) throw new UnusableInputError(`"${source.name}" uses a compression this reader does not know (method ${entry.method}); save it again from Excel.`);
}

/** A small entry (workbook, styles, shared strings) as text. */
export async function readEntryText(source: ByteSource, entry: ZipEntry): Promise<string> {
  checkMethod(source, entry);
  if (entry.size > MAX_WHOLE_ENTRY) throw new UnusableInputError(`"${source.name}" has a part (${entry.name}) too large to read in a browser; save the sheet as CSV instead.`);
  const compressed = await source.read(await dataOffset(source, entry), entry.compressedSize);
  const bytes = entry.method === 0 ? compressed : inflateSync(compressed, { out: new Uint8Array(entry.size) });
  return new TextDecoder().decode(bytes);
}

/** A large entry (a worksheet) as text, in pieces, inflating as it is read. */
export async function* streamEntryText(source: ByteSource, entry: ZipEntry, chunkSize: number, onRead: (compressedBytes: number) => void): AsyncGenerator<string> {
  checkMethod(source, entry);
  const start = await dataOffset(source, entry);
  const decoder = new TextDecoder();
  const pieces: Uint8Array[] = [];
  const inflater = entry.method === 8 ? new Inflate((data) => void pieces.push(data)) : undefined;
  for (let offset = 0; offset < entry.compressedSize; offset += chunkSize) {
    const length = Math.min(chunkSize, entry.compressedSize - offset);
    const bytes = await source.read(start + offset, length);
    const last = offset + length >= entry.compressedSize;
    if (inflater) inflater.push(bytes, last);
    else pieces.push(bytes);
    onRead(offset + length);
    let text = "";
    for (const piece of pieces) text += decoder.decode(piece, { stream: true });
    pieces.length = 0;
    if (last) text += decoder.decode();
    if (text) yield text;
  }
}
