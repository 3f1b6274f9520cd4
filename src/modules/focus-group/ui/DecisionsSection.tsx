import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from "@fluentui/react-components";
import { Add20Regular, ArrowDownload20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { toCsv } from "../../../core/domain/csv";
import { formatDate, plural } from "../../../core/domain/format";
import { downloadCsv } from "../../../core/ui/download";
import { useServices } from "../../../core/ui/services";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadCatalogue } from "../../dashboards";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { addRecord, loadRecords, saveRecord } from "../data/records-data";
import { type Decision, decisionKind, evidenceShare, type EvidenceShare } from "../domain/decision";
import { financialYearOf } from "../domain/periods";
import { SafeLink, useFocusStyles } from "./parts";
import { RecordDrawer, RecordEditor } from "./RecordDrawer";
import type { DashboardChoice } from "./RecordForm";
import type { SectionProps } from "./section-props";
import { useRecords } from "./use-records";

const shareText = (share: EvidenceShare) => (share.percent === null ? "no decisions logged" : `${share.backed} of ${plural(share.total, "decision")} (${share.percent}%)`);

/** A decision's evidence in words: each dataset, dashboard (by catalogue title) and KPI, or "None". */
function evidenceOf(decision: Decision, dashboardTitle: (id: number) => string): string[] {
  return [...decision.datasets.map((d) => `Dataset: ${d}`), ...decision.dashboardIds.map((id) => `Dashboard: ${dashboardTitle(id)}`), ...decision.kpis.map((k) => `KPI: ${k}`)];
}

