import { type Framework, type FrameworkRow, frameworkFromRows, groupKey } from "./framework";
import { LEVEL_NAMES, LEVELS, type Level } from "./levels";

/**
 * Reads a framework file (the JSON shape of ../shared/reference/dma/framework.json) and either
 * returns the whole framework or refuses the whole file with every problem found: a half-imported
 * framework would leave teams answering rows that later vanish.
 */
export interface FrameworkProblem {
  /** The framework's row number, when the entry has a usable one. */
  row: number | null;
  /** 1-based position in the file's "rows" list, when the problem is in one entry. */
  entry: number | null;
  /** The field at fault ("topic", "levels.3"), or null for the file as a whole. */
  field: string | null;
  /** A whole sentence in plain words, naming the row and field. */
  message: string;
}

export type FrameworkImport =
  | { ok: true; framework: Framework }
  | {
      ok: false;
      /** The first MAX_PROBLEMS problems, in file order. */
      problems: FrameworkProblem[];
      /** How many problems there are in all. */
      problemCount: number;
      /** One line for the top of the refusal, saying nothing was changed. */
      summary: string;
    };

/** SharePoint's Text columns hold 255 characters: topic, theme and statement go in such columns. */
export const MAX_NAME_LENGTH = 255;
/** Far beyond any real descriptor (the longest in the CDDO framework is about 500), to refuse garbage. */
export const MAX_DESCRIPTOR_LENGTH = 10_000;
/** The CDDO framework has 97 rows; a file with thousands is not a framework. */
export const MAX_ROWS = 1_000;
/** Listing hundreds of problems helps nobody: the first ones show what is wrong. */
export const MAX_PROBLEMS = 50;

const TEXT_FIELDS = ["topic", "theme", "statement"] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = typeof value === "string" ? `"${value}"` : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Parses the file's text first, so a file cut short is reported as such rather than as a crash. */
export function parseFrameworkText(text: string): FrameworkImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return refused([{ row: null, entry: null, field: null, message: `The file is not valid JSON${detail}. Check it is the framework file and was not cut short.` }]);
  }
  return parseFramework(data);
}

export function parseFramework(data: unknown): FrameworkImport {
  const problems: FrameworkProblem[] = [];
  const fileProblem = (message: string, field: string | null = null) => problems.push({ row: null, entry: null, field, message });

  if (!isRecord(data)) {
    fileProblem('The file does not hold a framework: expected an object with a "rows" list.');
    return refused(problems);
  }

  const levelNames = readLevelNames(data.levels, fileProblem);
  const rawRows = data.rows;
  if (rawRows === undefined) fileProblem('The file has no "rows" list.', "rows");
  else if (!Array.isArray(rawRows)) fileProblem('"rows" must be a list of rows.', "rows");
  else if (rawRows.length === 0) fileProblem('The "rows" list is empty.', "rows");
  else if (rawRows.length > MAX_ROWS) fileProblem(`The "rows" list has ${rawRows.length.toLocaleString("en-GB")} entries; a framework has at most ${MAX_ROWS.toLocaleString("en-GB")}.`, "rows");
  if (problems.length > 0 || !Array.isArray(rawRows)) return refused(problems);

  const rows: FrameworkRow[] = [];
  const entryOfRow = new Map<number, number>();
  rawRows.forEach((raw, index) => {
    const row = readRow(raw, index + 1, problems);
    if (!row) return;
    const first = entryOfRow.get(row.row);
    if (first !== undefined) {
      problems.push({ row: row.row, entry: index + 1, field: "row", message: `Row ${row.row} appears twice: entries ${first} and ${index + 1} of "rows". Each row number must be unique.` });
      return;
    }
    entryOfRow.set(row.row, index + 1);
    rows.push(row);
  });

  checkSpellings(rows, "topic", problems);
  checkSpellings(rows, "theme", problems);

  if (problems.length > 0) return refused(problems);
  const source = {
    about: typeof data.about === "string" ? data.about.trim() || null : null,
    licence: typeof data.licence === "string" ? data.licence.trim() || null : null,
    attribution: typeof data.attribution === "string" ? data.attribution.trim() || null : null,
  };
  return { ok: true, framework: frameworkFromRows(rows, levelNames, source) };
}

/** The file may name the levels; when it does the names must be complete. Absent, the standard names apply. */
function readLevelNames(raw: unknown, fileProblem: (message: string, field: string) => void): Record<Level, string> {
  if (raw === undefined) return { ...LEVEL_NAMES };
  if (!isRecord(raw)) {
    fileProblem('"levels" must name levels 1 to 5, for example {"1": "Beginning", …}.', "levels");
    return { ...LEVEL_NAMES };
  }
  const names = { ...LEVEL_NAMES };
  for (const level of LEVELS) {
    const name = raw[String(level)];
    if (typeof name !== "string" || name.trim() === "") fileProblem(`"levels" has no name for level ${level}.`, `levels.${level}`);
    else if (name.trim().length > 40) fileProblem(`"levels": the name of level ${level} is longer than 40 characters.`, `levels.${level}`);
    else names[level] = name.trim();
  }
  for (const key of Object.keys(raw)) {
    if (!LEVELS.map(String).includes(key)) fileProblem(`"levels" has an unexpected key ${shown(key)}; levels are 1 to 5.`, "levels");
  }
  return names;
}

