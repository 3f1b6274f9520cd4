import { toCsv } from "../../src/core/domain/csv";
import { directionOf, flowFields, flowIsRestricted, checkFlow, emptyFlowDraft } from "../../src/modules/assets/domain/flows";
import { layoutMap } from "../../src/modules/assets/domain/map-layout";
import { buildMapModel, flowsOfAsset, mapSummary } from "../../src/modules/assets/domain/map-model";
import { NO_FILTERS } from "../../src/modules/assets/domain/register";
import { asset, flow } from "./assets-fixtures";

const assets = [
  asset({ key: "CT", name: "Council tax accounts", service: "Revenues and Benefits", system: "Revenues system" }),
  asset({ key: "BC", name: "Benefit claims", service: "Revenues and Benefits", system: "Revenues system" }),
  asset({ key: "PA", name: "Planning applications", service: "Planning", system: "Planning system", personalData: "Yes", owner: { id: 20, name: "Pat", email: "" }, manager: null }),
  asset({ key: "BW", name: "Budget workbook", service: "Finance", system: "Finance folder", personalData: "No", owner: { id: 21, name: "Fin", email: "" }, manager: null }),
  asset({ key: "OLD", name: "Old archive", service: "Planning", system: "Store", status: "Disposed" }),
];
const flows = [
  flow(1, "CT", "Feeds", "BC"),
  flow(2, "BW", "Is derived from", "CT"),
  flow(3, "BC", "Is shared with", "outside:A government department"),
  flow(4, "PA", "Feeds", "OLD"),
  flow(5, "PA", "Feeds", "GONE"),
  flow(6, "PA", "Is shared with", "outside:County council"),
];

describe("flows", () => {
  it("run the way the data moves: from A when A feeds or shares, into A when A is derived from B", () => {
    expect(directionOf(flows[0]!)).toEqual({ source: { type: "asset", key: "CT" }, target: { type: "asset", key: "BC" } });
    expect(directionOf(flows[1]!)).toEqual({ source: { type: "asset", key: "CT" }, target: { type: "asset", key: "BW" } });
    expect(directionOf(flows[2]!)).toEqual({ source: { type: "asset", key: "BC" }, target: { type: "outside", name: "A government department" } });
  });

  it("are kept with the restricted flows when either end is restricted", () => {
    expect(flowIsRestricted(asset(), asset({ restricted: true }))).toBe(true);
    expect(flowIsRestricted(asset({ restricted: true }), undefined)).toBe(true);
    expect(flowIsRestricted(asset(), undefined)).toBe(false);
  });

  it("need a relationship and another end that is neither the asset itself nor unknown", () => {
    const from = asset({ key: "CT" });
    const keys = new Set(["CT", "BC"]);
    expect(checkFlow(from, emptyFlowDraft(), keys)).toEqual({ kind: expect.any(String), toKey: "Choose the other asset." });
    expect(checkFlow(from, { ...emptyFlowDraft(), kind: "Feeds", toKey: "CT" }, keys).toKey).toMatch(/two different assets/);
    expect(checkFlow(from, { ...emptyFlowDraft(), kind: "Feeds", toKey: "XX" }, keys).toKey).toMatch(/not in the register/);
    expect(checkFlow(from, { ...emptyFlowDraft(), kind: "Feeds", otherType: "outside", outside: " " }, keys).outside).toMatch(/Name the organisation/);
    expect(checkFlow(from, { ...emptyFlowDraft(), kind: "Feeds", toKey: "BC" }, keys)).toEqual({});
  });

  it("are written with a sentence for a title and no recipient when the other end is an asset", () => {
    const fields = flowFields(asset({ key: "CT", name: "Council tax accounts" }), { ...emptyFlowDraft(), kind: "Feeds", toKey: "BC", method: "Daily export" }, (k) => (k === "BC" ? "Benefit claims" : k));
    expect(fields).toMatchObject({ Title: "Council tax accounts feeds Benefit claims", FromAsset: "CT", ToAsset: "BC", Recipient: null, FlowMethod: "Daily export" });
  });
});

