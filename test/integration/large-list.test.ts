import { idWindows, readAllItems } from "../../src/core/data/large-list";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

async function readIds(title: string, filter?: string): Promise<number[]> {
  const ids: number[] = [];
  for await (const page of readAllItems<{ Id: number }>(clientsFor(tenant, "staff").sp.web.lists.getByTitle(title), { select: ["Id"], filter })) ids.push(...page.map((r) => r.Id));
  return ids.sort((a, b) => a - b);
}

describe("reading a whole list within the list view threshold", () => {
  it("cuts ids into a small lead window, then windows of at most 5,000", () => {
    expect(idWindows(0)).toEqual([[1, 500]]);
    expect(idWindows(500)).toEqual([[1, 500]]);
    expect(idWindows(501)).toEqual([[1, 500], [501, 5000]]);
    expect(idWindows(12_000)).toEqual([[1, 500], [501, 5000], [5001, 10_000], [10_001, 15_000]]);
  });

  it("reads an empty list as nothing, in two requests", async () => {
    tenant.createList({ title: "Empty" });
    const before = tenant.requests.count;
    expect(await readIds("Empty")).toEqual([]);
    expect(tenant.requests.count - before).toBe(2);
  });

  it("finds items whose ids lie far beyond their count (after mass deletion)", async () => {
    tenant.createList({ title: "Sparse" });
    tenant.seed("Sparse", Array.from({ length: 12_000 }, (_, i) => ({ Title: `Item ${i + 1}` })), { as: "staff" });
    tenant.deleteItems("Sparse", Array.from({ length: 11_990 }, (_, i) => i + 1));
    expect(await readIds("Sparse")).toEqual(Array.from({ length: 10 }, (_, i) => 11_991 + i));
  });

  it("applies a non-indexed filter inside each window on a list over 5,000 items", async () => {
    tenant.createList({ title: "Big", fields: [{ name: "Colour", title: "Colour", kind: "Text" }] });
    tenant.seed("Big", Array.from({ length: 11_000 }, (_, i) => ({ Title: `Item ${i + 1}`, Colour: (i + 1) % 1000 === 0 ? "Teal" : "Grey" })), { as: "staff" });
    expect(await readIds("Big", "Colour eq 'Teal'")).toEqual(Array.from({ length: 11 }, (_, i) => (i + 1) * 1000));
  });
});
