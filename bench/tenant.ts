import { clientsFor } from "../test/support/tenant";
import type { Tenant } from "../tenant/src/server";

export interface TenantReport {
  read5000: { pageSize: number; requests: number; ms: number; itemsPerSecond: number }[];
  batchedWrites: { items: number; batches: number; ms: number; itemsPerSecond: number };
}

/** Reads of 5,000 items and batched writes, through PnPjs exactly as the app sends them. */
export async function measureTenant(tenant: Tenant): Promise<TenantReport> {
  tenant.createList({
    title: "BenchRead",
    fields: [
      { name: "Status", title: "Status", kind: "Choice", choices: ["Not started", "In progress", "Complete"], indexed: true },
      { name: "Note", title: "Note", kind: "Note" },
    ],
  });
  tenant.seed("BenchRead", Array.from({ length: 5000 }, (_, i) => ({ Title: `Action ${i + 1}`, Status: (i + 1) % 3 ? "In progress" : "Complete", Note: "Progress note ".repeat(8) })));
  const { sp } = clientsFor(tenant, "data-lead");
  const read5000: TenantReport["read5000"] = [];
  for (const pageSize of [5000, 1000, 100]) {
    const started = performance.now();
    let requests = 0;
    let items = 0;
    for await (const page of sp.web.lists.getByTitle("BenchRead").items.select("Id", "Title", "Status", "Note").top(pageSize)) {
      requests++;
      items += (page as unknown[]).length;
    }
    const ms = performance.now() - started;
    if (items !== 5000) throw new Error(`read ${items} items, expected 5000`);
    read5000.push({ pageSize, requests, ms: Math.round(ms), itemsPerSecond: Math.round((items / ms) * 1000) });
  }

  const batches = 10;
  const started = performance.now();
  for (let b = 0; b < batches; b++) {
    const [batched, execute] = sp.batched();
    for (let i = 0; i < 100; i++) void batched.web.lists.getByTitle("BenchRead").items.add({ Title: `Batched ${b}-${i}`, Status: "Not started" });
    await execute();
  }
  const ms = performance.now() - started;
  return { read5000, batchedWrites: { items: batches * 100, batches, ms: Math.round(ms), itemsPerSecond: Math.round(((batches * 100) / ms) * 1000) } };
}
