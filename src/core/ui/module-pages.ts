import { type ComponentType, createElement, lazy, useState } from "react";
import type { ModuleDefinition, ModulePageProps } from "../module";
import type { AppServices } from "../services";
import { parseRoute } from "./router";

/** A component loaded on demand that can also be fetched ahead of its first render. */
interface Preloadable<P, M> {
  Component: ComponentType<P>;
  /** The module's code, fetched once (undefined if the download failed). */
  preload: () => Promise<M | undefined>;
}

/**
 * `React.lazy`, except that once the code has arrived (fetched ahead by `preload`) the component
 * renders at once: React's own lazy suspends on its first render even when the code is there, and
 * a suspended boundary is revealed up to 300 ms later, for Home twice over (the page, then its cards).
 */
function preloadable<P extends object, M extends { default: ComponentType<P> }>(load: () => Promise<M>): Preloadable<P, M> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<M> | undefined;
  const fetchOnce = () =>
    (pending ??= load().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (error: unknown) => {
        // A failed download (a dropped connection) may be tried again by the next render.
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(fetchOnce);
  // Chosen once per mount: switching from the lazy wrapper to the loaded component on a later render
  // would remount the page, losing its state and leaving an open dialog's aria-hidden behind.
  const Component = (props: P) => {
    const [type] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return createElement(type, props);
  };
  return { Component, preload: () => fetchOnce().catch(() => undefined) };
}

type HomeCardModule = Awaited<ReturnType<NonNullable<ModuleDefinition["home"]>["load"]>>;
const pages = new Map<string, Preloadable<ModulePageProps, { default: ComponentType<ModulePageProps> }>>();
const homeSlots = new Map<string, Preloadable<object, HomeCardModule>>();

function pageOf(module: ModuleDefinition): Preloadable<ModulePageProps, { default: ComponentType<ModulePageProps> }> {
  let page = pages.get(module.id);
  if (!page) {
    page = preloadable(module.load);
    pages.set(module.id, page);
  }
  return page;
}

function homeSlotOf(module: ModuleDefinition): Preloadable<object, HomeCardModule> {
  if (!module.home) throw new Error(`${module.title} has no Home card.`);
  let slot = homeSlots.get(module.id);
  if (!slot) {
    slot = preloadable(module.home.load);
    homeSlots.set(module.id, slot);
  }
  return slot;
}

/** One page per module, made once: the page's code loads when it is first shown (tab and web parts alike). */
export function pageFor(module: ModuleDefinition): ComponentType<ModulePageProps> {
  return pageOf(module).Component;
}

/** A module's card on Home, made once and loaded with Home. */
export function homeSlotFor(module: ModuleDefinition): ComponentType {
  return homeSlotOf(module).Component;
}

/** The module the tab was opened on (its address), before any page has rendered. */
function openingModule(modules: readonly ModuleDefinition[]): ModuleDefinition | undefined {
  const moduleId = parseRoute(window.location.hash).moduleId;
  return modules.find((m) => m.id === moduleId);
}

/**
 * Starts fetching the code of the page the tab was opened on (and Home's cards, for Home) without
 * waiting to render it, so it downloads while the person signs in, and renders without suspending once there.
 */
export function preloadOpeningPage(modules: readonly ModuleDefinition[]): void {
  const module = openingModule(modules);
  if (!module) return;
  void pageOf(module).preload();
  if (module.id === "") for (const m of modules) if (m.home) void homeSlotOf(m).preload();
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Once the person is signed in: starts the reads the opening page's Home cards declare
 * (`readAheadOnHome`), before Home renders, as each card's code arrives. Resolves to the services,
 * to chain on sign-in, once the reads whose code is here have gone to the network: PnPjs sends each
 * request from a timer (`Queryable.execute` schedules it with `setTimeout`), and rendering the shell
 * and Home, next, holds the main thread for a while (about 0.4 s at 4× CPU throttling).
 */
export async function startOpeningPageReads(modules: readonly ModuleDefinition[], services: AppServices): Promise<AppServices> {
  if (openingModule(modules)?.id !== "") return services;
  const started = modules.filter((m) => m.home).map((m) => homeSlotOf(m).preload().then((card) => card?.readAheadOnHome?.(services)));
  // A card whose code is still downloading starts its read when it arrives, without holding the shell back.
  await Promise.race([Promise.all(started), nextTask()]);
  await nextTask();
  return services;
}
