import { describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { seed } from "../../src/modules/dictionary/seed";
import terms from "../../src/modules/dictionary/seed/terms.json";

/**
 * The dictionary's seeded terms. A definition must define: where the strategy defines a term it is
 * quoted word for word (and approved); where the strategy only uses a term, the definition is a
 * general one written for the dictionary (a draft for the steward), and the strategy's sentences
 * are kept apart as "How the strategy uses it". Quotes are compared with the strategy after the
 * same normalisation on both sides: `**` and link markup dropped, curly double quotes
 * straightened, whitespace collapsed.
 */
const STRATEGY_PATH = process.env.DATAHUB_STRATEGY_TEXT ?? path.join(process.cwd(), "..", "shared", "seed", "data-use-and-analytics-strategy-2025-2028.txt");
const HAVE_STRATEGY = fs.existsSync(STRATEGY_PATH);
/** In CI these run whether or not the file is there, so a missing strategy fails instead of skipping. */
const describeQuotes = HAVE_STRATEGY || process.env.CI ? describe : describe.skip;

function normalise(text: string): string {
  return text
    .replace(/\*\*/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

const strategy = () => normalise(fs.readFileSync(STRATEGY_PATH, "utf8"));

type SeedTerm = (typeof terms)[number];
const quoted = terms.filter((t) => t.definitionSource === "strategy");
const written = terms.filter((t) => t.definitionSource === "general");

const STOP = new Set(["a", "an", "and", "of", "the", "or", "to", "in", "for"]);
/** "Data" heads nearly every name here; what names a term is the rest ("structured", "schema map"). */
const GENERIC = new Set(["data"]);
const words = (text: string) => normalise(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
/** A name's telling words, without asides such as "(visually)". */
function namingWords(name: string): string[] {
  const all = words(name.replace(/\([^)]*\)/g, " ")).filter((w) => !STOP.has(w));
  const specific = all.filter((w) => !GENERIC.has(w));
  return specific.length ? specific : all;
}
/** Word forms vary ("owner", "Owners"; "anonymisation", "anonymise"): compare the first six letters. */
const mentions = (text: string, name: string) => {
  const said = words(text);
  return namingWords(name).every((w) => said.some((s) => s.startsWith(w.slice(0, 6))));
};
const namesOf = (t: SeedTerm) => [t.title, ...(t.acronym ? [t.acronym] : []), ...t.synonyms];

const seededItems = () => seed[0]!.items() as readonly Record<string, unknown>[];

describe("the dictionary's seeded terms", () => {
  it("gives every term a definition and a plain-English line, and says where each definition comes from", () => {
    const failures = terms.flatMap((t) => [
      ...(t.definition.trim() ? [] : [`${t.key}: no definition`]),
      ...(t.plainLanguage.trim() ? [] : [`${t.key}: no plain-English line`]),
      ...(["strategy", "general"].includes(t.definitionSource) ? [] : [`${t.key}: definitionSource ${t.definitionSource}`]),
    ]);
    expect(failures).toEqual([]);
    expect(quoted.length + written.length).toBe(terms.length);
  });

  it("keeps each plain-English line short and plain: one or two short sentences, no acronym, not the definition again", () => {
    const failures: string[] = [];
    for (const t of terms) {
      const plain = t.plainLanguage;
      if (plain.length > 200) failures.push(`${t.key}: ${plain.length} characters`);
      if (/\n/.test(plain)) failures.push(`${t.key}: more than one line`);
      if (!/[.!?]$/.test(plain)) failures.push(`${t.key}: not a finished sentence`);
      const longest = Math.max(...plain.split(/[.:;!?]\s/).map((s) => s.split(/\s+/).length));
      if (longest > 25) failures.push(`${t.key}: a sentence of ${longest} words`);
      if (t.acronym && new RegExp(`\\b${t.acronym}\\b`, "i").test(plain)) failures.push(`${t.key}: uses the acronym ${t.acronym}`);
      if (normalise(plain) === normalise(t.definition)) failures.push(`${t.key}: repeats the definition`);
    }
    expect(failures).toEqual([]);
  });

  it("never defines a term by what it is not", () => {
    const negative = terms.filter((t) => /\b(is|are) not (an?|the)\b/i.test(t.definition)).map((t) => t.key);
    expect(negative).toEqual([]);
    const byKey = new Map(terms.map((t) => [t.key, t]));
    expect(byKey.get("record-of-processing-activities")!.definition).toMatch(/^The record an organisation must keep of how it processes personal data/);
    expect(byKey.get("information-asset-register")!.definition).toMatch(/^A register of an organisation's information assets/);
  });

  it("approves only the definitions quoted from the strategy, and marks every other one a draft with the strategy's sentences beside it", () => {
    const items = seededItems();
    expect(items).toHaveLength(terms.length);
    const failures: string[] = [];
    items.forEach((item, i) => {
      const t = terms[i]!;
      const fromStrategy = t.definitionSource === "strategy";
      if (item.TermKey !== t.key) failures.push(`${t.key}: seeded out of order`);
      if (item.TermStatus !== (fromStrategy ? "Approved" : "Draft")) failures.push(`${t.key}: status ${String(item.TermStatus)}`);
      if (item.PlainLanguage !== t.plainLanguage) failures.push(`${t.key}: plain English not seeded`);
      if (fromStrategy && item.StrategyUsage !== null) failures.push(`${t.key}: a quoted definition needs no separate usage`);
      if (!fromStrategy && item.StrategyUsage !== t.strategyUsage.join("\n\n")) failures.push(`${t.key}: usage not seeded`);
      if (!fromStrategy && t.strategyUsage.length === 0) failures.push(`${t.key}: no strategy sentence shown`);
    });
    expect(failures).toEqual([]);
    // The strategy defines these itself; the example ("Beginning") only uses its name.
    expect(quoted.map((t) => t.key)).toEqual(expect.arrayContaining(["data", "raw-data", "data-quality", "data-literacy", "data-ethics", "data-standards"]));
    expect(written.map((t) => t.key)).toEqual(expect.arrayContaining(["maturity-beginning", "record-of-processing-activities", "information-asset-register", "personal-data"]));
  });

  it("writes general definitions without inventing council facts", () => {
    const local = written.filter((t) => /\b(council|havant|borough)\b/i.test(t.definition)).map((t) => t.key);
    expect(local).toEqual([]);
  });
});

describeQuotes("seeded terms against the Data Use and Analytics Strategy", () => {
  it("quotes a definition word for word, right after the words that name the term", () => {
    const text = strategy();
    const failures: string[] = [];
    for (const t of quoted) {
      const definition = normalise(t.definition);
      if (!text.includes(definition)) {
        failures.push(`${t.key}: not in the strategy`);
        continue;
      }
      // Either the strategy introduces the definition with the term's name (a heading, a lead-in),
      // or the definition opens by naming the term ("Data quality is …", "Data use refers to …").
      const introduction = t.introducedBy ? normalise(t.introducedBy) : "";
      if (introduction && !text.includes(`${introduction} ${definition}`)) failures.push(`${t.key}: not introduced by “${t.introducedBy}”`);
      const opening = `${introduction} ${definition.split(" ").slice(0, 6).join(" ")}`;
      if (!mentions(opening, t.title)) failures.push(`${t.key}: the quote does not name the term, so it does not define it`);
    }
    expect(failures).toEqual([]);
  });

  it("would refuse a strategy sentence that only uses the term, such as the one that used to define “Beginning”", () => {
    const usedOnly = "However, Data Culture exhibits the widest disparity, ranging from 1 (Beginning) to 5 (Mastering), highlighting challenges in fostering a unified data-driven culture.";
    expect(strategy()).toContain(usedOnly);
    expect(mentions(usedOnly.split(" ").slice(0, 6).join(" "), "Beginning")).toBe(false);
    expect(mentions("A data schema map is not a Record", "Record of Processing Activities")).toBe(false);
  });

  it("shows, for every term the strategy only uses, the strategy's own sentences word for word, each naming the term", () => {
    const text = strategy();
    const failures: string[] = [];
    for (const t of written) {
      for (const usage of t.strategyUsage) {
        const quote = normalise(usage);
        if (!text.includes(quote)) failures.push(`${t.key}: “${usage.slice(0, 40)}…” is not in the strategy`);
        // The sentence names the term, or sits straight under the term's name as a heading ("TIMELINESS").
        const underHeading = namesOf(t).some((name) => text.includes(`${normalise(name).toUpperCase()} ${quote}`));
        if (!underHeading && !namesOf(t).some((name) => mentions(quote, name))) failures.push(`${t.key}: “${usage.slice(0, 40)}…” does not use the term`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("keeps general definitions apart from the strategy's sentences: none is a strategy quote", () => {
    const text = strategy();
    const copied = written.filter((t) => normalise(t.definition).split(/(?<=\.) /).some((sentence) => sentence.split(" ").length >= 6 && text.includes(sentence))).map((t) => t.key);
    expect(copied).toEqual([]);
  });
});
