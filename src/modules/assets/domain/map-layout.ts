import { compareText } from "./text";
import { Graph, layout as dagreLayout } from "@dagrejs/dagre";
import type { Asset } from "./asset";
import { type MapModel, NO_SERVICE, NO_SYSTEM } from "./map-model";

/**
 * Where everything on the map goes. Services hold systems, systems hold assets, and organisations
 * outside the council sit in a group of their own. Dagre lays out each level as a layered graph of
 * the level's boxes with the flows between them summed: systems within a service, then services.
 * Laying out the levels separately is what keeps 2,000 assets and 4,000 flows fast: dagre's cost
 * grows much faster than the graph (a flat layout of that size takes minutes), but each level is a
 * graph of a few dozen boxes. Inside a system, assets are stacked in name order.
 */
export const ASSET_WIDTH = 220;
export const ASSET_HEIGHT = 48;
const ASSET_GAP = 8;
const SYSTEM_PADDING = 12;
const SYSTEM_HEADER = 40;
const SERVICE_PADDING = 20;
const SERVICE_HEADER = 48;
const NODE_SEP = 28;
const RANK_SEP = 72;
/** About this many edges per box steer a level's layout: enough for its shape, few enough to stay fast. */
const EDGES_PER_NODE = 1.5;

export type LayoutNodeType = "service" | "system" | "asset" | "outsideGroup" | "outside";

export interface LayoutNode {
  id: string;
  type: LayoutNodeType;
  parentId?: string;
  /** Top-left, relative to the parent (absolute for top-level boxes). */
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** Assets: the asset's key, to open it. */
  assetKey?: string;
  /** An asset outside the filters, shown because a flow reaches it. */
  context?: boolean;
  /** Systems: how many assets they hold here. */
  count?: number;
  /** Assets: the asset itself, for its node's details. */
  asset?: Asset;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  /** How many flows a system-level edge stands for. */
  count: number;
  /**
   * Which sides the edge leaves and enters by. Between assets in one system (stacked one above the
   * other) it runs from the bottom of one to the top of the next, or the other way; otherwise right to left.
   */
  sourceHandle?: "right" | "bottom" | "top";
  targetHandle?: "left" | "top" | "bottom";
}

export interface MapLayout {
  nodes: LayoutNode[];
  /** One edge per flow, between assets (or an asset and an outside organisation). */
  assetEdges: LayoutEdge[];
  /** Flows summed between systems, for the middle zoom. */
  systemEdges: LayoutEdge[];
  /** Flows summed between services (and the group outside the council), for the furthest zoom. */
  serviceEdges: LayoutEdge[];
  width: number;
  height: number;
}

interface Box {
  id: string;
  width: number;
  height: number;
}

/**
 * Lays out boxes joined by weighted edges: each connected part by dagre, the parts packed in rows.
 * Only the strongest edges steer the layout: a maximum spanning forest (so every link between parts
 * still pulls them together) and then the next strongest, up to one and a half per box. Dagre's time
 * grows with its edges, and a few dozen strong ones give the same shape as hundreds.
 */
