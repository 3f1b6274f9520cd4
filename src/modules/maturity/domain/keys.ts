/**
 * A stable key from a name: lower case, accents dropped, runs of anything but letters and digits
 * as one hyphen. Names that differ only in capitals or punctuation share a key, and a key never
 * holds "|", which answer keys use as their separator.
 */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
