import { describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { seed } from "../../src/modules/policies/seed";
import documents from "../../src/modules/policies/seed/documents.json";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from "../../src/modules/policies/lists";

/**
 * The policies library starts with the documents the strategy names, each carrying the strategy's
 * own words. Checked as test/unit/seed-quotes.test.ts checks the other seeds (drop `**`, straight
 * quotes, one space), and with the strategy's link markup (`[Data Protection Policy](#)`) read as
 * its words, since the seed stores the words a reader sees.
 */
const STRATEGY_PATH = process.env.DATAHUB_STRATEGY_TEXT ?? path.join(process.cwd(), "..", "shared", "seed", "data-use-and-analytics-strategy-2025-2028.txt");
const HAVE_STRATEGY = fs.existsSync(STRATEGY_PATH);
const describeQuotes = HAVE_STRATEGY ? describe : describe.skip;

/** The strategy commits to the ethics policy without naming it: its quote describes it instead. */
const NAMED_AS: Record<string, string> = { "data-ethics-policy": "policy that outlines ethical practices" };

const normalise = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\(#\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

it("has the strategy text to check the policies' quotes whenever it runs in CI", () => {
  if (process.env.CI) expect({ path: STRATEGY_PATH, found: HAVE_STRATEGY }).toEqual({ path: STRATEGY_PATH, found: true });
});

describeQuotes("the policies seed, quoted from the Data Use and Analytics Strategy", () => {
  const strategy = normalise(fs.readFileSync(STRATEGY_PATH, "utf8"));

  it("quotes the strategy verbatim for every document, and each quote names the document", () => {
    const failures = documents.filter((d) => !strategy.includes(normalise(d.quote))).map((d) => d.key);
    expect(failures).toEqual([]);
    const unnamed = documents.filter((d) => !normalise(d.quote).toLowerCase().includes((NAMED_AS[d.key] ?? d.title).toLowerCase())).map((d) => d.key);
    expect(unnamed).toEqual([]);
  });

  it("every other title is the strategy's own name for the document", () => {
    const failures = documents.filter((d) => !NAMED_AS[d.key] && !strategy.toLowerCase().includes(d.title.toLowerCase())).map((d) => d.key);
    expect(failures).toEqual([]);
  });
});

describe("the policies seed", () => {
  it("seeds the five documents the strategy names, with no text, summary, version or readers of the hub's own", () => {
    expect(documents.map((d) => d.key)).toEqual(["data-quality-handbook", "data-ethics-policy", "data-standards-policy", "data-protection-policy", "information-governance-policy"]);
    const items = seed[0]!.items();
    expect(items).toHaveLength(5);
    for (const item of items as Record<string, unknown>[]) {
      expect(item).toMatchObject({ ReadVersion: 0, MustRead: [] });
      expect(item).not.toHaveProperty("Summary");
      expect(item).not.toHaveProperty("DocLink");
      expect(item).not.toHaveProperty("DocVersion");
    }
  });

  it("puts the documents still to be written in draft, and the ones the council has as approved links to fill in", () => {
    expect(Object.fromEntries(documents.map((d) => [d.key, d.status]))).toEqual({
      "data-quality-handbook": "Draft",
      "data-ethics-policy": "Draft",
      "data-standards-policy": "Draft",
      "data-protection-policy": "Approved",
      "information-governance-policy": "Approved",
    });
    for (const d of documents) {
      expect((DOCUMENT_KINDS as readonly string[]).includes(d.kind)).toBe(true);
      expect((DOCUMENT_STATUSES as readonly string[]).includes(d.status)).toBe(true);
      expect(d.title.length).toBeLessThanOrEqual(255);
    }
  });
});
