import type { ListDeclaration } from "../../manifest/schema";
import { idWindows, readAllItems } from "../../src/core/data/large-list";
import { filterFor } from "../../src/core/domain/odata";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

/** The ad-hoc lists these tests make, declared as any list of the site would be. */
const adHoc = (title: string) => ({ title, url: `Lists/${title}`, description: "", fields: [{ name: "Colour", title: "Colour", kind: "Text" }], permissions: { add: "everyone", edit: [] } }) as const satisfies ListDeclaration;

async function readIds(title: string, colour?: string): Promise<number[]> {
  const list = adHoc(title);
  const ids: number[] = [];
  const filter = colour ? filterFor(list).eq("Colour", colour) : undefined;
  for await (const page of readAllItems(clientsFor(tenant, "staff").sp, list, { select: ["Id"], filter })) ids.push(...page.map((r) => r.Id));
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
    expect(await readIds("Big", "Teal")).toEqual(Array.from({ length: 11 }, (_, i) => (i + 1) * 1000));
  });
});
