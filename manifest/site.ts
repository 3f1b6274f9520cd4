import type { ModuleSite } from "../src/core/module";
import { MODULE_SITES } from "../src/modules/sites";
import { principlesList } from "./principles";
import type { ListDeclaration } from "./schema";
import type { SampleContext } from "../src/core/module";
import { loadSiteSamples as loadSamplesOf, loadSiteSeed as loadSeedOf, type SiteSeed } from "./seed/index";

export const SITE_TITLE = "Data Hub";
export const SITE_PATH = "/sites/datahub";

/**
 * The site's lists in provisioning order: the principles, then each module's lists in `MODULE_SITES`
 * order, except that a list comes after any list it looks up.
 */
export function siteListsOf(modules: readonly ModuleSite[]): readonly ListDeclaration[] {
  const declared = [principlesList, ...modules.flatMap((m) => m.lists)];
  const byTitle = new Map(declared.map((l) => [l.title, l]));
  if (byTitle.size !== declared.length) throw new Error("Two modules declare a list with the same title.");
  const ordered: ListDeclaration[] = [];
  const visiting = new Set<string>();
  const visit = (list: ListDeclaration) => {
    if (ordered.includes(list)) return;
    if (visiting.has(list.title)) throw new Error(`Lists look each other up in a circle: ${list.title}.`);
    visiting.add(list.title);
    for (const field of list.fields) {
      if (field.kind !== "Lookup" || !field.lookupList) continue;
      const target = byTitle.get(field.lookupList);
      if (!target) throw new Error(`${list.title}.${field.name} looks up ${field.lookupList}, which no module declares.`);
      visit(target);
    }
    visiting.delete(list.title);
    ordered.push(list);
  };
  declared.forEach(visit);
  return ordered;
}

/** Every list of the Data Hub site, in provisioning order. */
export const SITE_LISTS: readonly ListDeclaration[] = siteListsOf(MODULE_SITES);

/** The site's seed content: the principles and every module's own. */
export function loadSiteSeed(): Promise<SiteSeed> {
  return loadSeedOf(MODULE_SITES);
}

/** Local mode's sample content per list title (the local tenant adds it when it creates a list). */
export function loadSiteSamples(context: SampleContext): Promise<Map<string, Record<string, unknown>[]>> {
  return loadSamplesOf(MODULE_SITES, context);
}

export { principlesList };
export type { SiteSeed };
