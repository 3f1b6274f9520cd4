import { useEffect, useMemo } from "react";
import { buildMapModel, type MapModel, mapSummary } from "../domain/map-model";
import type { RegisterFilters } from "../domain/register";
import { useRegister } from "./register-state";

/** The map model for the filters, shared by the map and its list view so both show exactly the same flows. */
export function useMapModel(filters: RegisterFilters): { model: MapModel | null; summary: string; status: "loading" | "ready" | "error"; error: unknown; retry: () => void } {
  const register = useRegister();
  const { needFlows } = register;
  useEffect(() => needFlows(), [needFlows]);
  const ready = !register.loading && register.flows.status === "ready";
  // Filters are rebuilt from the address on every render: their JSON is the stable key.
  const filterKey = JSON.stringify(filters);
  const model = useMemo(
    () => (ready ? buildMapModel(register.assets, register.flows.items, JSON.parse(filterKey) as RegisterFilters, register.me) : null),
    [ready, register.assets, register.flows.items, filterKey, register.me],
  );
  const error = register.error ?? register.flows.error;
  const status = error !== null && error !== undefined ? "error" : model ? "ready" : "loading";
  return { model, summary: model ? mapSummary(model) : "", status, error, retry: register.reload };
}
