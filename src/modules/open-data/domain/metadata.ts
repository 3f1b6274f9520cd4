/**
 * What a publication says about itself, as the publisher fills it in: the fields data.gov.uk needs
 * (title, description, identifier, licence, publisher) and the optional ones it uses (period covered,
 * update frequency, the schema the file conforms to). Pure validation, messages in plain English.
 */
export const OGL_V3 = { uri: "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", title: "Open Government Licence v3.0" } as const;

/** Update frequencies as data.gov.uk's `frequency` (dct:accrualPeriodicity) wants them: ISO 8601 repeating durations. */
export const FREQUENCIES = [
  { value: "R/P1M", label: "Monthly" },
  { value: "R/P3M", label: "Quarterly" },
  { value: "R/P6M", label: "Every six months" },
  { value: "R/P1Y", label: "Annually" },
  { value: "irregular", label: "When it changes" },
  { value: "never", label: "Not updated (one-off)" },
] as const;
export type Frequency = (typeof FREQUENCIES)[number]["value"];

export interface PublicationMetadata {
  title: string;
  description: string;
  /** Stable and globally unique; a URI is best (data.gov.uk). */
  identifier: string;
  licenceUri: string;
  licenceTitle: string;
  publisher: string;
  /** ISO dates, both inclusive. */
  periodStart: string;
  periodEnd: string;
  frequency: Frequency;
  /** URL of the machine-readable schema, e.g. the LGA's for a Transparency Code dataset. */
  conformsTo: string;
  keywords: string[];
  /** The CSV's file name, e.g. "spend-2026-q2.csv". */
  fileName: string;
  /** Where the files will be served from (optional): links become absolute. */
  baseUrl: string;
}

export type MetadataErrors = Partial<Record<keyof PublicationMetadata, string>>;

/** Lower case letters, digits and hyphens, ending .csv: safe as a link, a zip entry and a web address. */
export const SAFE_FILE_NAME = /^[a-z0-9][a-z0-9-]*\.csv$/;

const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** Whether a URL is an absolute http(s) one. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** A file name safe on any web server: lower case letters, digits and hyphens, ending .csv. */
export function safeFileName(text: string): string {
  const stem = text
    .toLowerCase()
    .replace(/\.(csv|xlsx?)$/i, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${stem || "data"}.csv`;
}

export function metadataErrors(m: PublicationMetadata): MetadataErrors {
  const errors: MetadataErrors = {};
  if (!m.title.trim()) errors.title = "Enter a title.";
  else if (m.title.length > 200) errors.title = "Keep the title to 200 characters.";
  if (m.description.trim().length < 50) errors.description = "Describe the data in at least 50 characters: what it is, what each row is and where it comes from.";
  else if (m.description.length > 5000) errors.description = "Keep the description to 5,000 characters.";
  if (!m.identifier.trim()) errors.identifier = "Enter an identifier that will not change, ideally a web address.";
  else if (/\s/.test(m.identifier.trim())) errors.identifier = "The identifier cannot contain spaces.";
  if (!isHttpUrl(m.licenceUri)) errors.licenceUri = "Enter the licence's web address.";
  if (!m.licenceTitle.trim()) errors.licenceTitle = "Enter the licence's name.";
  if (!m.publisher.trim()) errors.publisher = "Enter the publisher.";
  if (!ISO_DATE.test(m.periodStart)) errors.periodStart = "Enter the first day the data covers.";
  if (!ISO_DATE.test(m.periodEnd)) errors.periodEnd = "Enter the last day the data covers.";
  else if (ISO_DATE.test(m.periodStart) && m.periodEnd < m.periodStart) errors.periodEnd = "The period cannot end before it starts.";
  if (!FREQUENCIES.some((f) => f.value === m.frequency)) errors.frequency = "Choose how often it is updated.";
  if (m.conformsTo.trim() && !isHttpUrl(m.conformsTo.trim())) errors.conformsTo = "Enter the schema's web address (https://…), or leave it empty.";
  if (m.baseUrl.trim() && !isHttpUrl(m.baseUrl.trim())) errors.baseUrl = "Enter the web address the files will be served from, or leave it empty.";
  if (!SAFE_FILE_NAME.test(m.fileName)) errors.fileName = "Name the file with lower case letters, digits and hyphens, ending .csv.";
  return errors;
}

/** Blank metadata with the defaults: OGL v3.0, quarterly. */
export function blankMetadata(publisher = "Havant Borough Council"): PublicationMetadata {
  return { title: "", description: "", identifier: "", licenceUri: OGL_V3.uri, licenceTitle: OGL_V3.title, publisher, periodStart: "", periodEnd: "", frequency: "R/P3M", conformsTo: "", keywords: [], fileName: "data.csv", baseUrl: "" };
}

export function frequencyLabel(value: string): string {
  return FREQUENCIES.find((f) => f.value === value)?.label ?? value;
}