function readRow(raw: unknown, entry: number, problems: FrameworkProblem[]): FrameworkRow | null {
  if (!isRecord(raw)) {
    problems.push({ row: null, entry, field: null, message: `Entry ${entry} of "rows" is not a row: expected an object with row, topic, theme, statement and levels.` });
    return null;
  }
  const number = raw.row;
  const rowNumber = typeof number === "number" && Number.isInteger(number) && number >= 1 ? number : null;
  const where = rowNumber !== null ? `Row ${rowNumber}` : `Entry ${entry} of "rows"`;
  const add = (field: string, message: string) => problems.push({ row: rowNumber, entry, field, message: `${where}: ${message}` });
  const before = problems.length;

  if (rowNumber === null) add("row", number === undefined ? '"row" (its number) is missing.' : `"row" must be a whole number from 1, not ${shown(number)}.`);

  const text: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  for (const field of TEXT_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) add(field, `"${field}" is missing.`);
    else if (typeof value !== "string") add(field, `"${field}" must be text, not ${shown(value)}.`);
    else if (value.trim() === "") add(field, `"${field}" is empty.`);
    else if (value.trim().length > MAX_NAME_LENGTH) add(field, `"${field}" is ${value.trim().length} characters long; at most ${MAX_NAME_LENGTH} fit.`);
    else text[field] = value.trim();
  }

  const descriptors: Partial<Record<Level, string>> = {};
  const levels = raw.levels;
  if (levels === undefined || levels === null) add("levels", '"levels" (the five level descriptors) is missing.');
  else if (!isRecord(levels)) add("levels", '"levels" must hold the five level descriptors, keyed "1" to "5".');
  else {
    for (const level of LEVELS) {
      const value = levels[String(level)];
      if (value === undefined || value === null) add(`levels.${level}`, `"levels" has no descriptor for level ${level}.`);
      else if (typeof value !== "string") add(`levels.${level}`, `the descriptor for level ${level} must be text, not ${shown(value)}.`);
      else if (value.trim() === "") add(`levels.${level}`, `the descriptor for level ${level} is empty.`);
      else if (value.trim().length > MAX_DESCRIPTOR_LENGTH) add(`levels.${level}`, `the descriptor for level ${level} is longer than ${MAX_DESCRIPTOR_LENGTH.toLocaleString("en-GB")} characters.`);
      else descriptors[level] = value.trim();
    }
    for (const key of Object.keys(levels)) {
      if (!LEVELS.map(String).includes(key)) add("levels", `"levels" has an unexpected key ${shown(key)}; levels are 1 to 5.`);
    }
  }

  if (problems.length > before || rowNumber === null || !text.topic || !text.theme || !text.statement) return null;
  return {
    row: rowNumber,
    topic: text.topic,
    topicKey: groupKey(text.topic),
    theme: text.theme,
    themeKey: groupKey(text.theme),
    statement: text.statement,
    descriptors: descriptors as Record<Level, string>,
  };
}

/**
 * Two spellings of one name ("Engaging with others", "Engaging With Others") would split a topic's
 * results in two or, with one key, silently pick a name: ask for one spelling instead.
 */
function checkSpellings(rows: readonly FrameworkRow[], kind: "topic" | "theme", problems: FrameworkProblem[]): void {
  const first = new Map<string, FrameworkRow>();
  const reported = new Set<string>();
  for (const row of rows) {
    const key = kind === "topic" ? row.topicKey : row.themeKey;
    const name = kind === "topic" ? row.topic : row.theme;
    if (key === "") {
      problems.push({ row: row.row, entry: null, field: kind, message: `Row ${row.row}: the ${kind} "${name}" has no letters or digits.` });
      continue;
    }
    const seen = first.get(key);
    if (!seen) {
      first.set(key, row);
      continue;
    }
    const seenName = kind === "topic" ? seen.topic : seen.theme;
    if (seenName !== name && !reported.has(`${key}|${name}`)) {
      reported.add(`${key}|${name}`);
      problems.push({ row: row.row, entry: null, field: kind, message: `Row ${row.row}: the ${kind} "${name}" differs from "${seenName}" (row ${seen.row}) only in capitals, spaces or punctuation; use one spelling for both.` });
    }
  }
}

function refused(problems: FrameworkProblem[]): FrameworkImport {
  const count = problems.length;
  const listed = count > MAX_PROBLEMS ? ` (the first ${MAX_PROBLEMS} are listed)` : "";
  return {
    ok: false,
    problems: problems.slice(0, MAX_PROBLEMS),
    problemCount: count,
    summary: `The framework file was not imported: ${count.toLocaleString("en-GB")} ${count === 1 ? "problem" : "problems"}${listed}. Nothing was changed.`,
  };
}
