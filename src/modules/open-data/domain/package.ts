import { strToU8, zipSync } from "fflate";
import { neutraliseFormula } from "../../../core/domain/csv";
import type { CheckResult } from "./checks";
import { type CheckId, type CheckStatus, type Override, statusOf } from "./check-status";
import { isHttpUrl, type PublicationMetadata, SAFE_FILE_NAME } from "./metadata";
import { SUPPRESSED_MARK } from "./suppression";
import { fieldFor, type OpenDataField, type OpenDataSchema } from "./table";

/**
 * The package a publication downloads as, pure and deterministic (the same input gives the same
 * bytes): the checked CSV (RFC 4180, UTF-8), its CSV on the Web metadata (`<file>-metadata.json`,
 * the name CSVW processors look for by default) and DCAT metadata as JSON-LD, in one zip with fixed
 * dates.
 */

/** Fixed modification time for every file in the zip, so the same publication zips to the same bytes. */
export const ZIP_MTIME = new Date("2025-01-01T00:00:00Z");

const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?$/;

/** One RFC 4180 field: quoted when it must be; text that a spreadsheet would run as a formula is neutralised (numbers are left as numbers). */
function csvField(value: string, numeric: boolean): string {
  const text = numeric && NUMBER.test(value) ? value : neutraliseFormula(value);
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header row, CRLF line ends, UTF-8 with a byte-order mark so spreadsheets read £ correctly. */
export function publishedCsv(columns: readonly string[], rows: readonly (readonly string[])[], schema: OpenDataSchema): string {
  const numeric = columns.map((c) => {
    const f = fieldFor(schema, c);
    return f?.type === "number" || f?.type === "integer" || f?.["od:count"] === true;
  });
  const lines = [columns.map((c) => csvField(c, false)).join(","), ...rows.map((r) => columns.map((_, i) => csvField(r[i] ?? "", numeric[i]!)).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const CSVW_TYPES: Readonly<Record<string, string>> = {
  string: "string",
  number: "decimal",
  integer: "integer",
  boolean: "boolean",
  date: "date",
  datetime: "datetime",
  time: "time",
  year: "gYear",
  yearmonth: "gYearMonth",
  duration: "duration",
  any: "string",
};

/** A strptime date pattern (%d/%m/%Y) as the Unicode pattern CSVW uses (dd/MM/yyyy); null if it has parts CSVW cannot say. */
export function csvwDateFormat(pattern: string): string | null {
  const map: Record<string, string> = { "%d": "dd", "%m": "MM", "%Y": "yyyy", "%y": "yy", "%H": "HH", "%M": "mm", "%S": "ss" };
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "%") {
      const part = map[pattern.slice(i, i + 2)];
      if (!part) return null;
      out += part;
      i++;
    } else if (/[A-Za-z]/.test(pattern[i]!)) return null;
    else out += pattern[i];
  }
  return out;
}

/** A column name as a CSVW `name` (a URI template variable: letters, digits, underscore, percent-encoded otherwise). */
export function csvwName(column: string): string {
  return encodeURIComponent(column).replace(/[-.!~*'()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`).replace(/^_/, "%5F") || "column";
}

function csvwDatatype(field: OpenDataField | undefined): string | { base: string; format: string } {
  const base = CSVW_TYPES[field?.type ?? "string"] ?? "string";
  if ((base === "date" || base === "datetime") && field?.format && field.format !== "default" && field.format !== "any") {
    const format = csvwDateFormat(field.format);
    if (format) return { base, format };
  }
  return base;
}

export interface PackageInput {
  metadata: PublicationMetadata;
  schema: OpenDataSchema;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** The disclosure control rule applied, or null. */
  rule: string | null;
  /** When it is published, ISO date-time. */
  issued: string;
}

const link = (baseUrl: string, file: string) => (baseUrl.trim() && isHttpUrl(baseUrl.trim()) ? new URL(file, baseUrl.trim().endsWith("/") ? baseUrl.trim() : `${baseUrl.trim()}/`).href : file);

export function metadataFileName(fileName: string): string {
  return `${fileName}-metadata.json`;
}
export function dcatFileName(fileName: string): string {
  return `${fileName.replace(/\.csv$/, "")}.dcat.jsonld`;
}

/** CSV on the Web metadata (W3C, 2015) for the published file. */
export function csvwMetadata(input: PackageInput): Record<string, unknown> {
  const { metadata: m, schema } = input;
  const suppressed = input.rule !== null;
  const columns = input.columns.map((column) => {
    const field = fieldFor(schema, column);
    const counts = field?.["od:count"] === true;
    return {
      name: csvwName(column),
      titles: column,
      ...(field?.description ? { "dc:description": field.description } : {}),
      datatype: counts ? "integer" : csvwDatatype(field),
      ...(field?.constraints?.required ? { required: true } : {}),
      ...(counts && suppressed ? { null: ["", SUPPRESSED_MARK] } : {}),
    };
  });
  const primaryKey = typeof schema.primaryKey === "string" ? [schema.primaryKey] : schema.primaryKey;
  return {
    "@context": ["http://www.w3.org/ns/csvw", { "@language": "en" }],
    url: link(m.baseUrl, m.fileName),
    "dc:title": m.title,
    "dc:description": m.description,
    "dc:identifier": m.identifier,
    "dc:publisher": m.publisher,
    "dc:license": { "@id": m.licenceUri },
    "dc:issued": { "@value": input.issued.slice(0, 10), "@type": "xsd:date" },
    "dc:temporal": `${m.periodStart}/${m.periodEnd}`,
    ...(m.keywords.length ? { "dcat:keyword": m.keywords } : {}),
    ...(m.conformsTo ? { "dc:conformsTo": { "@id": m.conformsTo } } : {}),
    dialect: { encoding: "utf-8", header: true, delimiter: "," },
    tableSchema: {
      columns,
      ...(primaryKey?.length ? { primaryKey: primaryKey.map(csvwName) } : {}),
    },
    ...(input.rule ? { notes: [{ "@type": "oa:Annotation", "oa:motivatedBy": { "@id": "oa:describing" }, "oa:hasBody": { "@type": "oa:TextualBody", "rdf:value": `Disclosure control: ${input.rule}` } }] } : {}),
  };
}

/** DCAT (W3C Data Catalog Vocabulary) for the dataset, as JSON-LD, with the fields data.gov.uk harvests. */
export function dcatMetadata(input: PackageInput): Record<string, unknown> {
  const { metadata: m } = input;
  const identifier = m.identifier.trim();
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    ...(isHttpUrl(identifier) ? { "@id": identifier } : {}),
    "@type": "dcat:Dataset",
    "dct:title": m.title,
    "dct:description": m.description,
    "dct:identifier": identifier,
    "dct:license": { "@id": m.licenceUri },
    "dct:rights": m.licenceTitle,
    "dct:publisher": { "@type": "foaf:Organization", "foaf:name": m.publisher },
    "dct:issued": { "@value": input.issued.slice(0, 10), "@type": "xsd:date" },
    "dct:temporal": { "@type": "dct:PeriodOfTime", "dcat:startDate": { "@value": m.periodStart, "@type": "xsd:date" }, "dcat:endDate": { "@value": m.periodEnd, "@type": "xsd:date" } },
    "dct:accrualPeriodicity": m.frequency,
    ...(m.conformsTo ? { "dct:conformsTo": { "@id": m.conformsTo } } : {}),
    ...(m.keywords.length ? { "dcat:keyword": m.keywords } : {}),
    "dct:language": "en",
    ...(input.rule ? { "dct:provenance": { "@type": "dct:ProvenanceStatement", "dct:description": `Disclosure control: ${input.rule}` } } : {}),
    "dcat:distribution": [
      {
        "@type": "dcat:Distribution",
        "dct:title": `${m.title} (CSV)`,
        "dcat:downloadURL": { "@id": link(m.baseUrl, m.fileName) },
        "dcat:mediaType": "text/csv",
        "dct:format": "CSV",
        "dct:license": { "@id": m.licenceUri },
        ...(m.conformsTo ? { "dct:conformsTo": { "@id": m.conformsTo } } : {}),
        "dct:description": `The CSV file; its CSV on the Web metadata is ${metadataFileName(m.fileName)}.`,
      },
    ],
  };
}

export interface PublicationPackage {
  files: Record<string, string>;
  zip: Uint8Array;
  zipName: string;
}

/** The CSV, its CSVW metadata and DCAT, and the zip of the three (deterministic). */
export function buildPackage(input: PackageInput): PublicationPackage {
  const name = input.metadata.fileName;
  if (!SAFE_FILE_NAME.test(name)) throw new RangeError(`"${name}" cannot be the file's name: use lower case letters, digits and hyphens, ending .csv.`);
  const files: Record<string, string> = {
    [name]: publishedCsv(input.columns, input.rows, input.schema),
    [metadataFileName(name)]: `${JSON.stringify(csvwMetadata(input), null, 2)}\n`,
    [dcatFileName(name)]: `${JSON.stringify(dcatMetadata(input), null, 2)}\n`,
  };
  const zip = zipSync(Object.fromEntries(Object.keys(files).sort().map((file) => [file, [strToU8(files[file]!), { mtime: ZIP_MTIME }]])), { level: 9 });
  return { files, zip, zipName: name.replace(/\.csv$/, ".zip") };
}

/** The checks as they are recorded: status, totals and a few rows (never values). */
export interface ChecksSummary {
  id: CheckId;
  status: CheckStatus;
  total: number;
  /** At most SAVED_ROWS rows and columns concerned. */
  rows: { row: number; column: string }[];
}

export const SAVED_ROWS = 10;

export function summariseChecks(checks: readonly CheckResult[], overrides: readonly Override[]): ChecksSummary[] {
  return checks.map((c) => ({ id: c.id, status: statusOf(c, overrides), total: c.total, rows: c.rows.slice(0, SAVED_ROWS).map((r) => ({ row: r.row, column: r.column })) }));
}
