import { sortByText } from "./text";
import type { Asset } from "./asset";
import { directionOf, type Flow, type FlowEnd, flowId, flowManner, flowSentence } from "./flows";
import { matchesMapFilters, NO_FILTERS, type RegisterFilters } from "./register";

/**
 * What the map and its list view both show, built once from the same filters so they can never
 * disagree: the assets that match, every flow with at least one end among them, and the other ends
 * of those flows (assets outside the filter, shown for context, and organisations outside the council).
 */
export interface FlowRow {
  id: string;
  flow: Flow;
  sentence: string;
  manner: string;
  source: FlowEnd;
  target: FlowEnd;
}

export interface AssetFlows {
  asset: Asset;
  /** Flows where data leaves this asset. */
  out: FlowRow[];
  /** Flows where data reaches this asset. */
  in: FlowRow[];
}

export interface MapModel {
  /** Assets matching the filters, in register order (service, system, name). */
  matching: AssetFlows[];
  /** Assets at the other end of a shown flow that do not match the filters themselves. */
  context: Asset[];
  /** Every flow shown. */
  flows: FlowRow[];
  /** Organisations outside the council at the end of a shown flow. */
  outside: string[];
  /** Flows naming an asset the register does not hold (deleted, or not readable by this person). */
  unresolved: number;
}

export const NO_SERVICE = "No service recorded";
export const NO_SYSTEM = "No system recorded";

/** Register order for the map: service, system, name. */
const inPlaceOrder = (assets: readonly Asset[]) => sortByText(assets, (a) => a.service || NO_SERVICE, (a) => a.system || NO_SYSTEM, (a) => a.name, (a) => a.key);

export function buildMapModel(assets: readonly Asset[], flows: readonly Flow[], filters: RegisterFilters, viewerId: number): MapModel {
  const byKey = new Map<string, Asset>();
  for (const a of assets) if (a.status !== "Disposed" || filters.disposed) byKey.set(a.key, a);
  const matchingKeys = new Set<string>();
  for (const a of byKey.values()) if (matchesMapFilters(a, filters, viewerId)) matchingKeys.add(a.key);

  const nameOf = (key: string) => byKey.get(key)?.name ?? key;
  const perAsset = new Map<string, AssetFlows>();
  for (const key of matchingKeys) perAsset.set(key, { asset: byKey.get(key)!, out: [], in: [] });
  const contextKeys = new Set<string>();
  const outside = new Set<string>();
  const shown: FlowRow[] = [];
  let unresolved = 0;

  for (const flow of flows) {
    if (!byKey.has(flow.fromKey) || (flow.toKey !== null && !byKey.has(flow.toKey))) {
      unresolved++;
      continue;
    }
    const { source, target } = directionOf(flow);
    const ends = [source, target];
    if (!ends.some((e) => e.type === "asset" && matchingKeys.has(e.key))) continue;
    const row: FlowRow = { id: flowId(flow), flow, sentence: flowSentence(flow, nameOf), manner: flowManner(flow), source, target };
    shown.push(row);
    if (source.type === "asset") perAsset.get(source.key)?.out.push(row);
    if (target.type === "asset") perAsset.get(target.key)?.in.push(row);
    for (const end of ends) {
      if (end.type === "outside") outside.add(end.name);
      else if (!matchingKeys.has(end.key)) contextKeys.add(end.key);
    }
  }
  for (const entry of perAsset.values()) {
    entry.out = sortByText(entry.out, (r) => r.sentence, (r) => r.id);
    entry.in = sortByText(entry.in, (r) => r.sentence, (r) => r.id);
  }
  return {
    matching: inPlaceOrder([...perAsset.values()].map((e) => e.asset)).map((a) => perAsset.get(a.key)!),
    context: inPlaceOrder([...contextKeys].map((k) => byKey.get(k)!)),
    // In the order they were recorded: the list view orders them per asset, the map needs no order.
    flows: shown,
    outside: sortByText([...outside], (name) => name),
    unresolved,
  };
}

/** The one-line summary both views print, so a reader (and a test) can see they show the same thing. */
export function mapSummary(model: MapModel): string {
  const systems = new Set(model.matching.map((m) => `${m.asset.service}\u0000${m.asset.system}`)).size;
  const assets = model.matching.length;
  const flows = model.flows.length;
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
  const outside = model.outside.length ? `, ${plural(model.outside.length, "organisation", "organisations")} outside the council` : "";
  return `${plural(assets, "asset", "assets")} in ${plural(systems, "system", "systems")}, ${plural(flows, "flow", "flows")}${outside}`;
}

/** One asset's flows out and in, as the list view and the map show them, whatever the filters. */
export function flowsOfAsset(asset: Asset, assets: readonly Asset[], flows: readonly Flow[]): AssetFlows {
  const own = flows.filter((f) => f.fromKey === asset.key || f.toKey === asset.key);
  const ends = new Set(own.flatMap((f) => [f.fromKey, f.toKey ?? ""]));
  const involved = assets.filter((a) => ends.has(a.key) && a.key !== asset.key);
  const model = buildMapModel([asset, ...involved], own, { ...NO_FILTERS, disposed: true }, 0);
  return model.matching.find((m) => m.asset.key === asset.key) ?? { asset, out: [], in: [] };
}
