import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** The text of each page of a PDF, as pdf.js reads it (what a reader copies or a screen reader hears). */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "datahub-pdf-"));
  const file = path.join(dir, "report.pdf");
  try {
    await fs.writeFile(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, "pdf-text-reader.mjs"), file], { maxBuffer: 16 * 1024 * 1024 });
    return JSON.parse(stdout) as string[];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
