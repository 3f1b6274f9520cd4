import { MODULES } from "../../src/modules";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, startTestTenant } from "../support/tenant";

/** The module contract's strategy figures, gathered from MODULES and computed from the tenant's lists, as the measures module will. */
let tenant: Tenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

it("every module's figures load through PnPjs and compute a value or an honest null, with its basis", async () => {
  const services = clientsFor(tenant, "data-lead");
  const period = { start: "2026-04-01", end: "2027-03-31", label: "2026/27" };
  const offering = MODULES.filter((m) => m.measures);
  expect(offering.map((m) => m.id)).toEqual(expect.arrayContaining(["dictionary", "training", "dashboards", "focus-group", "measures"]));
  for (const module of offering) {
    const { load, figures } = await module.measures!();
    const data = await load(services, period);
    for (const f of figures) {
      const result = f.compute(data, period);
      expect({ id: f.id, ok: result.value === null || Number.isFinite(result.value), basis: typeof result.basis }).toEqual({ id: f.id, ok: true, basis: "string" });
    }
  }
});
