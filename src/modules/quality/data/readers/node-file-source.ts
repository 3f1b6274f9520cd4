import { open, stat } from "node:fs/promises";
import path from "node:path";
import { type ByteSource, DEFAULT_CHUNK_SIZE } from "./byte-source";

/** A file on disk, for the command line and the bench (Node only: never imported by the worker). */
export async function nodeFileSource(file: string): Promise<ByteSource> {
  const { size } = await stat(file);
  return {
    name: path.basename(file),
    size,
    async *chunks(chunkSize = DEFAULT_CHUNK_SIZE) {
      const handle = await open(file, "r");
      try {
        for (let offset = 0; offset < size; ) {
          const buffer = new Uint8Array(Math.min(chunkSize, size - offset));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
          if (bytesRead === 0) break;
          offset += bytesRead;
          yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
        }
      } finally {
        await handle.close();
      }
    },
    async read(offset, length) {
      const handle = await open(file, "r");
      try {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}
