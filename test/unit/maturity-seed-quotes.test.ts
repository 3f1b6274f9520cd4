import { describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { FINDING_SECTIONS } from "../../src/modules/maturity/domain/findings";
import { parseFrameworkText } from "../../src/modules/maturity/domain/framework-import";
import { findingsAbout, findingsUnderPrinciple, overallFindings } from "../../src/modules/maturity/domain/findings";
import { validatePrincipleMapping } from "../../src/modules/maturity/domain/principles";
import { FRAMEWORK_FILE_ENV, PRINCIPLE_MAPPING_SEED, STRATEGY_FINDINGS } from "../../src/modules/maturity/seed";
import principles from "../../manifest/seed/principles.json";

/**
 * The maturity seeds quote the strategy's Data Maturity section. As in seed-quotes.test.ts, each
 * quote is compared with the strategy text after the same normalisation on both sides: drop `**`
 * markers, straighten curly double quotes, collapse whitespace.
 */
const STRATEGY_PATH = process.env.DATAHUB_STRATEGY_TEXT ?? path.join(process.cwd(), "..", "shared", "seed", "data-use-and-analytics-strategy-2025-2028.txt");
const HAVE_STRATEGY = fs.existsSync(STRATEGY_PATH);
const FRAMEWORK_PATH = process.env[FRAMEWORK_FILE_ENV] ?? path.join(process.cwd(), "..", "shared", "reference", "dma", "framework.json");
const HAVE_FRAMEWORK = fs.existsSync(FRAMEWORK_PATH);
/** In CI these run whether or not the files are there, so a missing file fails instead of skipping. */
const whenPresent = (present: boolean) => (present || process.env.CI ? describe : describe.skip);

function normalise(text: string): string {
  return text
    .replace(/\*\*/g, "")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

function loadStrategy(): string {
  if (!fs.existsSync(STRATEGY_PATH)) {
    throw new Error(`Strategy text not found at ${STRATEGY_PATH}. The maturity seed-quote tests need the council's Data Use and Analytics Strategy 2025-2028 text at ../shared/seed/ relative to the repo root (or DATAHUB_STRATEGY_TEXT).`);
  }
  return normalise(fs.readFileSync(STRATEGY_PATH, "utf8"));
}

const HEADINGS = PRINCIPLE_MAPPING_SEED.principles.map((p) => p.heading);

/** The principle heading a quote sits under: the last of the five before it. */
function headingAbove(strategy: string, quote: string): string | null {
  const at = strategy.indexOf(normalise(quote));
  let best: { heading: string; index: number } | null = null;
  for (const heading of HEADINGS) {
    const index = strategy.lastIndexOf(` ${heading} `, at);
    if (index >= 0 && (!best || index > best.index)) best = { heading, index };
  }
  const findingsStart = strategy.lastIndexOf(" Key Findings Across Core Themes ", at);
  return best && best.index > findingsStart ? best.heading : null;
}

const mappingLinks = PRINCIPLE_MAPPING_SEED.principles.flatMap((p) => p.links.map((link) => ({ ...link, principleKey: p.principleKey, heading: p.heading })));

it("has the strategy text and the framework file whenever it runs in CI", () => {
  if (process.env.CI) expect({ strategy: HAVE_STRATEGY, framework: HAVE_FRAMEWORK }).toEqual({ strategy: true, framework: true });
  else if (!HAVE_STRATEGY || !HAVE_FRAMEWORK) console.warn(`Maturity seeds not fully checked: strategy at ${STRATEGY_PATH} ${HAVE_STRATEGY ? "found" : "missing"}, framework at ${FRAMEWORK_PATH} ${HAVE_FRAMEWORK ? "found" : "missing"}.`);
});

whenPresent(HAVE_STRATEGY)("maturity seeds quoted from the Data Use and Analytics Strategy", () => {
  it("every finding is quoted verbatim from the strategy", () => {
    const strategy = loadStrategy();
    const failures = STRATEGY_FINDINGS.filter((f) => normalise(f.quote) === "" || !strategy.includes(normalise(f.quote))).map((f) => f.key);
    expect(failures).toEqual([]);
  });

  it("every finding sits in the strategy under its section and principle heading", () => {
    const strategy = loadStrategy();
    const failures: string[] = [];
    for (const f of STRATEGY_FINDINGS) {
      const at = strategy.indexOf(normalise(f.quote));
      const sections = FINDING_SECTIONS.map((section) => ({ section, index: strategy.lastIndexOf(` ${section} `, at) }));
      const nearest = sections.reduce((a, b) => (b.index > a.index ? b : a));
      if (nearest.section !== f.section) failures.push(`${f.key}: under "${nearest.section}", not "${f.section}"`);
      if (f.section === "Key Findings Across Core Themes" && headingAbove(strategy, f.quote) !== f.heading) failures.push(`${f.key}: under "${headingAbove(strategy, f.quote)}", not "${f.heading}"`);
    }
    expect(failures).toEqual([]);
  });

  it("every principle link's label and quote are the strategy's words, the label inside its quote", () => {
    const strategy = loadStrategy();
    const failures: string[] = [];
    for (const link of mappingLinks) {
      if (!strategy.includes(normalise(link.quote))) failures.push(`${link.label}: quote`);
      if (!normalise(link.quote).includes(normalise(link.label))) failures.push(`${link.label}: label not in its quote`);
      if (headingAbove(strategy, link.quote) !== link.heading) failures.push(`${link.label}: not under ${link.heading} in the findings`);
    }
    expect(failures).toEqual([]);
  });
});

describe("the shape of the maturity seeds", () => {
  it("groups the strategy's labels under its five principles, as the brief quotes them", () => {
    expect(PRINCIPLE_MAPPING_SEED.principles.map((p) => p.principleKey)).toEqual(principles.map((p) => p.key));
    const labels = Object.fromEntries(PRINCIPLE_MAPPING_SEED.principles.map((p) => [p.principleKey, p.links.map((l) => l.label)]));
    expect(labels["data-quality"]).toEqual(["Tools theme", "Data inventory and infrastructure"]);
    expect(labels["data-literacy"]).toEqual(["Engaging with Others", "Skills and Knowledge"]);
  });

  it("findings have unique kebab-case keys, orders from 1 without gaps, known sections and principles, and labels inside their quotes", () => {
    const failures: string[] = [];
    const keys = new Set<string>();
    const principleKeys = principles.map((p) => p.key);
    STRATEGY_FINDINGS.forEach((f, i) => {
      if (keys.has(f.key)) failures.push(`${f.key}: duplicate`);
      keys.add(f.key);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f.key)) failures.push(`${f.key}: not kebab-case`);
      if (f.order !== i + 1) failures.push(`${f.key}: order ${f.order}, expected ${i + 1}`);
      if (!(FINDING_SECTIONS as readonly string[]).includes(f.section)) failures.push(`${f.key}: section`);
      if (f.principleKey !== null && !principleKeys.includes(f.principleKey)) failures.push(`${f.key}: principle ${f.principleKey}`);
      for (const s of f.subjects) {
        if (!f.quote.includes(s.label)) failures.push(`${f.key}: label "${s.label}" not in the quote`);
        if (s.targets.length === 0) failures.push(`${f.key}: "${s.label}" has no target`);
      }
    });
    expect(failures).toEqual([]);
  });

  it("finds the strategy's words for a topic, a principle and the whole assessment", () => {
    expect(findingsAbout(STRATEGY_FINDINGS, { kind: "topic", key: "engaging-with-others" }).map((f) => f.key)).toEqual(["engaging-with-others-tight-iqr", "collaboration-stable-iqr", "summary-moderate-consistency"]);
    expect(findingsUnderPrinciple(STRATEGY_FINDINGS, "data-ethics").map((f) => f.key)).toEqual(["ethics-moderate-consistency", "protecting-your-data-outliers"]);
    expect(overallFindings(STRATEGY_FINDINGS).map((f) => f.key)).toEqual(["most-teams-learning-to-developing"]);
  });
});

