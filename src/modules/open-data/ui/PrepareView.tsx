import { Button, Checkbox, Dropdown, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { FormProblem } from "../../../core/ui/ErrorSummary";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { FileDropZone, SPREADSHEET_FILES } from "../../../core/ui/FileDropZone";
import { DateField } from "../../../core/ui/DateField";
import { downloadFile } from "../../../core/ui/download";
import { useServices } from "../../../core/ui/services";
import { useAsync } from "../../../core/ui/use-async";
import { blobSource, UnusableInputError } from "../../quality";
import { loadDatasets, loadTransparencyReturns } from "../data/datasets-data";
import { recordPublication } from "../data/publications-data";
import { readDataTable } from "../data/read-table";
import { blockingChecks, type CheckedTable, type CheckId, checkTable, type Override } from "../domain/checks";
import { blankMetadata, FREQUENCIES, type Frequency, metadataErrors, type PublicationMetadata, safeFileName } from "../domain/metadata";
import { buildPackage, type PublicationPackage, summariseChecks } from "../domain/package";
import { fixedBeforePublication, type Publication, publicationKey } from "../domain/publication";
import type { OpenDataSchema } from "../domain/table";
import { ChecksView } from "./ChecksView";
import { FailureMessage, tabHref, useStyles } from "./parts";

const idOf = (field: string) => `open-data-${field}`;

const METADATA_FIELDS: readonly (keyof PublicationMetadata)[] = ["title", "description", "identifier", "licenceTitle", "licenceUri", "publisher", "periodStart", "periodEnd", "frequency", "conformsTo", "fileName", "baseUrl"];

function londonToday(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

type Checked = CheckedTable & { columns: readonly string[]; schema: OpenDataSchema };

/**
 * Prepare a publication: the file (it never leaves this browser), the dataset and its schema, the
 * metadata; then the checks; then publish: the package downloads and its record is saved. What was
 * typed is kept whatever fails.
 */
export function PrepareView({ onPublished }: { onPublished: (publication: Publication) => void }) {
  const styles = useStyles();
  const { sp, person } = useServices();
  const datasets = useAsync(() => loadDatasets(sp), [sp]);
  const returns = useAsync(() => loadTransparencyReturns(sp), [sp]);
  const [file, setFile] = useState<File | null>(null);
  const [datasetKey, setDatasetKey] = useState("");
  const [schemaFile, setSchemaFile] = useState<{ name: string; text: string } | null>(null);
  const [metadata, setMetadata] = useState<PublicationMetadata>(() => blankMetadata());
  const [returnKey, setReturnKey] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [suppress, setSuppress] = useState(true);
  const [round5, setRound5] = useState(false);
  const [minCount, setMinCount] = useState("");
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [checking, setChecking] = useState(false);
  const [checkFailure, setCheckFailure] = useState<unknown>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [overrides, setOverrides] = useState<Override[]>([]);
  const [failedEarlier, setFailedEarlier] = useState<ReadonlySet<CheckId>>(new Set());
  const [publishing, setPublishing] = useState(false);
  const [saveFailure, setSaveFailure] = useState<unknown>(null);
  const [pending, setPending] = useState<{ pkg: PublicationPackage; key: string; issued: string } | null>(null);

  const dataset = datasets.status === "ready" ? datasets.value.find((d) => d.key === datasetKey) : undefined;
  const set = <K extends keyof PublicationMetadata>(key: K, value: PublicationMetadata[K]) => setMetadata((m) => ({ ...m, [key]: value }));
  const message = (field: string) => problems.find((p) => p.fieldId === idOf(field))?.message;
  const state = (field: string) => (message(field) ? { validationState: "error" as const, validationMessage: message(field) } : {});

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    if (metadata.fileName === "data.csv" || !metadata.fileName) set("fileName", safeFileName(chosen.name));
  };

  const chooseDataset = (key: string) => {
    // Checks that failed for another dataset are not this one's to count as fixed.
    if (key !== datasetKey) setFailedEarlier(new Set());
    setDatasetKey(key);
    const picked = datasets.status === "ready" ? datasets.value.find((d) => d.key === key) : undefined;
    if (picked && !metadata.title) set("title", picked.title);
  };

  const schemaText = dataset?.schemaJson ?? schemaFile?.text ?? null;

  const runChecks = async () => {
    const found: FormProblem[] = [];
    if (!file) found.push({ fieldId: idOf("file"), message: "Choose the file to publish (CSV or Excel .xlsx)." });
    if (!schemaText) found.push({ fieldId: idOf("schema"), message: dataset ? `${dataset.title} has no schema in the asset register: choose a Table Schema file.` : "Choose the dataset from the asset register, or a Table Schema file." });
    const threshold = minCount.trim() ? Number(minCount) : undefined;
    if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 1 || threshold > 100)) found.push({ fieldId: idOf("minCount"), message: "The smallest count published must be a whole number from 1 to 100." });
    setProblems(found);
    if (found.length || !file || !schemaText) return;
    setChecking(true);
    setCheckFailure(null);
    try {
      const schema = JSON.parse(schemaText) as OpenDataSchema;
      if (!schema || !Array.isArray(schema.fields)) throw new SyntaxError("The schema has no list of fields: it must be a Table Schema.");
      const read = await readDataTable(blobSource(file));
      const result = checkTable(read.table, schema, { runDate: londonToday(new Date()), suppress, roundToFive: round5, isoDatesAccepted: read.isoDatesAccepted, ...(threshold !== undefined ? { minCount: threshold } : {}) });
      setChecked({ ...result, columns: read.table.columns, schema });
      setOverrides([]);
      setPending(null);
      setFailedEarlier((earlier) => new Set([...earlier, ...result.checks.filter((c) => !c.passed).map((c) => c.id)]));
    } catch (error) {
      setChecked(null);
      // A file changed on disk since it was chosen can no longer be read through the same handle.
      setCheckFailure(error instanceof DOMException && error.name === "NotReadableError" ? new UnusableInputError(`"${file.name}" has changed since it was chosen: choose it again.`) : error);
    } finally {
      setChecking(false);
    }
  };

  const save = async (pkg: PublicationPackage, key: string, issued: string) => {
    if (!checked) return;
    setPublishing(true);
    setSaveFailure(null);
    try {
      const saved = await recordPublication(sp, {
        Title: metadata.title.trim(),
        PublicationKey: key,
        AssetKey: datasetKey || null,
        FileName: metadata.fileName,
        Description: metadata.description.trim(),
        Identifier: metadata.identifier.trim(),
        LicenceUri: metadata.licenceUri.trim(),
        LicenceTitle: metadata.licenceTitle.trim(),
        Publisher: metadata.publisher.trim(),
        PeriodStart: metadata.periodStart,
        PeriodEnd: metadata.periodEnd,
        Frequency: metadata.frequency,
        ConformsTo: metadata.conformsTo.trim() || null,
        PublishedOn: issued,
        RowCount: checked.published.length,
        ChecksSummary: JSON.stringify(summariseChecks(checked.checks, overrides)),
        FixedChecks: fixedBeforePublication(failedEarlier, checked.checks, overrides),
        OverrideCount: overrides.length,
        Overrides: JSON.stringify(overrides),
        SuppressedCells: checked.rule && checked.suppression ? checked.suppression.primary + checked.suppression.secondary : 0,
        DisclosureRule: checked.rule,
        ReturnKey: returnKey || null,
        DueDate: returnKey && dueDate ? dueDate : null,
      });
      setPending(null);
      onPublished(saved);
    } catch (error) {
      setPending({ pkg, key, issued });
      setSaveFailure(error);
    } finally {
      setPublishing(false);
    }
  };

  const publish = async () => {
    if (!checked || publishing) return;
    const errors = metadataErrors(metadata);
    const found: FormProblem[] = METADATA_FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: idOf(f), message: errors[f]! }));
    if (returnKey && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(dueDate)) found.push({ fieldId: idOf("dueDate"), message: "Enter the deadline this publication answers." });
    setProblems(found);
    if (found.length) return;
    const issued = new Date().toISOString();
    const pkg = buildPackage({ metadata: { ...metadata, keywords: [] }, schema: checked.schema, columns: checked.columns, rows: checked.published, rule: checked.rule, issued });
    downloadFile(pkg.zipName, "application/zip", pkg.zip);
    await save(pkg, publicationKey(metadata.fileName, issued, Math.random), issued);
  };

  const blocking = checked ? blockingChecks(checked.checks, overrides) : [];
  return (
    <div className={styles.stack}>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void runChecks();
        }}
      >
        <Text as="h2" size={500} weight="semibold" className={styles.heading}>
          Prepare a publication
        </Text>
        <ErrorSummary problems={problems} />
        <FileDropZone
          id={idOf("file")}
          label={
            <>
              <Text weight="semibold">The file to publish (CSV or Excel .xlsx)</Text>: choose one, or drop it here.
            </>
          }
          accept={SPREADSHEET_FILES}
          onFile={chooseFile}
        >
          {message("file") && (
            <Text role="alert" className={styles.heading}>
              {message("file")}
            </Text>
          )}
          <Text size={200} className={styles.muted}>
            The file never leaves this browser: it is checked and packaged on this computer. Only totals, the rows and columns concerned (never their values) and any overrides are saved.
          </Text>
          {file && <Text role="status">Chosen: {file.name}</Text>}
        </FileDropZone>
        <Field label="Dataset (from the asset register)" hint="Its schema in the register is used for the checks.">
          <Dropdown
            id={idOf("dataset")}
            placeholder={datasets.status === "loading" ? "Loading the register…" : "Choose a dataset"}
            value={dataset?.title ?? (datasetKey ? datasetKey : "")}
            selectedOptions={datasetKey ? [datasetKey] : []}
            onOptionSelect={(_, d) => chooseDataset(d.optionValue ?? "")}
          >
            <Option value="" text="None (use a schema file)">
              None (use a schema file)
            </Option>
            {(datasets.status === "ready" ? datasets.value : []).map((d) => (
              <Option key={d.key} value={d.key} text={d.title}>
                {`${d.title}${d.schemaJson ? "" : " (no schema yet)"}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {datasets.status === "error" && <FailureMessage error={datasets.error} onRetry={datasets.reload} />}
        {!dataset?.schemaJson && (
          <div className={styles.form}>
            <label htmlFor={idOf("schema")}>
              <Text weight="semibold">Schema (Table Schema JSON file)</Text>
            </label>
            <Text size={200} id={idOf("schema-hint")} className={styles.muted}>
              For a Transparency Code dataset, the LGA&apos;s schema for it, as a Table Schema.
            </Text>
            <input
              id={idOf("schema")}
              className={styles.fileInput}
              type="file"
              accept=".json,application/json"
              aria-describedby={idOf("schema-hint")}
              aria-invalid={message("schema") ? true : undefined}
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                if (chosen) void chosen.text().then((text) => setSchemaFile({ name: chosen.name, text: text.replace(/^\uFEFF/, "") }));
              }}
            />
            {message("schema") && <Text role="alert">{message("schema")}</Text>}
          </div>
        )}
        {schemaFile && !dataset?.schemaJson && <Text>Schema: {schemaFile.name}</Text>}
        <fieldset className={styles.fieldset}>
          <legend>Small numbers</legend>
          <Checkbox id={idOf("suppress")} label="Suppress small counts (and enough others that they cannot be worked out from totals)" checked={suppress} onChange={(_, d) => setSuppress(d.checked === true)} />
          <Checkbox id={idOf("round5")} label="Round the other counts to the nearest 5" checked={round5} onChange={(_, d) => setRound5(d.checked === true)} />
          <Field label="Smallest count published" hint="Leave empty for the schema's own (od:minCount), or 5." {...state("minCount")}>
            <Input id={idOf("minCount")} inputMode="numeric" value={minCount} onChange={(_, d) => setMinCount(d.value)} />
          </Field>
        </fieldset>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabledFocusable={checking}>
            {checking ? "Checking…" : checked ? "Check again" : "Check the file"}
          </Button>
        </div>
        {checking && <Text role="status">Checking the file…</Text>}
        {checkFailure !== null && <FailureMessage error={checkFailure} />}
      </form>

      {checked && (
        <>
          <ChecksView
            checks={checked.checks}
            overrides={overrides}
            who={person.profile.displayName}
            onOverride={(o) => setOverrides((all) => [...all.filter((x) => x.check !== o.check), o])}
            onWithdraw={(id) => setOverrides((all) => all.filter((x) => x.check !== id))}
          />
          <form
            className={styles.form}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void publish();
            }}
          >
            <Text as="h2" size={500} weight="semibold" className={styles.heading}>
              About the data
            </Text>
            <Field label="Title" required {...state("title")}>
              <Input id={idOf("title")} value={metadata.title} maxLength={200} onChange={(_, d) => set("title", d.value)} />
            </Field>
            <Field label="Description" required hint="What it is, what each row is and where it comes from (at least 50 characters)." {...state("description")}>
              <Textarea id={idOf("description")} value={metadata.description} resize="vertical" onChange={(_, d) => set("description", d.value)} />
            </Field>
            <Field label="Identifier" required hint="A web address that will not change, e.g. https://www.havant.gov.uk/open-data/spend." {...state("identifier")}>
              <Input id={idOf("identifier")} value={metadata.identifier} onChange={(_, d) => set("identifier", d.value)} />
            </Field>
            <Field label="Licence" required {...state("licenceTitle")}>
              <Input id={idOf("licenceTitle")} value={metadata.licenceTitle} onChange={(_, d) => set("licenceTitle", d.value)} />
            </Field>
            <Field label="Licence address" required {...state("licenceUri")}>
              <Input id={idOf("licenceUri")} type="url" value={metadata.licenceUri} onChange={(_, d) => set("licenceUri", d.value)} />
            </Field>
            <Field label="Publisher" required {...state("publisher")}>
              <Input id={idOf("publisher")} value={metadata.publisher} onChange={(_, d) => set("publisher", d.value)} />
            </Field>
            <DateField id={idOf("periodStart")} label="Period covered: from" required value={metadata.periodStart} onChange={(v) => set("periodStart", v)} validationMessage={message("periodStart")} />
            <DateField id={idOf("periodEnd")} label="Period covered: to" required value={metadata.periodEnd} onChange={(v) => set("periodEnd", v)} validationMessage={message("periodEnd")} />
            <Field label="Update frequency" required {...state("frequency")}>
              <Dropdown id={idOf("frequency")} value={FREQUENCIES.find((f) => f.value === metadata.frequency)?.label ?? ""} selectedOptions={[metadata.frequency]} onOptionSelect={(_, d) => set("frequency", (d.optionValue ?? "R/P3M") as Frequency)}>
                {FREQUENCIES.map((f) => (
                  <Option key={f.value} value={f.value} text={f.label}>
                    {f.label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label="Schema it conforms to (web address)" hint="The published schema, e.g. the LGA's for a Transparency Code dataset. Optional." {...state("conformsTo")}>
              <Input id={idOf("conformsTo")} type="url" value={metadata.conformsTo} onChange={(_, d) => set("conformsTo", d.value)} />
            </Field>
            <Field label="File name" required hint="Lower case letters, digits and hyphens, ending .csv." {...state("fileName")}>
              <Input id={idOf("fileName")} value={metadata.fileName} onChange={(_, d) => set("fileName", d.value)} />
            </Field>
            <Field label="Where the files will be served from (web address)" hint="Optional: links in the metadata become full addresses." {...state("baseUrl")}>
              <Input id={idOf("baseUrl")} type="url" value={metadata.baseUrl} onChange={(_, d) => set("baseUrl", d.value)} />
            </Field>
            <Field label="Transparency Code return it answers" hint="From the reporting calendar. Optional.">
              <Dropdown id={idOf("returnKey")} placeholder="None" value={returns.status === "ready" ? (returns.value.find((r) => r.key === returnKey)?.title ?? "") : ""} selectedOptions={returnKey ? [returnKey] : []} onOptionSelect={(_, d) => setReturnKey(d.optionValue ?? "")}>
                <Option value="" text="None">
                  None
                </Option>
                {(returns.status === "ready" ? returns.value : []).map((r) => (
                  <Option key={r.key} value={r.key} text={r.title}>
                    {r.title}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {returnKey && <DateField id={idOf("dueDate")} label="Its deadline" required value={dueDate} onChange={setDueDate} validationMessage={message("dueDate")} />}
            {blocking.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Not ready to publish</MessageBarTitle>
                  {blocking.length === 1 ? "A check failed" : `${blocking.length} checks failed`}: fix the file and check it again, or override a check you judge wrong, saying why.
                </MessageBarBody>
              </MessageBar>
            )}
            {saveFailure !== null && (
              <>
                <FailureMessage error={saveFailure} />
                <Text>The package has downloaded, but its record was not saved: everything you entered is kept. Save the record again before you put the files on the website.</Text>
              </>
            )}
            <div className={styles.row}>
              {pending ? (
                <Button appearance="primary" disabledFocusable={publishing} onClick={() => void save(pending.pkg, pending.key, pending.issued)}>
                  {publishing ? "Saving…" : "Save the record again"}
                </Button>
              ) : (
                <Button type="submit" appearance="primary" disabledFocusable={publishing || blocking.length > 0}>
                  {publishing ? "Publishing…" : "Publish: download the package and save the record"}
                </Button>
              )}
            </div>
            <Text size={200} className={styles.muted}>
              The package is one zip: the checked CSV, its CSV on the Web metadata and its DCAT record. Put the files on the council's website beside the catalogue, which <Link href={tabHref("publications")}>Publications</Link> downloads.
            </Text>
          </form>
        </>
      )}
    </div>
  );
}
