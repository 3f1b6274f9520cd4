import { type CsvColumn, toCsv } from "../../../core/domain/csv";
import { formatCalendarDate } from "./calendar-date";
import type { Kpi } from "./kpi";
import { KPI_VIEWS } from "./kpi-figures";
import { KPI_RAG_PRESENTATION, type KpiRag } from "./kpi-rag";
import type { KpiSummary } from "./kpi-series";
import { formatKpiValue, polarityWords, toleranceWords } from "./kpi-words";

/**
 * How many periods the register (and a KPI's headline trend) looks back: three years, whatever the
 * frequency, matching the register's read of recent values.
 */
export function periodsLookedBack(frequency: Kpi["frequency"]): number {
  return frequency === "monthly" ? 36 : frequency === "quarterly" ? 12 : 3;
}

export const REGISTER_VIEWS = ["all", "service", "mine", "off-target", "successes"] as const;
export type RegisterView = (typeof REGISTER_VIEWS)[number];

export const REGISTER_VIEW_LABELS: Record<RegisterView, string> = {
  all: "All KPIs",
  service: "By service",
  mine: "Mine",
  "off-target": "Off target",
  successes: "Non-statutory successes",
};

/** The register's view, from and to the address (so a copied link opens the same view). */
export interface RegisterFilters {
  view: RegisterView;
  /** For the "by service" view. */
  service?: string;
  search?: string;
}

export function registerFiltersFromParams(params: URLSearchParams): RegisterFilters {
  const view = params.get("view");
  return {
    view: (REGISTER_VIEWS as readonly string[]).includes(view ?? "") ? (view as RegisterView) : "all",
    service: params.get("service") || undefined,
    search: params.get("q") || undefined,
  };
}

export function registerFiltersToParams(filters: RegisterFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.view !== "all") params.view = filters.view;
  if (filters.view === "service" && filters.service) params.service = filters.service;
  if (filters.search) params.q = filters.search;
  return params;
}

/** What the register shows of a KPI: the rules' summary plus the owner's name. */
export type RegisterEntry = KpiSummary & { kpi: Kpi & { ownerName: string | null } };

const RAG_ORDER: Record<KpiRag, number> = { Red: 0, Amber: 1, Green: 2, "No target": 3, "No value": 4 };

/** Services named by any KPI, in alphabetical order. */
export function servicesOf(kpis: readonly Pick<Kpi, "service">[]): string[] {
  return [...new Set(kpis.map((k) => k.service).filter((s): s is string => Boolean(s)))].sort((a, b) => a.localeCompare(b, "en-GB"));
}

/**
 * The KPIs a view shows, in its order. "By service" with no service chosen shows every KPI grouped
 * by service; "off target" puts red before amber. `me` is the viewer's person key.
 */
export function registerRows(entries: readonly RegisterEntry[], filters: RegisterFilters, me: string | null): RegisterEntry[] {
  const words = filters.search?.trim().toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const shown = entries.filter((e) => {
    if (filters.view === "service" && filters.service && !KPI_VIEWS.byService(e.kpi, filters.service)) return false;
    if (filters.view === "mine" && !(me && KPI_VIEWS.mine(e.kpi, me))) return false;
    if (filters.view === "off-target" && !KPI_VIEWS.offTarget(e)) return false;
    if (filters.view === "successes" && !KPI_VIEWS.successes(e.kpi)) return false;
    if (words.length) {
      const text = `${e.kpi.name} ${e.kpi.service ?? ""} ${e.kpi.ownerName ?? ""}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
  const byName = (a: RegisterEntry, b: RegisterEntry) => a.kpi.name.localeCompare(b.kpi.name, "en-GB");
  const byService = (a: RegisterEntry, b: RegisterEntry) => (a.kpi.service ?? "\uffff").localeCompare(b.kpi.service ?? "\uffff", "en-GB");
  if (filters.view === "off-target") return shown.sort((a, b) => RAG_ORDER[a.rag] - RAG_ORDER[b.rag] || byName(a, b));
  if (filters.view === "service") return shown.sort((a, b) => byService(a, b) || byName(a, b));
  return shown.sort(byName);
}

/** "Statutory", "Non-statutory", "Non-statutory, highlights a success". */
export function kindWords(kpi: Pick<Kpi, "statutory" | "highlightsSuccess">): string {
  if (kpi.statutory) return "Statutory";
  return kpi.highlightsSuccess ? "Non-statutory, highlights a success" : "Non-statutory";
}

/** The register as CSV, as shown: formula-safe through core/domain/csv.ts. */
export function registerCsv(entries: readonly RegisterEntry[]): string {
  const columns: CsvColumn<RegisterEntry>[] = [
    { header: "Key", value: (e) => e.kpi.key },
    { header: "KPI", value: (e) => e.kpi.name },
    { header: "Kind", value: (e) => kindWords(e.kpi) },
    { header: "Service", value: (e) => e.kpi.service },
    { header: "Owner", value: (e) => e.kpi.ownerName },
    { header: "Unit", value: (e) => e.kpi.unit },
    { header: "Polarity", value: (e) => polarityWords(e.kpi.polarity) },
    { header: "Frequency", value: (e) => e.kpi.frequency },
    { header: "Tolerance (amber)", value: (e) => toleranceWords(e.kpi.tolerance, e.kpi.unit) },
    { header: "Latest period", value: (e) => e.latest?.period.label ?? null },
    { header: "Latest value", value: (e) => e.latest?.value ?? null },
    { header: "Target", value: (e) => e.latest?.target ?? null },
    { header: "RAG", value: (e) => e.rag },
    { header: "RAG in words", value: (e) => KPI_RAG_PRESENTATION[e.rag].words },
    { header: "Trend", value: (e) => e.trend.words },
    { header: "Latest value entered", value: (e) => (e.latest?.entered ? formatCalendarDate(e.latest.entered.enteredOn) : null) },
    { header: "Entered late", value: (e) => (e.latest ? (e.latest.entry === "Entered late" ? "Yes" : "No") : null) },
    { header: "Latest shown", value: (e) => (e.latest?.value != null ? formatKpiValue(e.latest.value, e.kpi.unit) : null) },
  ];
  return toCsv(entries, columns);
}
