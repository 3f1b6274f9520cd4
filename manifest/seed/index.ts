import type { ModuleSite, SampleContext } from "../../src/core/module";
import type { ItemInput } from "../items";
import { principlesList } from "../principles";
import type { ListDeclaration } from "../schema";
import principles from "./principles.json";

/** The site's own seed: the five principles every module hangs from. */
function principleItems(): ItemInput<typeof principlesList>[] {
  return principles.map((p): ItemInput<typeof principlesList> => ({ PrincipleKey: p.key, Title: p.title, Objective: p.objective, Summary: p.summary, SortOrder: p.order }));
}

/** Seed items per list title, gathered from the principles and every module's `seed`. */
export type SiteSeed = (list: ListDeclaration) => Record<string, unknown>[];

/**
 * Loads every module's seed (each module keeps its own, quoted from the strategy and proved by
 * test/unit/seed-quotes.test.ts). Provisioning and the local tenant both add exactly these.
 */
export async function loadSiteSeed(modules: readonly ModuleSite[]): Promise<SiteSeed> {
  const byTitle = new Map<string, () => readonly object[]>([[principlesList.title, principleItems]]);
  const loaded = await Promise.all(modules.map((m) => m.seed?.()));
  for (const part of loaded) for (const entry of part?.seed ?? []) byTitle.set(entry.list.title, entry.items);
  return (list) => (byTitle.get(list.title)?.() ?? []).map((item) => ({ ...item }));
}

/** Local mode's sample items per list title, from every module's `samples` (never provisioned). */
export async function loadSiteSamples(modules: readonly ModuleSite[], context: SampleContext): Promise<Map<string, Record<string, unknown>[]>> {
  const byTitle = new Map<string, Record<string, unknown>[]>();
  const loaded = await Promise.all(modules.map((m) => m.samples?.()));
  for (const part of loaded) {
    for (const entry of part?.samples(context) ?? []) byTitle.set(entry.list.title, [...(byTitle.get(entry.list.title) ?? []), ...entry.items().map((item) => ({ ...item }))]);
  }
  return byTitle;
}
