import type { SPFI } from "@pnp/sp";
import { mergeLog, type LogEntry } from "../domain/log/issue";
import type { QualityData } from "../domain/strategy-figures";
import { loadAudits } from "./audits-data";
import { loadIssues, loadReports } from "./log-data";
import { loadAllRuns } from "./runs-data";

/** The whole log (issues and new reports), only the columns figures use: for figures and strategy measures. */
export async function loadWholeLog(sp: SPFI): Promise<LogEntry[]> {
  const reports: LogEntry[] = [];
  const issues: LogEntry[] = [];
  await Promise.all([loadReports(sp, undefined, (page) => reports.push(...page), "facts"), loadIssues(sp, undefined, (page) => issues.push(...page), "facts")]);
  return mergeLog(reports, issues);
}

/** Everything the data quality figures are computed from, read at once. */
export async function loadQualityData(sp: SPFI): Promise<QualityData> {
  const [entries, audits, runs] = await Promise.all([loadWholeLog(sp), loadAudits(sp, "facts"), loadAllRuns(sp)]);
  return { entries, audits, runs };
}
