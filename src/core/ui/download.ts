/** Offers text or bytes as a file download (browser only): a CSV export, an .ics calendar, a fix list, a zip. */
export function downloadFile(filename: string, type: string, content: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the browser has started the download, not before.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A CSV made by core/domain/csv.ts (formula-safe, UTF-8 with a byte-order mark), as a download. */
export function downloadCsv(filename: string, csv: string): void {
  downloadFile(filename, "text/csv;charset=utf-8", csv);
}
