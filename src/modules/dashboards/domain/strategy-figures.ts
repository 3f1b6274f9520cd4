import type { MeasureDefinition } from "../../../core/domain/measures";
import type { UsageRow } from "./usage";

/** Dashboard opens per department in the period's months (no person is ever recorded). */
export const DASHBOARD_FIGURES: readonly MeasureDefinition<readonly UsageRow[]>[] = [
  {
    measureKey: "data-literacy-m6",
    id: "dashboards.opens",
    label: "Dashboard opens",
    method: "Opens of catalogue dashboards counted per department and month (DashboardUsage list; nobody's name is kept).",
    unit: "count",
    better: "higher",
    compute: (rows) => {
      const byDepartment = new Map<string, number>();
      for (const row of rows) byDepartment.set(row.department, (byDepartment.get(row.department) ?? 0) + row.opens);
      const total = [...byDepartment.values()].reduce((n, x) => n + x, 0);
      const breakdown = [...byDepartment.entries()].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label, value }));
      return { value: total, basis: `${total} opens in ${byDepartment.size} departments`, breakdown };
    },
  },
];