/** The decisions log: committee and officer decisions with the evidence each used, and the share backed by it. */
export function DecisionsSection({ today }: SectionProps) {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const decisions = useRecords(() => loadRecords(sp, decisionKind), [sp]);
  // The catalogue only names dashboards: if it can't be read, the log still shows (dashboards by number).
  const catalogue = useAsync(async (): Promise<DashboardChoice[] | null> => {
    const entries = await loadCatalogue(sp).catch(() => null);
    return entries ? entries.map((d) => ({ id: d.id, title: d.title })).sort((a, b) => a.title.localeCompare(b.title, "en-GB")) : null;
  }, [sp]);
  const data =
    decisions.status === "ready" && catalogue.status !== "loading"
      ? { status: "ready" as const, value: { decisions: [...decisions.value].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id), dashboards: catalogue.status === "ready" ? catalogue.value : null } }
      : decisions.status === "error"
        ? decisions
        : { status: "loading" as const };
  const [editing, setEditing] = useState<{ decision: Decision | null } | null>(null);
  const [notice, setNotice] = useState("");
  const canEdit = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute);

  const dashboardTitle = (id: number) => (data.status === "ready" ? data.value.dashboards?.find((d) => d.id === id)?.title : undefined) ?? `Dashboard ${id} (not in the catalogue)`;

  const exportCsv = (decisions: Decision[]) => {
    const csv = toCsv(decisions, [
      { header: "Date", value: (d) => formatDate(d.date) },
      { header: "Decision", value: (d) => d.title },
      { header: "Committee or officer", value: (d) => d.kind },
      { header: "Decision maker", value: (d) => d.maker },
      { header: "Report", value: (d) => d.report },
      { header: "Report link", value: (d) => d.reportUrl },
      { header: "Datasets", value: (d) => d.datasets.join("; ") },
      { header: "Dashboards", value: (d) => d.dashboardIds.map(dashboardTitle).join("; ") },
      { header: "KPIs", value: (d) => d.kpis.join("; ") },
      { header: "Backed by evidence", value: (d) => (evidenceOf(d, dashboardTitle).length ? "Yes" : "No") },
    ]);
    downloadCsv(`data-hub-decisions-${today}.csv`, csv);
  };

  return (
    <section aria-labelledby="decisions-heading" className={styles.section}>
      <div className={styles.toolbar}>
        <Title3 as="h2" id="decisions-heading">
          Decisions log
        </Title3>
        {canEdit && (
          <Button icon={<Add20Regular />} onClick={() => setEditing({ decision: null })}>
            Log a decision
          </Button>
        )}
        {data.status === "ready" && data.value.decisions.length > 0 && (
          <Button icon={<ArrowDownload20Regular />} onClick={() => exportCsv(data.value.decisions)}>
            Download as CSV
          </Button>
        )}
      </div>
      <Text as="p">Committee and officer decisions, and the data evidence each used: datasets, dashboards from the catalogue, KPIs, or none.</Text>
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      {data.status === "loading" && <Loading label="Loading the decisions log…" />}
      {data.status === "error" && <ErrorState error={data.error} onRetry={data.reload} />}
      {data.status === "ready" &&
        (data.value.decisions.length === 0 ? (
          <EmptyState title="No decisions logged yet." />
        ) : (
          <>
            {(() => {
              const year = financialYearOf(today);
              return (
                <ul className={styles.plainList} aria-label="Decisions backed by evidence">
                  <li>
                    <Text>
                      Backed by evidence in {year.label}: <strong>{shareText(evidenceShare(data.value.decisions, year))}</strong>
                    </Text>
                  </li>
                  <li>
                    <Text>
                      Backed by evidence, all decisions logged: <strong>{shareText(evidenceShare(data.value.decisions))}</strong>
                    </Text>
                  </li>
                </ul>
              );
            })()}
            {data.value.dashboards === null && <Text className={styles.meta}>The dashboard catalogue couldn't be read: dashboards are shown by their number.</Text>}
            <div className={styles.tableWrap}>
              <Table aria-label="Decisions" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Date</TableHeaderCell>
                    <TableHeaderCell>Decision</TableHeaderCell>
                    <TableHeaderCell>Decision maker</TableHeaderCell>
                    <TableHeaderCell>Evidence</TableHeaderCell>
                    {canEdit && <TableHeaderCell>Change</TableHeaderCell>}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.value.decisions.map((d) => {
                    const evidence = evidenceOf(d, dashboardTitle);
                    return (
                      <StaticTableRow key={d.id}>
                        <TableCell>{formatDate(d.date)}</TableCell>
                        <TableCell>
                          {d.title}
                          {d.report ? (
                            <Text block size={200} className={styles.meta}>
                              {d.reportUrl ? <SafeLink href={d.reportUrl}>{d.report}</SafeLink> : d.report}
                            </Text>
                          ) : d.reportUrl ? (
                            <Text block size={200}>
                              <SafeLink href={d.reportUrl}>The report</SafeLink>
                            </Text>
                          ) : null}
                        </TableCell>
                        <TableCell>
                          {d.maker}
                          <Text block size={200} className={styles.meta}>
                            {d.kind === "Committee" ? "Committee decision" : "Officer decision"}
                          </Text>
                        </TableCell>
                        <TableCell>
                          {evidence.length ? (
                            <ul className={styles.plainList}>
                              {evidence.map((e) => (
                                <li key={e}>{e}</li>
                              ))}
                            </ul>
                          ) : (
                            "None"
                          )}
                        </TableCell>
                        {canEdit && (
                          <TableCell>
                            <Button size="small" onClick={() => setEditing({ decision: d })} aria-label={`Edit ${d.title}`}>
                              Edit
                            </Button>
                          </TableCell>
                        )}
                      </StaticTableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          </>
        ))}
      <RecordDrawer open={editing !== null} title={editing?.decision ? "Edit the decision" : "Log a decision"} onClose={() => setEditing(null)}>
        {editing && (
          <RecordEditor<Decision>
            record={editing.decision}
            fields={decisionKind.fields}
            initialDraft={decisionKind.draftOf(editing.decision, today)}
            check={decisionKind.check}
            save={(draft, base) => (base ? saveRecord(sp, decisionKind, base, decisionKind.valuesOf(draft)) : addRecord(sp, decisionKind, decisionKind.valuesOf(draft)))}
            submitLabel={editing.decision ? "Save the decision" : "Log decision"}
            onCancel={() => setEditing(null)}
            dashboards={data.status === "ready" ? (data.value.dashboards ?? []) : []}
            onSaved={(d) => {
              setEditing(null);
              setNotice(`Logged “${d.title}”.`);
              decisions.upsert(d);
            }}
          />
        )}
      </RecordDrawer>
    </section>
  );
}
