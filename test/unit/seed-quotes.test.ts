import { describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";

/**
 * The seed content in manifest/seed/ is quoted verbatim from Havant Borough
 * Council's Data Use and Analytics Strategy 2025-2028. These tests check every
 * quoted field against the strategy text, after the same normalisation on both
 * sides: drop `**` markers, turn curly double quotes into straight ones, and
 * collapse runs of whitespace to a single space.
 */

interface Principle {
  key: string;
  title: string;
  objective: string;
  summary: string;
  order: number;
}

interface Action {
  key: string;
  principle: string | null;
  source: "What we will do" | "What next?";
  title: string;
  /** Present only when a bullet is too long for the Title column: the rest of the bullet. */
  description?: string;
  order: number;
}

interface Measure {
  key: string;
  principle: string;
  title: string;
  description: string;
  computable: boolean;
  order: number;
}

interface Term {
  key: string;
  title: string;
  kind: "Term" | "Metric" | "KPI" | "Acronym";
  acronym: string | null;
  synonyms: string[];
  definition: string;
  /** "strategy" when the definition is the strategy's own; "general" when written for the dictionary (a draft). */
  definitionSource: "strategy" | "general";
  section: string;
  related: string[];
}

/**
 * The strategy text lives beside the repository (../shared/seed/, as CI checks it out), or where
 * DATAHUB_STRATEGY_TEXT points. It is the council's document: we quote it, we do not copy it in.
 */
const STRATEGY_PATH = process.env.DATAHUB_STRATEGY_TEXT ?? path.join(process.cwd(), "..", "shared", "seed", "data-use-and-analytics-strategy-2025-2028.txt");
const HAVE_STRATEGY = fs.existsSync(STRATEGY_PATH);
/** Quote checks run wherever the strategy is present; CI always has it, so there they can never be skipped. */
const describeQuotes = HAVE_STRATEGY ? describe : describe.skip;
/** Each seed file lives with what it seeds: the site's principles in manifest/, the rest in their modules. */
const SEED_FILES: Record<string, string> = {
  "principles.json": path.join(process.cwd(), "manifest", "seed", "principles.json"),
  "actions.json": path.join(process.cwd(), "src", "modules", "actions", "seed", "actions.json"),
  "measures.json": path.join(process.cwd(), "src", "modules", "measures", "seed", "measures.json"),
  "terms.json": path.join(process.cwd(), "src", "modules", "dictionary", "seed", "terms.json"),
  "courses.json": path.join(process.cwd(), "src", "modules", "training", "seed", "courses.json"),
};
const SHAREPOINT_TITLE_MAX = 255;
const PRINCIPLE_KEYS = ["data-quality", "data-literacy", "data-ethics", "data-standards", "data-leadership"];

function normalise(text: string): string {
  return text
    .replace(/\*\*/g, "")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

function loadSeed<T>(name: string): T[] {
  const raw = fs.readFileSync(SEED_FILES[name]!, "utf8");
  return JSON.parse(raw) as T[];
}

function loadStrategy(): string {
  if (!fs.existsSync(STRATEGY_PATH)) {
    throw new Error(
      `Strategy text not found at ${STRATEGY_PATH}. The seed-quote tests need the council's ` +
        "Data Use and Analytics Strategy 2025-2028 text at ../shared/seed/ relative to the repo root; " +
        "run Jest from the repo root with that file in place.",
    );
  }
  return normalise(fs.readFileSync(STRATEGY_PATH, "utf8"));
}

const principles = loadSeed<Principle>("principles.json");
const actions = loadSeed<Action>("actions.json");
const measures = loadSeed<Measure>("measures.json");
const terms = loadSeed<Term>("terms.json");
const courses = loadSeed<{ key: string; description: string }>("courses.json");

/** Returns "key.field" for every field whose normalised value is not in the strategy. */
function unquoted<T extends { key: string }>(items: T[], fields: (keyof T)[], strategy: string): string[] {
  const failures: string[] = [];
  for (const item of items) {
    for (const field of fields) {
      const value = item[field];
      if (value === undefined) continue;
      if (typeof value !== "string" || normalise(value) === "" || !strategy.includes(normalise(value))) {
        failures.push(`${item.key}.${String(field)}`);
      }
    }
  }
  return failures;
}

it("has the strategy text to check quotes against whenever it runs in CI", () => {
  if (process.env.CI) expect({ path: STRATEGY_PATH, found: HAVE_STRATEGY }).toEqual({ path: STRATEGY_PATH, found: true });
  else if (!HAVE_STRATEGY) console.warn(`Seed quotes not checked: no strategy text at ${STRATEGY_PATH} (set DATAHUB_STRATEGY_TEXT).`);
});

describeQuotes("seed content quoted from the Data Use and Analytics Strategy", () => {
  it("every action title is quoted verbatim from the strategy", () => {
    const strategy = loadStrategy();
    const failures = unquoted(actions, ["title", "description"], strategy);
    // Each action, title plus any overflow description, is one whole bullet of the strategy.
    for (const action of actions) {
      const whole = normalise(action.description ? `${action.title} ${action.description}` : action.title);
      if (!strategy.includes(`- ${whole} `)) failures.push(`${action.key} (not a whole bullet)`);
    }
    expect(failures).toEqual([]);
  });

  it("every measure title and description is quoted verbatim from the strategy", () => {
    const strategy = loadStrategy();
    const failures = unquoted(measures, ["title", "description"], strategy);
    for (const measure of measures) {
      const bullet = `- ${normalise(measure.title)}: ${normalise(measure.description)}`;
      if (!strategy.includes(bullet)) failures.push(`${measure.key} (title and description are not one bullet)`);
    }
    expect(failures).toEqual([]);
  });

  it("every term definition taken from the strategy is quoted verbatim (the rest: dictionary-seed.test.ts)", () => {
    const strategy = loadStrategy();
    expect(unquoted(terms.filter((t) => t.definitionSource === "strategy"), ["definition"], strategy)).toEqual([]);
  });

  it("every course's commitment is quoted verbatim from the strategy", () => {
    const strategy = loadStrategy();
    expect(unquoted(courses, ["description"], strategy)).toEqual([]);
  });

  it("every principle objective and summary is quoted verbatim from the strategy", () => {
    const strategy = loadStrategy();
    expect(unquoted(principles, ["objective", "summary"], strategy)).toEqual([]);
  });

  it("lists the five principles in the strategy's order", () => {
    expect(principles.map((p) => p.key)).toEqual(PRINCIPLE_KEYS);
    expect(principles.map((p) => p.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it("there are 24 'What we will do' actions and 6 'What next?' actions", () => {
    const whatWeWillDo = actions.filter((a) => a.source === "What we will do");
    const whatNext = actions.filter((a) => a.source === "What next?");
    expect(whatWeWillDo).toHaveLength(24);
    expect(whatNext).toHaveLength(6);
    expect(actions).toHaveLength(30);
    const perPrinciple = PRINCIPLE_KEYS.map((key) => whatWeWillDo.filter((a) => a.principle === key).length);
    expect(perPrinciple).toEqual([8, 4, 5, 3, 4]);
    expect(whatNext.every((a) => a.principle === null)).toBe(true);
  });

  it("there are 47 'How will we measure success?' measures, each tied to a principle", () => {
    const perPrinciple = PRINCIPLE_KEYS.map((key) => measures.filter((m) => m.principle === key).length);
    expect(perPrinciple).toEqual([11, 10, 9, 7, 10]);
    const failures = measures.filter((m) => typeof m.computable !== "boolean").map((m) => `${m.key}.computable`);
    expect(failures).toEqual([]);
  });

  it("orders run from 1 without gaps in every file", () => {
    for (const [name, items] of [
      ["principles", principles],
      ["actions", actions],
      ["measures", measures],
    ] as const) {
      expect({ name, orders: items.map((i) => i.order) }).toEqual({
        name,
        orders: items.map((_, index) => index + 1),
      });
    }
  });

  it("keys are unique and every related term exists", () => {
    const failures: string[] = [];
    for (const [name, items] of [
      ["principles", principles],
      ["actions", actions],
      ["measures", measures],
      ["terms", terms],
    ] as const) {
      const seen = new Set<string>();
      for (const item of items) {
        if (seen.has(item.key)) failures.push(`${name}: duplicate key ${item.key}`);
        seen.add(item.key);
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(item.key)) failures.push(`${name}: key ${item.key} is not kebab-case`);
      }
    }
    const termKeys = new Set(terms.map((t) => t.key));
    for (const term of terms) {
      for (const related of term.related) {
        if (!termKeys.has(related)) failures.push(`${term.key}: related term ${related} does not exist`);
        if (related === term.key) failures.push(`${term.key}: relates to itself`);
      }
    }
    for (const item of [...actions, ...measures]) {
      if (item.principle !== null && !PRINCIPLE_KEYS.includes(item.principle)) {
        failures.push(`${item.key}: unknown principle ${item.principle}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("every title fits SharePoint's 255-character Title column", () => {
    const failures = [...principles, ...actions, ...measures, ...terms]
      .filter((item) => item.title.trim() === "" || item.title.length > SHAREPOINT_TITLE_MAX)
      .map((item) => `${item.key} (${item.title.length} characters)`);
    expect(failures).toEqual([]);
  });
});
