import { createContext, type ReactNode, useContext } from "react";
import type { ModuleDefinition } from "../module";

const ModulesContext = createContext<readonly ModuleDefinition[]>([]);

/** The hub's modules, handed down by the host: core never imports them itself. */
export function ModulesProvider({ modules, children }: { modules: readonly ModuleDefinition[]; children: ReactNode }) {
  return <ModulesContext.Provider value={modules}>{children}</ModulesContext.Provider>;
}

export function useModules(): readonly ModuleDefinition[] {
  return useContext(ModulesContext);
}
