/**
 * Bytes to text for CSV files as councils have them: UTF-8 (with or without a byte-order mark),
 * UTF-16 ("Unicode text" from Excel, which has a mark), or Windows-1252 from an older "CSV"
 * export, recognised because its £ and accents are not valid UTF-8. The mark is never part of the
 * first column's name.
 */
export interface DecodedText {
  encoding: string;
  /** Set when a later part of the file had bytes that are not UTF-8 (shown as �). */
  replaced: boolean;
}

export async function* decodeText(chunks: AsyncIterable<Uint8Array>, state: DecodedText): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk of chunks) {
    if (first) {
      first = false;
      const encoding = chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8";
      if (encoding === "utf-8") {
        try {
          decoder = new TextDecoder("utf-8", { fatal: true });
          state.encoding = "UTF-8";
          yield decoder.decode(chunk, { stream: true });
          continue;
        } catch {
          decoder = new TextDecoder("windows-1252");
          state.encoding = "Windows-1252";
        }
      } else {
        decoder = new TextDecoder(encoding);
        state.encoding = encoding.toUpperCase();
      }
      yield decoder.decode(chunk, { stream: true });
      continue;
    }
    try {
      yield decoder!.decode(chunk, { stream: true });
    } catch {
      // Not UTF-8 after all, past the first megabyte: keep reading, mark what could not be read.
      decoder = new TextDecoder("utf-8");
      state.replaced = true;
      yield decoder.decode(chunk, { stream: true });
    }
  }
  if (decoder) {
    const tail = decoder.decode();
    if (tail) yield tail;
  }
}
