import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Dropdown, Field, Input, Option, Text, Title3 } from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowUpload20Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { blankColumn, onOrAfterRule, type RuleSetForm } from "../../domain/validation/rule-form";
import type { Freshness } from "../../domain/validation/schema-types";
import { useQualityStyles } from "../parts";
import { ColumnRules, columnSummary } from "./ColumnRules";

export interface RuleSetEditorProps {
  form: RuleSetForm;
  /** Columns the data has that the rules do not mention yet. */
  unruled: readonly string[];
  onChange: (form: RuleSetForm) => void;
  onUpload: (text: string, fileName: string) => void;
  onDownload: () => void;
}

export const columnPanelId = (index: number) => `rules-column-${index}`;

/**
 * The dataset's rules as a form: per column (type, blank or not, repeats, allowed values, a format,
 * a range, dates not in the future), the record key, thresholds, and date-order rules across columns.
 * The same rules download and upload as Table Schema JSON, for other tools and the command line.
 */
export function RuleSetEditor({ form, unruled, onChange, onUpload, onDownload }: RuleSetEditorProps) {
  const styles = useQualityStyles();
  const upload = useRef<HTMLInputElement>(null);
  const [later, setLater] = useState("");
  const [earlier, setEarlier] = useState("");
  const [open, setOpen] = useState<string[]>([]);
  const names = form.columns.map((c) => c.name);
  const datedNames = form.columns.filter((c) => c.type === "date" || c.type === "datetime").map((c) => c.name);
  const setColumn = (index: number, column: RuleSetForm["columns"][number]) => onChange({ ...form, columns: form.columns.map((c, i) => (i === index ? column : c)) });
  const setFreshness = (field: string, freshness: Freshness | undefined) => onChange({ ...form, freshness: [...form.freshness.filter((f) => f.field !== field), ...(freshness ? [{ ...freshness, field }] : [])] });

  return (
    <div className={styles.stack}>
      <div className={styles.buttons}>
        <Button icon={<ArrowDownload20Regular />} onClick={onDownload} disabled={form.columns.length === 0}>
          Download the rules (Table Schema JSON)
        </Button>
        <Button icon={<ArrowUpload20Regular />} onClick={() => upload.current?.click()}>
          Upload rules (Table Schema JSON)
        </Button>
        <input
          ref={upload}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Upload rules (Table Schema JSON)"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) onUpload(await file.text(), file.name);
          }}
        />
      </div>
      {form.columns.length === 0 ? (
        <Text>Choose a file or a list above: its columns appear here, ready for rules.</Text>
      ) : (
        <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
          {form.columns.map((column, i) => (
            <AccordionItem key={column.name} value={column.name}>
              <AccordionHeader button={{ id: columnPanelId(i) }}>{columnSummary(column)}</AccordionHeader>
              <AccordionPanel>
                <ColumnRules id={`rules-${i}`} column={column} freshness={form.freshness.find((f) => f.field === column.name)} onChange={(c) => setColumn(i, c)} onFreshness={(f) => setFreshness(column.name, f)} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
      {unruled.length > 0 && (
        <Text>
          Columns without rules: {unruled.join(", ")}.{" "}
          <Button size="small" onClick={() => onChange({ ...form, columns: [...form.columns, ...unruled.map(blankColumn)] })}>
            Add them
          </Button>
        </Text>
      )}
      {form.columns.length > 0 && (
        <section className={styles.section} aria-labelledby="rules-whole-title">
          <Title3 as="h3" id="rules-whole-title">
            Across the whole table
          </Title3>
          <div className={styles.pair}>
            <Field label="Record key: the columns that identify a record" hint="Each record must have a different key; failing rows are listed by it.">
              <Dropdown id="rules-record-key" multiselect value={form.recordKey.join(", ")} placeholder="None" selectedOptions={form.recordKey} onOptionSelect={(_, d) => onChange({ ...form, recordKey: d.selectedOptions })}>
                {names.map((n) => (
                  <Option key={n} value={n}>
                    {n}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label="Warn when a rule fails more than" hint="A number of rows, or a percentage such as 1%.">
              <Input id="rules-warn" value={form.warn} onChange={(_, d) => onChange({ ...form, warn: d.value })} />
            </Field>
            <Field label="Fail the run when a rule fails more than" hint="Empty: any failure fails the run.">
              <Input id="rules-fail" value={form.fail} onChange={(_, d) => onChange({ ...form, fail: d.value })} />
            </Field>
          </div>
          {form.rowRules.length > 0 && (
            <ul aria-label="Rules across columns">
              {form.rowRules.map((r) => (
                <li key={r.id}>
                  {r.title ?? r.id}{" "}
                  <Button size="small" appearance="subtle" onClick={() => onChange({ ...form, rowRules: form.rowRules.filter((x) => x.id !== r.id) })} aria-label={`Remove ${r.title ?? r.id}`}>
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {datedNames.length >= 2 && (
            <div className={styles.bar}>
              <Field label="Date that must be the later one">
                <Dropdown id="rules-later" value={later} selectedOptions={later ? [later] : []} placeholder="Choose a date column" onOptionSelect={(_, d) => setLater(d.optionValue ?? "")}>
                  {datedNames.map((n) => (
                    <Option key={n}>{n}</Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label="on or after">
                <Dropdown id="rules-earlier" value={earlier} selectedOptions={earlier ? [earlier] : []} placeholder="Choose a date column" onOptionSelect={(_, d) => setEarlier(d.optionValue ?? "")}>
                  {datedNames.map((n) => (
                    <Option key={n}>{n}</Option>
                  ))}
                </Dropdown>
              </Field>
              <Button
                disabled={!later || !earlier || later === earlier}
                onClick={() => {
                  const id = `${later}-on-or-after-${earlier}`.replace(/[^A-Za-z0-9_-]+/g, "-");
                  onChange({ ...form, rowRules: [...form.rowRules.filter((r) => r.id !== id), onOrAfterRule(id, later, earlier, `${later} on or after ${earlier}`)] });
                }}
              >
                Add this date order rule
              </Button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

