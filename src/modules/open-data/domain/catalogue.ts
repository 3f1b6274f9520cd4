import { strToU8, zipSync } from "fflate";
import { isoToUkDate as formatUkDate } from "../../../core/domain/format";
import { frequencyLabel, type PublicationMetadata, SAFE_FILE_NAME } from "./metadata";
import { dcatFileName, metadataFileName, ZIP_MTIME } from "./package";

/**
 * The residents' catalogue, pure: static HTML any website can serve, needing no sign-in and no
 * script. One page per publication and an index, each with its language, one h1, headings in order,
 * a skip link, tables with captions and header cells, and every piece of text escaped. The files a
 * page links are the package's (the CSV, its CSVW metadata and DCAT), expected beside the page.
 */
export interface CatalogueEntry extends Pick<PublicationMetadata, "title" | "description" | "identifier" | "licenceUri" | "licenceTitle" | "publisher" | "periodStart" | "periodEnd" | "fileName" | "conformsTo"> {
  /** As the record keeps it (a saved record's text, not narrowed to the form's choices). */
  frequency: string;
  /** ISO date-time it was published. */
  issued: string;
  rows: number;
  /** The disclosure control rule applied, or empty. */
  rule: string;
}

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** An href only for http(s) addresses or our own relative file names; anything else is dropped. */
function safeHref(url: string): string | null {
  if (/^https?:\/\//i.test(url)) return escapeHtml(url);
  if (/^[a-z0-9][a-z0-9.-]*$/i.test(url)) return escapeHtml(url);
  return null;
}

export function pageName(entry: Pick<CatalogueEntry, "fileName">): string {
  return entry.fileName.replace(/\.csv$/, ".html");
}

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;margin:0;color:#0b0c0c;background:#fff}
main,header,footer{max-width:60rem;margin:0 auto;padding:1rem}
a{color:#1d4d8f}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.5rem 0}
th,td{border:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}
@media (prefers-color-scheme:dark){body{background:#0b0c0c;color:#fff}a{color:#8ab4f8}th,td{border-color:#6f777b}}`;

function page(title: string, body: string, home: boolean): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header><p>${home ? "Havant Borough Council open data" : '<a href="index.html">All open data</a>'}</p></header>
<main id="content">
${body}
</main>
<footer><p>These pages need no sign-in. Data is published under the licence each page names.</p></footer>
</body>
</html>
`;
}

const period = (e: CatalogueEntry) => `${formatUkDate(e.periodStart)} to ${formatUkDate(e.periodEnd)}`;

export function datasetPage(entry: CatalogueEntry): string {
  const licence = safeHref(entry.licenceUri);
  const schema = entry.conformsTo ? safeHref(entry.conformsTo) : null;
  const row = (label: string, value: string) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`;
  const files = [
    [entry.fileName, "The data (CSV, UTF-8)"],
    [metadataFileName(entry.fileName), "Its description for software (CSV on the Web, JSON)"],
    [dcatFileName(entry.fileName), "Its catalogue record (DCAT, JSON-LD)"],
  ];
  const body = `<h1>${escapeHtml(entry.title)}</h1>
${entry.description
  .split(/\n{2,}/)
  .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
  .join("\n")}
<h2>About this data</h2>
<table>
<caption>Facts about ${escapeHtml(entry.title)}</caption>
<tbody>
${row("Published by", escapeHtml(entry.publisher))}
${row("Period covered", escapeHtml(period(entry)))}
${row("How often it changes", escapeHtml(frequencyLabel(entry.frequency)))}
${row("Published on", escapeHtml(formatUkDate(entry.issued.slice(0, 10))))}
${row("Rows", escapeHtml(entry.rows.toLocaleString("en-GB")))}
${row("Licence", licence ? `<a href="${licence}">${escapeHtml(entry.licenceTitle)}</a>` : escapeHtml(entry.licenceTitle))}
${schema ? row("Follows the schema", `<a href="${schema}">${escapeHtml(entry.conformsTo)}</a>`) : ""}
${row("Identifier", escapeHtml(entry.identifier))}
</tbody>
</table>
${entry.rule ? `<h2>Protecting people's privacy</h2>\n<p>${escapeHtml(entry.rule)}</p>` : ""}
<h2>Download</h2>
<ul>
${files.map(([file, what]) => `<li><a href="${escapeHtml(file!)}">${escapeHtml(what!)}</a> (${escapeHtml(file!)})</li>`).join("\n")}
</ul>`;
  return page(`${entry.title}: Havant Borough Council open data`, body, false);
}

export function indexPage(entries: readonly CatalogueEntry[]): string {
  const sorted = [...entries].sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
  const body = `<h1>Open data from Havant Borough Council</h1>
<p>Data the council publishes for anyone to use, free, under the licence each dataset names. Each dataset has a page saying what it is, how often it changes and where to download it.</p>
${
  sorted.length === 0
    ? "<p>No datasets are published yet.</p>"
    : `<table>
<caption>Published datasets (${sorted.length})</caption>
<thead><tr><th scope="col">Dataset</th><th scope="col">Period covered</th><th scope="col">How often it changes</th><th scope="col">Published on</th></tr></thead>
<tbody>
${sorted.map((e) => `<tr><td><a href="${escapeHtml(pageName(e))}">${escapeHtml(e.title)}</a></td><td>${escapeHtml(period(e))}</td><td>${escapeHtml(frequencyLabel(e.frequency))}</td><td>${escapeHtml(formatUkDate(e.issued.slice(0, 10)))}</td></tr>`).join("\n")}
</tbody>
</table>`
}`;
  return page("Open data: Havant Borough Council", body, true);
}

/**
 * The catalogue's pages; the newest publication of each file name wins (a series keeps one page).
 */
export function cataloguePages(entries: readonly CatalogueEntry[]): Record<string, string> {
  const latest = new Map<string, CatalogueEntry>();
  // Only the file names the Prepare form allows: anything else (a record added by hand) could make a
  // link run script or a zip entry escape its folder, so it is left out of the catalogue.
  for (const e of entries.filter((x) => SAFE_FILE_NAME.test(x.fileName))) {
    const known = latest.get(e.fileName);
    if (!known || known.issued < e.issued) latest.set(e.fileName, e);
  }
  const current = [...latest.values()];
  return { "index.html": indexPage(current), ...Object.fromEntries(current.map((e) => [pageName(e), datasetPage(e)])) };
}

export function catalogueZip(entries: readonly CatalogueEntry[]): Uint8Array {
  const pages = cataloguePages(entries);
  return zipSync(Object.fromEntries(Object.keys(pages).sort().map((name) => [name, [strToU8(pages[name]!), { mtime: ZIP_MTIME }]])), { level: 9 });
}
