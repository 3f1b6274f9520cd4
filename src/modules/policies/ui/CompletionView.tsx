import { Button, Dropdown, Field, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { toCsv } from "../../../core/domain/csv";
import { formatNumber, plural } from "../../../core/domain/format";
import { downloadCsv } from "../../../core/ui/download";
import { useServices } from "../../../core/ui/services";
import { BarChart } from "../../../core/ui/charts";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadCurrentConfirmations } from "../data/confirmations-data";
import { loadAllReaders, loadServiceReaders } from "../data/directory-data";
import { libraryCompletion, percentText, serviceTotals, type DocumentCompletion, type ServiceCompletion } from "../domain/completion";
import { confirmersByVersion } from "../domain/confirmation";
import type { PolicyDocument } from "../domain/document";
import { useStyles } from "./parts";

/**
 * Read and understood, by document and service. A manager sees their own service (the directory's
 * people in their department), with the names of those who have not confirmed; the data lead sees
 * every service and every name.
 */
export function CompletionView({ docs, everyone }: { docs: readonly PolicyDocument[]; everyone: boolean }) {
  const styles = useStyles();
  const { sp, graph, person } = useServices();
  const department = person.profile.department;
  const data = useAsync(async () => {
    if (!everyone && !department) return null;
    const [confirmations, readers] = await Promise.all([loadCurrentConfirmations(sp, docs), everyone ? loadAllReaders(sp, graph) : loadServiceReaders(sp, graph, department!)]);
    return libraryCompletion(docs, confirmersByVersion(confirmations), readers, { includeUnlisted: everyone });
  }, [sp, graph, docs, everyone, department]);
  const [chosen, setChosen] = useState<number | null>(null);

  if (data.status === "loading") return <Loading label="Working out who has read what…" />;
  if (data.status === "error") return <ErrorState error={data.error} onRetry={data.reload} />;
  if (data.value === null) return <EmptyState title="Your Microsoft 365 profile has no department, so your service's people cannot be found. Ask IT to add it." />;
  const completions = data.value;
  if (completions.length === 0) return <EmptyState title="No approved document asks anyone to confirm it yet." />;
  const selected = completions.find((c) => c.documentId === chosen) ?? completions[0]!;
  return (
    <div className={styles.stack}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {everyone ? "Read and understood across the council" : `Read and understood in ${department}`}
      </Text>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        By document
      </Text>
      <DocumentTable completions={completions} />
      {everyone && (
        <>
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            By service, across documents for all staff
          </Text>
          <ServiceTable completions={completions} />
        </>
      )}
      <section className={styles.stack} aria-labelledby="completion-detail">
        <Text as="h3" size={400} weight="semibold" id="completion-detail" className={styles.heading}>
          Who has not confirmed
        </Text>
        <Field label="Document">
          <Dropdown value={selected.title} selectedOptions={[String(selected.documentId)]} onOptionSelect={(_, d) => setChosen(Number(d.optionValue))}>
            {completions.map((c) => (
              <Option key={c.documentId} value={String(c.documentId)}>
                {c.title}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <ServiceDetail completion={selected} />
      </section>
    </div>
  );
}

function DocumentTable({ completions }: { completions: readonly DocumentCompletion[] }) {
  const styles = useStyles();
  return (
    <div className={styles.tableWrap}>
      <Table size="small" aria-label="Completion by document" style={{ minWidth: "28rem" }}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Document</TableHeaderCell>
            <TableHeaderCell>Version</TableHeaderCell>
            <TableHeaderCell>Confirmed</TableHeaderCell>
            <TableHeaderCell>Must read</TableHeaderCell>
            <TableHeaderCell>Completion</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {completions.map((c) => (
            <StaticTableRow key={c.documentId}>
              <TableCell>{c.title}</TableCell>
              <TableCell>{c.versionLabel ?? ""}</TableCell>
              <TableCell>{formatNumber(c.confirmed)}</TableCell>
              <TableCell>{c.expected === null ? "Not counted" : formatNumber(c.expected)}</TableCell>
              <TableCell>{percentText(c.rate)}</TableCell>
            </StaticTableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function ServiceTable({ completions }: { completions: readonly DocumentCompletion[] }) {
  const styles = useStyles();
  const totals = useMemo(() => serviceTotals(completions), [completions]);
  if (totals.length === 0) return null;
  return (
    <>
      <BarChart
        title="Completion by service, per cent"
        data={totals.map((t) => ({ label: t.service, value: t.rate === null ? null : Math.round(t.rate * 1000) / 10 }))}
        categoryLabel="Service"
        valueLabel="Completion"
        noun="service"
        format={{ kind: "percent" }}
        domain={[0, 100]}
        axisTitle="Completion (%)"
      />
      <div className={styles.tableWrap}>
        <Table size="small" aria-label="Completion by service" style={{ minWidth: "24rem" }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Service</TableHeaderCell>
              <TableHeaderCell>Confirmations made</TableHeaderCell>
              <TableHeaderCell>Confirmations due</TableHeaderCell>
              <TableHeaderCell>Completion</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {totals.map((t) => (
              <StaticTableRow key={t.service}>
                <TableCell>{t.service}</TableCell>
                <TableCell>{formatNumber(t.confirmed)}</TableCell>
                <TableCell>{formatNumber(t.expected)}</TableCell>
                <TableCell>{percentText(t.rate)}</TableCell>
              </StaticTableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

/** One document's services, each with the names of those yet to confirm behind a button (a service can be hundreds). */
function ServiceDetail({ completion }: { completion: DocumentCompletion }) {
  const styles = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  const csv = () =>
    downloadCsv(
      `read-and-understood-${completion.documentId}.csv`,
      toCsv(completion.services, [
        { header: "Service", value: (s: ServiceCompletion) => s.service },
        { header: "Confirmed", value: (s) => s.confirmed },
        { header: "Must read", value: (s) => s.expected },
        { header: "Completion (%)", value: (s) => (s.rate === null ? null : Math.round(s.rate * 100)) },
      ]),
    );
  if (completion.expected === null)
    return <Text>{completion.title} is for roles narrower than all staff. The directory cannot say who holds them (Data Hub reads only your own role groups), so only confirmations are counted: {plural(completion.confirmed, "person has", "people have")} confirmed.</Text>;
  return (
    <div className={styles.stack}>
      <ul className={styles.list} aria-label={`Services: ${completion.title}`}>
        {completion.services.map((s) => (
          <li key={s.service} className={styles.card}>
            <Text weight="semibold">{s.service}</Text>
            <Text>
              {s.expected === null ? `${formatNumber(s.confirmed)} confirmed (not in the directory now)` : `${formatNumber(s.confirmed)} of ${formatNumber(s.expected)} confirmed (${percentText(s.rate)})`}
            </Text>
            {s.notConfirmed.length > 0 && (
              <div>
                <Button size="small" aria-expanded={open === s.service} onClick={() => setOpen(open === s.service ? null : s.service)}>
                  {open === s.service ? "Hide" : "Show"} {plural(s.notConfirmed.length, "name")} not yet confirmed
                </Button>
                {open === s.service && (
                  <ul aria-label={`Not yet confirmed in ${s.service}`}>
                    {s.notConfirmed.map((name, i) => (
                      <li key={`${name}-${i}`}>{name}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      <div>
        <Button onClick={csv}>Download the table as CSV</Button>
      </div>
    </div>
  );
}
