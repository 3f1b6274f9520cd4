import type { Dashboard } from "./dashboard";

/** How council-wide dashboards (no department) are labelled. */
export const COUNCIL_WIDE = "Council-wide";

export interface DepartmentGroup {
  /** Null: council-wide. */
  department: string | null;
  label: string;
  /** The viewer's own department (from their Microsoft 365 profile). */
  mine: boolean;
  dashboards: Dashboard[];
}

const key = (department: string | null | undefined) => (department ?? "").replace(/\s+/g, " ").trim().toLocaleLowerCase("en-GB");

/** Departments come from people's profiles and from typing: compare without case or stray spaces. */
export function sameDepartment(a: string | null | undefined, b: string | null | undefined): boolean {
  return key(a) !== "" && key(a) === key(b);
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

export interface CatalogueView {
  /** Show only this department's group (from `?department=`, as a channel tab sets it). */
  department?: string | null;
  /** Words to find in the title, description or department. */
  search?: string;
  /** Include inactive entries (for whoever manages the catalogue). */
  includeInactive?: boolean;
}

export function matchesSearch(dashboard: Dashboard, search: string | undefined): boolean {
  const words = (search ?? "").toLocaleLowerCase("en-GB").split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [dashboard.title, dashboard.description, dashboard.department ?? COUNCIL_WIDE].join(" ").toLocaleLowerCase("en-GB");
  return words.every((w) => text.includes(w));
}

/**
 * The catalogue by department: the viewer's department first, then council-wide dashboards, then
 * the other departments A–Z. Within a department, the list's order, then the title.
 */
export function groupByDepartment(dashboards: readonly Dashboard[], myDepartment: string | null, view: CatalogueView = {}): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  for (const d of dashboards) {
    if (!d.active && !view.includeInactive) continue;
    if (view.department && !sameDepartment(d.department, view.department)) continue;
    if (!matchesSearch(d, view.search)) continue;
    const k = key(d.department);
    let group = groups.get(k);
    if (!group) {
      group = { department: d.department, label: d.department ?? COUNCIL_WIDE, mine: sameDepartment(d.department, myDepartment), dashboards: [] };
      groups.set(k, group);
    }
    group.dashboards.push(d);
  }
  const rank = (g: DepartmentGroup) => (g.mine ? 0 : g.department === null ? 1 : 2);
  const sorted = [...groups.values()].sort((a, b) => rank(a) - rank(b) || collator.compare(a.label, b.label));
  for (const g of sorted) g.dashboards.sort((a, b) => a.order - b.order || collator.compare(a.title, b.title));
  return sorted;
}

/** Every department in the catalogue (for the department filter), A–Z. */
export function departmentsOf(dashboards: readonly Dashboard[]): string[] {
  const seen = new Map<string, string>();
  // The first spelling met names the department (the list's own order decides, as for the groups).
  for (const d of dashboards) if (d.department && d.active && !seen.has(key(d.department))) seen.set(key(d.department), d.department.trim());
  return [...seen.values()].sort(collator.compare);
}
