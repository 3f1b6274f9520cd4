import type { ModuleDefinition, WorkContext } from "../module";
import type { AppServices } from "../services";
import { type MyWork, type OwnedWorkItem, type WorkItem, type WorkNote, workNote } from "../domain/work";
import { describeFailure } from "./errors";
import { currentSiteUserId } from "./people";

/**
 * Everything that needs the signed-in person, from every module that declares a `work` reader: the
 * readers run in parallel; one that fails becomes a plain-English note and the others still show.
 */
export async function loadMyWork(modules: readonly ModuleDefinition[], services: Pick<AppServices, "sp" | "graph" | "person">, today: Date, siteUserId?: number): Promise<MyWork> {
  const context: WorkContext = { siteUserId: siteUserId ?? (await currentSiteUserId(services.sp)), today };
  const withWork = modules.filter((m) => m.work);
  const settled = await Promise.allSettled(withWork.map(async (m) => (await m.work!()).readWork(services, context)));
  const items: WorkItem[] = [];
  const notes: WorkNote[] = [];
  settled.forEach((result, i) => {
    const module = withWork[i]!;
    if (result.status === "fulfilled") items.push(...result.value.map((item) => ({ ...item, moduleId: module.id })));
    else notes.push(workNote(module.id, module.title, describeFailure(result.reason).title));
  });
  return { items, notes };
}

/**
 * The data lead's view for reminders: everyone's overdue items from every module that offers them.
 * A module that cannot be read is left out (its people are reminded another time).
 */
export async function loadOverdueForOthers(modules: readonly ModuleDefinition[], services: Pick<AppServices, "sp" | "graph" | "person">, today: Date, siteUserId?: number): Promise<OwnedWorkItem[]> {
  const context: WorkContext = { siteUserId: siteUserId ?? (await currentSiteUserId(services.sp)), today };
  const settled = await Promise.allSettled(
    modules
      .filter((m) => m.work)
      .map(async (m) => {
        const reader = (await m.work!()).readOverdueForOthers;
        return reader ? (await reader(services, context)).map((owned) => ({ ...owned, item: { ...owned.item, moduleId: m.id } })) : [];
      }),
  );
  return settled.flatMap((r) => (r.status === "fulfilled" ? r.value : []));
}