describe("the map model", () => {
  it("shows every flow with an end among the matching assets, the other ends as context, and leaves disposed or unknown assets out", () => {
    const model = buildMapModel(assets, flows, NO_FILTERS, 13);
    expect(model.matching.map((m) => m.asset.key)).toEqual(["BW", "PA", "BC", "CT"]);
    expect(model.flows.map((f) => f.id).sort()).toEqual(["o1", "o2", "o3", "o6"]);
    expect(model.unresolved).toBe(2);
    expect(model.outside).toEqual(["A government department", "County council"]);
    expect(mapSummary(model)).toBe("4 assets in 3 systems, 4 flows, 2 organisations outside the council");
  });

  it("puts each flow out of one asset and into the other, in words", () => {
    const model = buildMapModel(assets, flows, NO_FILTERS, 13);
    const ct = model.matching.find((m) => m.asset.key === "CT")!;
    expect(ct.out.map((r) => r.sentence)).toEqual(["Budget workbook is derived from Council tax accounts", "Council tax accounts feeds Benefit claims"]);
    expect(ct.in).toEqual([]);
    expect(model.matching.find((m) => m.asset.key === "BW")!.in.map((r) => r.id)).toEqual(["o2"]);
  });

  it("filtered by service, keeps flows that reach outside the service and shows their other ends for context", () => {
    const model = buildMapModel(assets, flows, { ...NO_FILTERS, service: "Finance" }, 13);
    expect(model.matching.map((m) => m.asset.key)).toEqual(["BW"]);
    expect(model.flows.map((f) => f.id)).toEqual(["o2"]);
    expect(model.context.map((a) => a.key)).toEqual(["CT"]);
  });

  it("filtered by personal data and by owner", () => {
    expect(buildMapModel(assets, flows, { ...NO_FILTERS, personal: "No" }, 13).matching.map((m) => m.asset.key)).toEqual(["BW"]);
    expect(buildMapModel(assets, flows, { ...NO_FILTERS, owner: "20" }, 13).matching.map((m) => m.asset.key)).toEqual(["PA"]);
    expect(buildMapModel(assets, flows, { ...NO_FILTERS, owner: "mine" }, 12).matching.map((m) => m.asset.key)).toEqual(["BC", "CT"]);
  });

  it("gives one asset's flows whatever the filters", () => {
    const own = flowsOfAsset(assets[1]!, assets, flows);
    expect(own.in.map((r) => r.id)).toEqual(["o1"]);
    expect(own.out.map((r) => r.id)).toEqual(["o3"]);
  });
});

describe("the map's layout", () => {
  const model = buildMapModel(assets, flows, NO_FILTERS, 13);
  const layout = layoutMap(model);
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));

  it("draws one edge per flow shown, between the nodes of its ends, and no edge twice", () => {
    expect(layout.assetEdges.map((e) => e.id).sort()).toEqual(model.flows.map((f) => f.id).sort());
    for (const edge of layout.assetEdges) {
      expect(byId.has(edge.source)).toBe(true);
      expect(byId.has(edge.target)).toBe(true);
    }
    expect(layout.assetEdges.find((e) => e.id === "o2")).toMatchObject({ source: "a:CT", target: "a:BW", label: "Budget workbook is derived from Council tax accounts" });
  });

  it("nests assets in their systems and systems in their services, parents before children", () => {
    const ct = byId.get("a:CT")!;
    const system = byId.get(ct.parentId!)!;
    const service = byId.get(system.parentId!)!;
    expect([system.type, system.label, service.type, service.label]).toEqual(["system", "Revenues system", "service", "Revenues and Benefits"]);
    const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
    for (const n of layout.nodes) if (n.parentId) expect(index.get(n.parentId)!).toBeLessThan(index.get(n.id)!);
  });

  it("keeps every child inside its parent and no two services overlapping", () => {
    for (const n of layout.nodes) {
      if (!n.parentId) continue;
      const parent = byId.get(n.parentId)!;
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(parent.width);
      expect(n.y + n.height).toBeLessThanOrEqual(parent.height);
    }
    const tops = layout.nodes.filter((n) => !n.parentId);
    for (const a of tops) for (const b of tops) if (a !== b) expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
  });

  it("runs a flow between two assets of one system vertically, up when the other sits above (assets stack by name)", () => {
    expect(byId.get("a:BC")!.y).toBeLessThan(byId.get("a:CT")!.y);
    expect(layout.assetEdges.find((e) => e.id === "o1")).toMatchObject({ sourceHandle: "top", targetHandle: "bottom" });
    expect(layout.assetEdges.find((e) => e.id === "o2")).toMatchObject({ sourceHandle: "right", targetHandle: "left" });
  });

  it("sums flows between systems and between services for the zoomed-out views", () => {
    const revenues = byId.get("a:CT")!.parentId!;
    const finance = byId.get("a:BW")!.parentId!;
    expect(layout.systemEdges.find((e) => e.source === revenues && e.target === finance)).toMatchObject({ count: 1, label: "1 flow from Revenues system to Finance folder" });
    expect(layout.serviceEdges.map((e) => e.label).sort()).toEqual([
      "1 flow from Planning to Outside the council",
      "1 flow from Revenues and Benefits to Finance",
      "1 flow from Revenues and Benefits to Outside the council",
    ]);
  });
});

describe("CSV used by the exports", () => {
  it("neutralises a formula typed into an asset's name", () => {
    expect(toCsv([asset({ name: "=HYPERLINK(\"x\")" })], [{ header: "Name", value: (a) => a.name }])).toContain("\"'=HYPERLINK(\"\"x\"\")\"");
  });
});
