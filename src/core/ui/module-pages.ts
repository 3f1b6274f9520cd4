import { type ComponentType, lazy, type LazyExoticComponent } from "react";
import type { ModuleDefinition, ModulePageProps } from "../module";

const pages = new Map<string, LazyExoticComponent<ComponentType<ModulePageProps>>>();
const homeSlots = new Map<string, LazyExoticComponent<ComponentType>>();

/** One lazy page per module, made once: the page's code loads when it is first shown (tab and web parts alike). */
export function pageFor(module: ModuleDefinition): LazyExoticComponent<ComponentType<ModulePageProps>> {
  let page = pages.get(module.id);
  if (!page) {
    page = lazy(module.load);
    pages.set(module.id, page);
  }
  return page;
}

/** A module's card on Home, made once and loaded with Home. */
export function homeSlotFor(module: ModuleDefinition): LazyExoticComponent<ComponentType> {
  if (!module.home) throw new Error(`${module.title} has no Home card.`);
  let slot = homeSlots.get(module.id);
  if (!slot) {
    slot = lazy(module.home.load);
    homeSlots.set(module.id, slot);
  }
  return slot;
}

/**
 * Starts fetching the code of the page an address opens (and Home's cards, for Home) without
 * waiting to render it, so it downloads while sign-in runs. The browser fetches a module once:
 * the lazy page's own import later finds it already loaded.
 */
export function preloadPage(modules: readonly ModuleDefinition[], moduleId: string): void {
  const module = modules.find((m) => m.id === moduleId);
  if (!module) return;
  const quietly = (load: () => Promise<unknown>) => void load().catch(() => undefined);
  quietly(module.load);
  if (module.id === "") for (const m of modules) if (m.home) quietly(m.home.load);
}
