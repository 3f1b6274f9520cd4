import { type ComponentType, lazy, type LazyExoticComponent } from "react";
import type { ModuleDefinition, ModulePageProps } from "../../modules/module-definition";

const pages = new Map<string, LazyExoticComponent<ComponentType<ModulePageProps>>>();

/** One lazy page per module, made once: the page's code loads when it is first shown (tab and web parts alike). */
export function pageFor(module: ModuleDefinition): LazyExoticComponent<ComponentType<ModulePageProps>> {
  let page = pages.get(module.id);
  if (!page) {
    page = lazy(module.load);
    pages.set(module.id, page);
  }
  return page;
}
