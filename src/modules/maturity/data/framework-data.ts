import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItems } from "../../../core/data/lists";
import { type Framework, type FrameworkRow, frameworkFromRows } from "../domain/framework";
import { parseFrameworkText } from "../domain/framework-import";
import { LEVEL_NAMES, LEVELS, type Level } from "../domain/levels";
import { planReimport, type ReimportPlan } from "../domain/framework-reimport";
import { frameworkRowValues, levelNamesText } from "../domain/wire";
import { answersList, frameworkInfoList, frameworkRowsList } from "../lists";

const ROW_SELECT = ["Id", "RowNumber", "Title", "Topic", "TopicKey", "Theme", "ThemeKey", "Level1", "Level2", "Level3", "Level4", "Level5", "Retired"] as const;
const INFO_SELECT = ["Id", "About", "Licence", "Attribution", "LevelNames", "ImportedOn", "Modified"] as const;

/** The framework as the site holds it: the rows in use, the retired ones, and each row's list item. */
export interface SiteFramework {
  framework: Framework;
  /** Rows a later file no longer had: kept with their answers, not assessed or counted. */
  retired: FrameworkRow[];
  /** List item and version of every row, retired or not, by row number. */
  items: Map<number, { id: number; etag: string | null }>;
  info: { id: number; etag: string | null; importedOn: string | null } | null;
}

function levelNamesFrom(text: string | null | undefined): Record<Level, string> {
  const lines = (text ?? "").split(/\r?\n/).map((l) => l.trim());
  const names = { ...LEVEL_NAMES };
  for (const level of LEVELS) if (lines[level - 1]) names[level] = lines[level - 1]!;
  return names;
}

interface SiteRows extends Omit<SiteFramework, "framework"> {
  active: FrameworkRow[];
  levelNames: Record<Level, string>;
  source: Framework["source"];
}

/** The rows (97; at most 1,000: one request) and the source item, whether or not any row is there yet. */
async function readSite(sp: SPFI): Promise<SiteRows> {
  const [rows, infos] = await Promise.all([
    getItems(sp, frameworkRowsList, { select: ROW_SELECT, orderBy: [["RowNumber", "asc"]], top: 5000 }),
    getItems(sp, frameworkInfoList, { select: INFO_SELECT, orderBy: [["Id", "asc"]], top: 1 }),
  ]);
  const active: FrameworkRow[] = [];
  const retired: FrameworkRow[] = [];
  const items = new Map<number, { id: number; etag: string | null }>();
  for (const item of rows) {
    if (item.RowNumber === null) continue;
    const row: FrameworkRow = {
      row: item.RowNumber,
      topic: item.Topic ?? "",
      topicKey: item.TopicKey ?? "",
      theme: item.Theme ?? "",
      themeKey: item.ThemeKey ?? "",
      statement: item.Title ?? "",
      descriptors: { 1: item.Level1 ?? "", 2: item.Level2 ?? "", 3: item.Level3 ?? "", 4: item.Level4 ?? "", 5: item.Level5 ?? "" },
    };
    items.set(row.row, { id: item.Id, etag: item["odata.etag"] ?? null });
    (item.Retired ? retired : active).push(row);
  }
  const info = infos[0];
  return {
    active,
    retired,
    items,
    levelNames: levelNamesFrom(info?.LevelNames),
    source: { about: info?.About ?? null, licence: info?.Licence ?? null, attribution: info?.Attribution ?? null },
    info: info ? { id: info.Id, etag: info["odata.etag"] ?? null, importedOn: info.ImportedOn ?? null } : null,
  };
}

/** The site's framework, or null before one has been imported. */
export async function loadFramework(sp: SPFI): Promise<SiteFramework | null> {
  const { active, retired, items, info, levelNames, source } = await readSite(sp);
  if (active.length === 0 && retired.length === 0) return null;
  return { framework: frameworkFromRows(active, levelNames, source), retired, items, info };
}

/** Answers given per row number, across every round: what a re-import keeps. Id windows, any list size. */
export async function answerCountsByRow(sp: SPFI): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for await (const page of readAllItems(sp, answersList, { select: ["RowNumber"] })) {
    for (const a of page) if (a.RowNumber !== null) counts.set(a.RowNumber, (counts.get(a.RowNumber) ?? 0) + 1);
  }
  return counts;
}

/** What importing this (already validated) framework would change on the site. */
export async function planFrameworkImport(sp: SPFI, incoming: Framework, current?: Pick<SiteRows, "active" | "retired">): Promise<ReimportPlan> {
  const site = current ?? (await readSite(sp));
  const counts = site.active.length + site.retired.length > 0 ? await answerCountsByRow(sp) : new Map<number, number>();
  return planReimport(site.active, incoming, counts, new Set(site.retired.map((r) => r.row)));
}

/** Runs writes a few at a time: fast on a real site, never a flood that SharePoint would throttle. */
async function inTurns<T>(items: readonly T[], write: (item: T) => Promise<unknown>, concurrency = 6): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await write(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * Imports a framework the data lead has checked (parseFramework) and confirmed (its plan): new
 * rows added, changed rows updated in place, rows the file no longer has retired (never deleted:
 * their answers stay), retired rows it brings back restored. Each row is written with the version
 * that was read, so two data leads importing at once cannot silently overwrite each other.
 */
export async function importFramework(sp: SPFI, incoming: Framework, now: Date): Promise<SiteFramework> {
  const site = await readSite(sp);
  const plan = await planFrameworkImport(sp, incoming, site);
  const versionOf = (row: number) => site.items.get(row)!;
  const reread = async () => (await loadFramework(sp))!;
  await inTurns(plan.added, (row) => addItem(sp, frameworkRowsList, frameworkRowValues(row)));
  await inTurns([...plan.changed.map((c) => c.after), ...plan.restored.map((r) => r.row)], (row) => updateItem(sp, frameworkRowsList, versionOf(row.row), frameworkRowValues(row), reread));
  await inTurns(plan.removed, ({ row }) => updateItem(sp, frameworkRowsList, versionOf(row.row), { Retired: true }, reread));
  const info = {
    Title: "Framework",
    About: incoming.source.about,
    Licence: incoming.source.licence,
    Attribution: incoming.source.attribution,
    LevelNames: levelNamesText(incoming.levelNames),
    ImportedOn: now.toISOString(),
  };
  if (site.info) await updateItem(sp, frameworkInfoList, site.info, info, reread);
  else await addItem(sp, frameworkInfoList, info);
  return (await loadFramework(sp))!;
}

export type FileImport = { ok: true; site: SiteFramework } | { ok: false; summary: string; problems: string[]; problemCount: number };

/** Reads a framework file's text and imports it, or refuses the whole file with every problem named and writes nothing. */
export async function importFrameworkFile(sp: SPFI, text: string, now: Date): Promise<FileImport> {
  const parsed = parseFrameworkText(text);
  if (!parsed.ok) return { ok: false, summary: parsed.summary, problems: parsed.problems.map((p) => p.message), problemCount: parsed.problemCount };
  return { ok: true, site: await importFramework(sp, parsed.framework, now) };
}
