import { useEffect, useState } from "react";
import { loadMyWork } from "../data/work";
import type { MyWork } from "../domain/work";
import type { ModuleDefinition } from "../module";
import type { AppServices } from "../services";
import type { AsyncState } from "./use-async";
import { useModules } from "./modules-context";
import { useServices } from "./services";

/**
 * One read of My work shared by everything that shows it (the navigation's count, the top of Home,
 * the My work page), per signed-in session: each asks, the first starts it, and a reload (after a
 * change on the My work page) updates them all.
 */
interface Shared {
  state: AsyncState<MyWork>;
  listeners: Set<(state: AsyncState<MyWork>) => void>;
  started: boolean;
  run: number;
}
const sessions = new WeakMap<AppServices, Shared>();

function sharedFor(services: AppServices): Shared {
  let shared = sessions.get(services);
  if (!shared) sessions.set(services, (shared = { state: { status: "loading" }, listeners: new Set(), started: false, run: 0 }));
  return shared;
}

function publish(shared: Shared, state: AsyncState<MyWork>): void {
  shared.state = state;
  for (const listener of shared.listeners) listener(state);
}

/** Starts (or restarts) the shared read. */
export function refreshMyWork(modules: readonly ModuleDefinition[], services: AppServices): void {
  const shared = sharedFor(services);
  shared.started = true;
  const run = ++shared.run;
  if (shared.state.status !== "ready") publish(shared, { status: "loading" });
  loadMyWork(modules, services, new Date()).then(
    (value) => run === shared.run && publish(shared, { status: "ready", value }),
    (error: unknown) => run === shared.run && publish(shared, { status: "error", error }),
  );
}

/**
 * The signed-in person's work. `startAfterMs` lets the navigation's count wait until the first
 * screen has had its turn (Home and My work start it at once). `fresh`: a page that shows the work
 * reads it again each time it is opened (what was done elsewhere since drops off), keeping what it
 * had on screen meanwhile; the count follows.
 */
export function useMyWork(options: { startAfterMs?: number; fresh?: boolean } = {}): AsyncState<MyWork> & { reload: () => void } {
  const services = useServices();
  const modules = useModules();
  const shared = sharedFor(services);
  const [state, setState] = useState(shared.state);
  useEffect(() => {
    shared.listeners.add(setState);
    setState(shared.state);
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (options.fresh && shared.started) refreshMyWork(modules, services);
    else if (!shared.started) {
      if (options.startAfterMs) timer = setTimeout(() => shared.started || refreshMyWork(modules, services), options.startAfterMs);
      else refreshMyWork(modules, services);
    }
    return () => {
      shared.listeners.delete(setState);
      if (timer) clearTimeout(timer);
    };
    // Once per mount: `fresh` and the delay are how the caller is, not something that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shared, modules, services]);
  return { ...state, reload: () => refreshMyWork(modules, services) };
}
