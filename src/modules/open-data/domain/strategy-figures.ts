import type { MeasureDefinition, MeasurePeriod } from "../../../core/domain/measures";
import type { Publication } from "./publication";

/** What the open-data figures are computed from: every publication's record. */
export interface OpenDataFigures {
  publications: readonly Publication[];
}

const inPeriod = (p: Publication, period: MeasurePeriod) => {
  const day = p.issued.slice(0, 10);
  return day >= period.start && day <= period.end;
};

const MEASURE = "data-ethics-m2";

export const OPEN_DATA_FIGURES: readonly MeasureDefinition<OpenDataFigures>[] = [
  {
    measureKey: MEASURE,
    id: "open-data.published",
    label: "Datasets published after the checks",
    method: "Publications recorded in OpenDataPublications in the period: each passed the schema, personal-data and small-number checks, or a named person overrode a check saying why.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const published = data.publications.filter((p) => inPeriod(p, period));
      return { value: published.length, basis: `${published.length} ${published.length === 1 ? "publication" : "publications"} (${new Set(published.map((p) => p.fileName)).size} datasets)` };
    },
  },
  {
    measureKey: MEASURE,
    id: "open-data.fixed-before-publication",
    label: "Publications where a failed check was fixed before publishing",
    method: "Publications in the period in which a check (schema, personal data or small numbers) failed on an earlier check of the file and passed when it was published, as a share of publications.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const published = data.publications.filter((p) => inPeriod(p, period));
      const fixed = published.filter((p) => p.fixedChecks > 0);
      const checks = fixed.reduce((sum, p) => sum + p.fixedChecks, 0);
      if (published.length === 0) return { value: null, basis: "Nothing was published in the period." };
      return { value: Math.round((fixed.length / published.length) * 1000) / 10, basis: `${fixed.length} of ${published.length} publications had a failed check fixed first (${checks} ${checks === 1 ? "check" : "checks"})` };
    },
  },
  {
    measureKey: MEASURE,
    id: "open-data.overrides",
    label: "Publications with a check overridden",
    method: "Publications in the period where someone overrode a failed check, recording who and why (OpenDataPublications); by check.",
    unit: "count",
    better: "lower",
    compute: (data, period) => {
      const published = data.publications.filter((p) => inPeriod(p, period));
      const overridden = published.filter((p) => p.overrides.length > 0);
      const byCheck = (id: string) => overridden.filter((p) => p.overrides.some((o) => o.check === id)).length;
      return {
        value: overridden.length,
        basis: `${overridden.length} of ${published.length} publications`,
        breakdown: [
          { label: "Schema", value: byCheck("schema") },
          { label: "Personal data", value: byCheck("personal-data") },
          { label: "Small numbers", value: byCheck("small-numbers") },
        ],
      };
    },
  },
  {
    measureKey: MEASURE,
    id: "open-data.transparency-on-time",
    label: "Transparency Code publications on time",
    method: "Publications in the period that answer a Transparency Code return of the reporting calendar, published on or before the deadline they answer, as a share of those.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const due = data.publications.filter((p) => inPeriod(p, period) && p.returnKey?.startsWith("transparency-") && p.dueDate);
      if (due.length === 0) return { value: null, basis: "No Transparency Code publication with a deadline in the period." };
      const onTime = due.filter((p) => p.issued.slice(0, 10) <= p.dueDate!);
      return { value: Math.round((onTime.length / due.length) * 1000) / 10, basis: `${onTime.length} of ${due.length} on or before their deadline` };
    },
  },
];