function layoutBoxes(boxes: readonly Box[], weighted: ReadonlyMap<string, number>, engine: "dagre" | "columns" = "dagre", rankdir: "LR" | "TB" = "LR"): { positions: Map<string, { x: number; y: number }>; width: number; height: number } {
  const ids = new Set(boxes.map((b) => b.id));
  const candidates = [...weighted]
    .map(([pair, weight]) => {
      const [a, b] = pair.split("\u0000") as [string, string];
      return { a, b, weight };
    })
    .filter((e) => e.a !== e.b && ids.has(e.a) && ids.has(e.b))
    .sort((x, y) => y.weight - x.weight || compareText(x.a, y.a) || compareText(x.b, y.b));

  const parent = new Map<string, string>(boxes.map((b) => [b.id, b.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const edges: typeof candidates = [];
  const rest: typeof candidates = [];
  for (const e of candidates) {
    const [ra, rb] = [find(e.a), find(e.b)];
    if (ra !== rb) {
      parent.set(ra, rb);
      edges.push(e);
    } else rest.push(e);
  }
  edges.push(...rest.slice(0, Math.max(0, Math.ceil(boxes.length * EDGES_PER_NODE) - edges.length)));

  // Connected parts, so unrelated systems are packed side by side rather than stacked in one rank.
  const parts = new Map<string, Box[]>();
  for (const b of boxes) {
    const root = find(b.id);
    if (!parts.has(root)) parts.set(root, []);
    parts.get(root)!.push(b);
  }

  const laidOut: { boxes: Map<string, { x: number; y: number }>; width: number; height: number }[] = [];
  for (const part of parts.values()) {
    if (part.length === 1) {
      laidOut.push({ boxes: new Map([[part[0]!.id, { x: 0, y: 0 }]]), width: part[0]!.width, height: part[0]!.height });
      continue;
    }
    const members = new Set(part.map((b) => b.id));
    if (engine === "columns") {
      laidOut.push(columns(part, edges.filter((e) => members.has(e.a))));
      continue;
    }
    const graph = new Graph();
    graph.setGraph({ rankdir, nodesep: NODE_SEP, ranksep: RANK_SEP, marginx: 0, marginy: 0 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const b of part) graph.setNode(b.id, { width: b.width, height: b.height });
    for (const e of edges) if (members.has(e.a)) graph.setEdge(e.a, e.b, { weight: e.weight });
    dagreLayout(graph);
    const positions = new Map<string, { x: number; y: number }>();
    let width = 0;
    let height = 0;
    for (const b of part) {
      const n = graph.node(b.id) as { x: number; y: number };
      const x = n.x - b.width / 2;
      const y = n.y - b.height / 2;
      positions.set(b.id, { x, y });
      width = Math.max(width, x + b.width);
      height = Math.max(height, y + b.height);
    }
    laidOut.push({ boxes: positions, width, height });
  }

  // Rows of parts, tallest first, about as wide as the whole is tall times 1.6 (a screen's shape).
  laidOut.sort((a, b) => b.height - a.height || b.width - a.width);
  const area = laidOut.reduce((sum, p) => sum + (p.width + NODE_SEP) * (p.height + NODE_SEP), 0);
  const rowWidth = Math.max(Math.sqrt(area * 1.6), ...laidOut.map((p) => p.width));
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const part of laidOut) {
    if (x > 0 && x + part.width > rowWidth) {
      x = 0;
      y += rowHeight + NODE_SEP;
      rowHeight = 0;
    }
    for (const [id, p] of part.boxes) positions.set(id, { x: x + p.x, y: y + p.y });
    x += part.width + NODE_SEP;
    rowHeight = Math.max(rowHeight, part.height);
    width = Math.max(width, x - NODE_SEP);
  }
  return { positions, width, height: y + rowHeight };
}

/**
 * A small layered layout for the few systems of one service: each system in the column after the
 * systems that feed it (longest path from a source, cycles broken where first met), stacked in
 * each column by the average row of what feeds them.
 */
function columns(part: readonly Box[], edges: readonly { a: string; b: string }[]): { boxes: Map<string, { x: number; y: number }>; width: number; height: number } {
  const outgoing = new Map<string, string[]>(part.map((b) => [b.id, []]));
  for (const e of edges) outgoing.get(e.a)!.push(e.b);
  // Depth-first: an edge back to a box still on the path closes a cycle and is left out.
  const state = new Map<string, "open" | "done">();
  const forward = new Map<string, string[]>(part.map((b) => [b.id, []]));
  const visit = (id: string) => {
    state.set(id, "open");
    for (const next of outgoing.get(id)!) {
      if (state.get(next) === "open") continue;
      forward.get(id)!.push(next);
      if (!state.has(next)) visit(next);
    }
    state.set(id, "done");
  };
  for (const b of part) if (!state.has(b.id)) visit(b.id);
  const incoming = new Map<string, string[]>(part.map((b) => [b.id, []]));
  for (const [a, targets] of forward) for (const b of targets) incoming.get(b)!.push(a);
  const rank = new Map<string, number>();
  const rankOf = (id: string): number => {
    const known = rank.get(id);
    if (known !== undefined) return known;
    rank.set(id, 0);
    const r = Math.max(0, ...incoming.get(id)!.map((p) => rankOf(p) + 1));
    rank.set(id, r);
    return r;
  };
  const byRank: Box[][] = [];
  for (const b of part) (byRank[rankOf(b.id)] ??= []).push(b);
  const row = new Map<string, number>();
  const boxes = new Map<string, { x: number; y: number }>();
  let x = 0;
  let height = 0;
  for (const column of byRank) {
    if (!column) continue;
    const weightOf = (b: Box) => {
      const rows = incoming.get(b.id)!.map((p) => row.get(p) ?? 0);
      return rows.length ? rows.reduce((s, r) => s + r, 0) / rows.length : Number.MAX_SAFE_INTEGER;
    };
    column.sort((p, q) => weightOf(p) - weightOf(q) || compareText(p.id, q.id));
    let y = 0;
    const width = Math.max(...column.map((b) => b.width));
    column.forEach((b, i) => {
      row.set(b.id, i);
      boxes.set(b.id, { x, y });
      y += b.height + NODE_SEP;
    });
    height = Math.max(height, y - NODE_SEP);
    x += width + RANK_SEP;
  }
  return { boxes, width: x - RANK_SEP, height };
}

const addWeight = (map: Map<string, number>, a: string, b: string) => {
  if (a === b) return;
  const key = `${a}\u0000${b}`;
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** Lays out the map model: every node with its size and place, and the edges at both levels of zoom. */
export function layoutMap(model: MapModel): MapLayout {
  const contextKeys = new Set(model.context.map((a) => a.key));
  const assets = [...model.matching.map((m) => m.asset), ...model.context];

  // Ids made of indexes: names may hold anything, ids end up in the page's attributes.
  const services = new Map<string, { id: string; systems: Map<string, { id: string; assets: Asset[] }> }>();
  const assetNode = new Map<string, string>();
  const systemOfAsset = new Map<string, string>();
  const serviceOfAsset = new Map<string, string>();
  for (const asset of assets) {
    const serviceName = asset.service || NO_SERVICE;
    const systemName = asset.system || NO_SYSTEM;
    if (!services.has(serviceName)) services.set(serviceName, { id: `s${services.size}`, systems: new Map() });
    const service = services.get(serviceName)!;
    if (!service.systems.has(systemName)) service.systems.set(systemName, { id: `${service.id}.y${service.systems.size}`, assets: [] });
    const system = service.systems.get(systemName)!;
    system.assets.push(asset);
    assetNode.set(asset.key, `a:${asset.key}`);
    systemOfAsset.set(asset.key, system.id);
    serviceOfAsset.set(asset.key, service.id);
  }
  const outsideNode = new Map(model.outside.map((name, i) => [name, `o${i}`]));
  const OUTSIDE_GROUP = "outside";
  const endNode = (end: MapModel["flows"][number]["source"]) => (end.type === "asset" ? assetNode.get(end.key)! : outsideNode.get(end.name)!);
  const endSystem = (end: MapModel["flows"][number]["source"]) => (end.type === "asset" ? systemOfAsset.get(end.key)! : outsideNode.get(end.name)!);
  const endService = (end: MapModel["flows"][number]["source"]) => (end.type === "asset" ? serviceOfAsset.get(end.key)! : OUTSIDE_GROUP);

  const systemWeights = new Map<string, number>();
  const serviceWeights = new Map<string, number>();
  for (const row of model.flows) {
    addWeight(systemWeights, endSystem(row.source), endSystem(row.target));
    addWeight(serviceWeights, endService(row.source), endService(row.target));
  }

  const nodes: LayoutNode[] = [];
  const topBoxes: Box[] = [];
  const serviceChildren: { service: LayoutNode; children: LayoutNode[] }[] = [];

  for (const [serviceName, service] of [...services].sort((a, b) => compareText(a[0], b[0]))) {
    const systemBoxes: Box[] = [];
    const systemNodes: LayoutNode[] = [];
    const assetNodes: LayoutNode[] = [];
    for (const [systemName, system] of [...service.systems].sort((a, b) => compareText(a[0], b[0]))) {
      system.assets.sort((a, b) => compareText(a.name, b.name) || compareText(a.key, b.key));
      const width = ASSET_WIDTH + 2 * SYSTEM_PADDING;
      const height = SYSTEM_HEADER + system.assets.length * (ASSET_HEIGHT + ASSET_GAP) - ASSET_GAP + SYSTEM_PADDING;
      systemBoxes.push({ id: system.id, width, height });
      systemNodes.push({ id: system.id, type: "system", parentId: service.id, x: 0, y: 0, width, height, label: systemName, count: system.assets.length });
      system.assets.forEach((asset, i) =>
        assetNodes.push({
          id: assetNode.get(asset.key)!,
          type: "asset",
          parentId: system.id,
          x: SYSTEM_PADDING,
          y: SYSTEM_HEADER + i * (ASSET_HEIGHT + ASSET_GAP),
          width: ASSET_WIDTH,
          height: ASSET_HEIGHT,
          label: asset.name,
          assetKey: asset.key,
          asset,
          ...(contextKeys.has(asset.key) ? { context: true } : {}),
        }),
      );
    }
    const inside = layoutBoxes(systemBoxes, systemWeights, "columns");
    for (const node of systemNodes) {
      const p = inside.positions.get(node.id)!;
      node.x = SERVICE_PADDING + p.x;
      node.y = SERVICE_HEADER + p.y;
    }
    const serviceNode: LayoutNode = { id: service.id, type: "service", x: 0, y: 0, width: inside.width + 2 * SERVICE_PADDING, height: SERVICE_HEADER + inside.height + SERVICE_PADDING, label: serviceName };
    topBoxes.push({ id: service.id, width: serviceNode.width, height: serviceNode.height });
    serviceChildren.push({ service: serviceNode, children: [...systemNodes, ...assetNodes] });
  }

  let outsideGroup: LayoutNode | null = null;
  const outsideNodes: LayoutNode[] = [];
  if (model.outside.length) {
    model.outside.forEach((name, i) => outsideNodes.push({ id: outsideNode.get(name)!, type: "outside", parentId: OUTSIDE_GROUP, x: SERVICE_PADDING, y: SERVICE_HEADER + i * (ASSET_HEIGHT + ASSET_GAP), width: ASSET_WIDTH, height: ASSET_HEIGHT, label: name }));
    outsideGroup = { id: OUTSIDE_GROUP, type: "outsideGroup", x: 0, y: 0, width: ASSET_WIDTH + 2 * SERVICE_PADDING, height: SERVICE_HEADER + model.outside.length * (ASSET_HEIGHT + ASSET_GAP) - ASSET_GAP + SERVICE_PADDING, label: "Outside the council" };
    topBoxes.push({ id: OUTSIDE_GROUP, width: outsideGroup.width, height: outsideGroup.height });
  }

  // Services top to bottom: a council has a few dozen, and ranks laid out across suit a screen better than one tall column.
  const top = layoutBoxes(topBoxes, serviceWeights, "dagre", "TB");
  // Parents come before their children, as React Flow needs.
  for (const { service, children } of serviceChildren) {
    const p = top.positions.get(service.id)!;
    service.x = p.x;
    service.y = p.y;
    nodes.push(service, ...children.filter((c) => c.type === "system"));
  }
  for (const { children } of serviceChildren) nodes.push(...children.filter((c) => c.type === "asset"));
  if (outsideGroup) {
    const p = top.positions.get(OUTSIDE_GROUP)!;
    outsideGroup.x = p.x;
    outsideGroup.y = p.y;
    nodes.push(outsideGroup, ...outsideNodes);
  }

  const placed = new Map(nodes.map((n) => [n.id, n]));
  const assetEdges: LayoutEdge[] = model.flows.map((row) => {
    const [source, target] = [placed.get(endNode(row.source))!, placed.get(endNode(row.target))!];
    const stacked = source.type === "asset" && target.type === "asset" && source.parentId === target.parentId;
    const handles = stacked ? (target.y > source.y ? ({ sourceHandle: "bottom", targetHandle: "top" } as const) : ({ sourceHandle: "top", targetHandle: "bottom" } as const)) : ({ sourceHandle: "right", targetHandle: "left" } as const);
    return { id: row.id, source: source.id, target: target.id, label: row.sentence, count: 1, ...handles };
  });
  // Services are ranked top to bottom, so the flows between them leave by the bottom and arrive at the top.
  const summed = (weights: Map<string, number>, prefix: string, vertical: boolean): LayoutEdge[] =>
    [...weights].map(([pair, count], i) => {
      const [source, target] = pair.split("\u0000") as [string, string];
      const [from, to] = [placed.get(source)?.label ?? source, placed.get(target)?.label ?? target];
      return { id: `${prefix}${i}`, source, target, label: `${count.toLocaleString("en-GB")} ${count === 1 ? "flow" : "flows"} from ${from} to ${to}`, count, ...(vertical ? ({ sourceHandle: "bottom", targetHandle: "top" } as const) : {}) };
    });
  return { nodes, assetEdges, systemEdges: summed(systemWeights, "sys", false), serviceEdges: summed(serviceWeights, "svc", true), width: top.width, height: top.height };
}
