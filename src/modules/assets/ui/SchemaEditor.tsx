import { Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { httpStatusOf, isConflict } from "../../../core/data/concurrency";
import { plural } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { saveAsset } from "../data/assets-data";
import { listFields, listTitles } from "../data/list-fields-data";
import type { Asset } from "../domain/asset";
import { emptyRow, type FieldType, parseStoredSchema, rowsFromListFields, rowsFromProfile, rowsOf, type SchemaFieldRow, schemaFromRows, type SchemaProblems } from "../domain/schema";
import type { SchemaSource } from "../domain/vocabulary";
import { ErrorSummary, type FormProblem } from "../../../core/ui/ErrorSummary";
import { SaveRefused, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";

/** Rows read from a sample file: enough to see each column's type, quick enough on any laptop. */
const SAMPLE_ROWS = 5000;

const useStyles = makeStyles({
  field: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalM, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  start: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

const rowId = (i: number) => `schema-field-${i}-name`;

/**
 * Edits an asset's fields as rows; saving builds the Table Schema and checks it with the validation
 * engine's own check. A schema can be started from a sample file (profiled by the engine's profiler,
 * in this browser: the file is not uploaded) or from a SharePoint list's own columns.
 */
export function SchemaEditor({ asset, schemaJson, onSaved, onCancel }: { asset: Asset; schemaJson: string | null; onSaved: (asset: Asset, fields: number) => void; onCancel: () => void }) {
  const styles = useStyles();
  const assetStyles = useAssetStyles();
  const { sp } = useServices();
  const { today } = useRegister();
  const stored = useMemo(() => parseStoredSchema(schemaJson), [schemaJson]);
  const [base, setBase] = useState(asset);
  const [rows, setRows] = useState<SchemaFieldRow[]>(() => (stored.schema ? rowsOf(stored.schema) : [emptyRow()]));
  const [source, setSource] = useState<SchemaSource>(asset.schemaSource ?? "Written by hand");
  const [problems, setProblems] = useState<SchemaProblems>({ rows: {}, overall: [] });
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState("");
  const [listTitle, setListTitle] = useState("");
  const [starting, setStarting] = useState(false);
  const [fileProblem, setFileProblem] = useState("");
  const lists = useAsync(() => listTitles(sp), [sp]);
  // The validation engine (its check, profiler and file readers) comes in its own chunk, when a schema is edited.
  const engine = useAsync(() => import("../../quality"), []);

  const change = (i: number, patch: Partial<SchemaFieldRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const startFrom = (next: SchemaFieldRow[], from: SchemaSource, what: string) => {
    setRows(next);
    setSource(from);
    setProblems({ rows: {}, overall: [] });
    setNotice(`${plural(next.length, "field")} read from ${what}. Check the types, describe each field, then save.`);
  };

  const profileFile = async (file: File) => {
    setStarting(true);
    setFileProblem("");
    try {
      const { profileTable, blobSource } = await import("../../quality");
      const { profile, partial } = await profileTable(blobSource(file, file.name), { runDate: today, maxRows: SAMPLE_ROWS });
      if (!profile.columns.length) throw new Error(`${file.name} has no header row: the first row must name the columns.`);
      startFrom(rowsFromProfile(profile), "Profiled from a sample file", `${file.name}${partial ? ` (its first ${SAMPLE_ROWS.toLocaleString("en-GB")} rows)` : ""}`);
    } catch (error) {
      // The readers name what is wrong with a file in plain words (not a table, password-protected…).
      setFileProblem(error instanceof Error ? error.message : `${file.name} could not be read.`);
      setNotice("");
    } finally {
      setStarting(false);
    }
  };

  const fromList = async () => {
    if (!listTitle) return;
    setStarting(true);
    setFailure(null);
    try {
      startFrom(rowsFromListFields(await listFields(sp, listTitle)), "From a SharePoint list", `the list ${listTitle}`);
    } catch (error) {
      setFailure(error);
    } finally {
      setStarting(false);
    }
  };

  const save = async () => {
    if (engine.status !== "ready") return;
    const built = schemaFromRows(engine.value, stored.schema, rows, asset.name);
    setProblems(built.problems);
    if (!built.schema) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await saveAsset(sp, base, { TableSchema: built.json, SchemaFieldCount: rows.length, SchemaSource: source });
      onSaved(saved, rows.length);
    } catch (error) {
      if (isConflict<Asset>(error)) {
        setConflict(true);
        setBase(error.current);
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const summary: FormProblem[] = [
    ...Object.entries(problems.rows).map(([i, message]) => ({ fieldId: rowId(Number(i)), message })),
    ...problems.overall.map((message) => ({ fieldId: rows.length ? rowId(0) : undefined, message })),
  ];

  return (
    <div className={`${assetStyles.page} ${assetStyles.narrow}`}>
      <Link href={routeHref("assets", [asset.key])}>Back to {asset.name}</Link>
      <Title2 as="h1" block>
        The schema of {asset.name}
      </Title2>
      <Text>Each field of the asset: its name as the data has it, its type, what it means, whether it is personal data, the glossary term it means and the national standard it follows. It is kept as a Table Schema, which Data quality can run against the data.</Text>
      <Text role="status" aria-live="polite">
        {notice}
      </Text>
      {stored.problem && <Text>{stored.problem}</Text>}

      <section className={assetStyles.section} aria-labelledby="start-schema">
        <h2 id="start-schema" className={styles.heading}>
          Start from
        </h2>
        <div className={styles.start}>
          <Field
            label="A sample file (CSV or Excel)"
            hint="Read in this browser, not uploaded. Replaces the fields below."
            {...(fileProblem ? { validationMessage: fileProblem, validationState: "error" as const } : {})}
          >
            {(fieldProps) => <input {...fieldProps} type="file" accept=".csv,.txt,.xlsx" disabled={starting} onChange={(e) => e.target.files?.[0] && void profileFile(e.target.files[0])} />}
          </Field>
          <div className={assetStyles.row}>
            <Field label="A SharePoint list on the Data Hub site">
              <Select value={listTitle} onChange={(_, d) => setListTitle(d.value)} disabled={lists.status !== "ready"}>
                <option value="">Choose a list</option>
                {lists.status === "ready" &&
                  lists.value.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
              </Select>
            </Field>
            <Button disabled={!listTitle || starting} onClick={() => void fromList()}>
              Use its columns
            </Button>
          </div>
        </div>
      </section>

      <form
        className={assetStyles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ErrorSummary problems={summary} title="Please check the fields" />
        {conflict && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Someone else changed this asset while you were editing its schema</MessageBarTitle>
              Your fields are still here. Save again to put them on top, or <Link href={routeHref("assets", [asset.key])}>leave without saving</Link> to see theirs.
            </MessageBarBody>
          </MessageBar>
        )}
        {engine.status === "error" && <ErrorState error={engine.error} onRetry={engine.reload} />}
        {failure !== null && (httpStatusOf(failure) === 403 ? <SaveRefused error={failure} what="change this schema" /> : <ErrorState error={failure} />)}
        {rows.map((row, i) => (
          <fieldset key={i} className={styles.field}>
            <legend className={styles.legend}>
              Field {i + 1}
              {row.name ? `: ${row.name}` : ""}
            </legend>
            <div className={assetStyles.twoColumns}>
              <Field label="Name" required {...(problems.rows[i] ? { validationMessage: problems.rows[i], validationState: "error" as const } : {})}>
                <Input id={rowId(i)} value={row.name} onChange={(_, d) => change(i, { name: d.value })} />
              </Field>
              <Field label="Type">
                <Select value={row.type} onChange={(_, d) => change(i, { type: d.value as FieldType })}>
                  {(engine.status === "ready" ? engine.value.FIELD_TYPES : [row.type]).map((t) => (
                    <option key={t}>{t}</option>
                  ))}
                </Select>
              </Field>
            </div>
            <Field label="Description">
              <Input value={row.description} onChange={(_, d) => change(i, { description: d.value })} />
            </Field>
            <Checkbox checked={row.personal} onChange={(_, d) => change(i, { personal: Boolean(d.checked) })} label="Personal data" />
            <div className={assetStyles.twoColumns}>
              <Field label="Glossary term" hint="As the data dictionary names it.">
                <Input value={row.term} onChange={(_, d) => change(i, { term: d.value })} />
              </Field>
              <Field label="National standard" hint="For example UPRN, or a link to the standard.">
                <Input value={row.standard} onChange={(_, d) => change(i, { standard: d.value })} />
              </Field>
            </div>
            <div className={assetStyles.actions}>
              <Button size="small" disabled={i === 0} onClick={() => setRows([...rows.slice(0, i - 1), row, rows[i - 1]!, ...rows.slice(i + 1)])}>
                Move field {i + 1} up
              </Button>
              <Button size="small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                Remove field {i + 1}
              </Button>
            </div>
          </fieldset>
        ))}
        <div className={assetStyles.actions}>
          <Button onClick={() => setRows([...rows, emptyRow()])}>Add a field</Button>
        </div>
        <div className={assetStyles.actions}>
          <Button appearance="primary" type="submit" disabled={saving || engine.status !== "ready"}>
            {saving ? "Saving…" : "Save the schema"}
          </Button>
          <Button onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