whenPresent(HAVE_FRAMEWORK)("maturity seeds against the framework", () => {
  function framework() {
    const result = parseFrameworkText(fs.readFileSync(FRAMEWORK_PATH, "utf8"));
    if (!result.ok) throw new Error(result.summary);
    return result.framework;
  }

  it("every topic and theme the principle mapping points at exists in the framework", () => {
    expect(validatePrincipleMapping(PRINCIPLE_MAPPING_SEED, framework(), principles.map((p) => p.key))).toEqual([]);
  });

  it("every topic and theme a finding is about exists in the framework", () => {
    const fw = framework();
    const known = new Set([...fw.topics.map((t) => `topic:${t.key}`), ...fw.themes.map((t) => `theme:${t.key}`)]);
    const failures = STRATEGY_FINDINGS.flatMap((f) => f.subjects.flatMap((s) => s.targets.map((t) => `${t.kind}:${t.key}`)).filter((id) => !known.has(id)).map((id) => `${f.key}: ${id}`));
    expect(failures).toEqual([]);
  });

  it("a mapping that points at a topic the framework lacks is refused with the label and key named", () => {
    const broken = { principles: [{ principleKey: "data-quality", heading: "DATA QUALITY", links: [{ label: "Tools theme", quote: "q", targets: [{ kind: "theme" as const, key: "tooling" }] }] }] };
    expect(validatePrincipleMapping(broken, framework()).map((p) => p.message)).toEqual(['"Tools theme" (DATA QUALITY) points at the theme "tooling", which the framework does not have.']);
  });
});
