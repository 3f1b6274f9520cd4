import { Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { COLUMN_TYPES, type ColumnRuleForm, type ColumnType, DATE_STYLES, type DateStyle, PATTERN_PRESETS, type PatternPreset } from "../../domain/validation/rule-form";
import type { Freshness } from "../../domain/validation/schema-types";
import { useQualityStyles } from "../parts";

export interface ColumnRulesProps {
  /** Prefix for this column's control ids (the error summary moves focus to them). */
  id: string;
  column: ColumnRuleForm;
  freshness: Freshness | undefined;
  onChange: (column: ColumnRuleForm) => void;
  onFreshness: (freshness: Freshness | undefined) => void;
}

const splitValues = (text: string) => text.split(/\r?\n/).map((v) => v.trim()).filter(Boolean);

/** One column's rules, in words and choices: no knowledge of the rule format needed. */
export function ColumnRules({ id, column, freshness, onChange, onFreshness }: ColumnRulesProps) {
  const styles = useQualityStyles();
  const set = <K extends keyof ColumnRuleForm>(key: K, value: ColumnRuleForm[K]) => onChange({ ...column, [key]: value });
  const dated = column.type === "date" || column.type === "datetime";
  const numeric = column.type === "integer" || column.type === "number";
  const typeLabel = COLUMN_TYPES.find((t) => t.value === column.type)?.label ?? "Text";
  const presetLabel = PATTERN_PRESETS.find((p) => p.value === column.preset)?.label ?? "Any text";
  const rangeHint = dated ? (column.dateStyle === "uk" ? "As 25/11/2026" : "As 2026-11-25") : numeric ? "A number" : undefined;
  return (
    <div className={styles.form}>
      <div className={styles.pair}>
        <Field label="Type of value">
          <Dropdown id={`${id}-type`} value={typeLabel} selectedOptions={[column.type]} onOptionSelect={(_, d) => set("type", d.optionValue as ColumnType)}>
            {COLUMN_TYPES.map((t) => (
              <Option key={t.value} value={t.value}>
                {t.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {dated && (
          <Field label="Dates are written as">
            <RadioGroup layout="horizontal" value={column.dateStyle} onChange={(_, d) => set("dateStyle", d.value as DateStyle)}>
              {(Object.keys(DATE_STYLES) as DateStyle[]).map((s) => (
                <Radio key={s} value={s} label={DATE_STYLES[s].label} />
              ))}
            </RadioGroup>
          </Field>
        )}
        {column.type === "string" && (
          <Field label="Format">
            <Dropdown id={`${id}-preset`} value={presetLabel} selectedOptions={[column.preset]} onOptionSelect={(_, d) => set("preset", d.optionValue as PatternPreset)}>
              {PATTERN_PRESETS.map((p) => (
                <Option key={p.value} value={p.value}>
                  {p.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </div>
      {column.type === "string" && column.preset === "custom" && (
        <Field label="Pattern (a regular expression)" hint="For example CW[0-9]{6} for CW and six digits.">
          <Input id={`${id}-pattern`} value={column.pattern} onChange={(_, d) => set("pattern", d.value)} />
        </Field>
      )}
      <div className={styles.buttons}>
        <Checkbox checked={column.required} onChange={(_, d) => set("required", Boolean(d.checked))} label="Must not be blank" />
        <Checkbox checked={column.unique} onChange={(_, d) => set("unique", Boolean(d.checked))} label="No two rows the same" />
      </div>
      <Field label="Allowed values" hint="One per line; leave empty to allow any.">
        <Textarea id={`${id}-allowed`} value={column.allowedValues.join("\n")} resize="vertical" onChange={(_, d) => set("allowedValues", splitValues(d.value))} />
      </Field>
      {(numeric || dated) && (
        <div className={styles.pair}>
          <Field label="Smallest allowed" hint={rangeHint}>
            <Input id={`${id}-minimum`} value={column.minimum} onChange={(_, d) => set("minimum", d.value)} />
          </Field>
          <Field label="Largest allowed" hint={rangeHint}>
            <Input id={`${id}-maximum`} value={column.maximum} onChange={(_, d) => set("maximum", d.value)} />
          </Field>
        </div>
      )}
      {column.type === "string" && (
        <div className={styles.pair}>
          <Field label="Fewest characters">
            <Input id={`${id}-minLength`} inputMode="numeric" value={column.minLength} onChange={(_, d) => set("minLength", d.value)} />
          </Field>
          <Field label="Most characters">
            <Input id={`${id}-maxLength`} inputMode="numeric" value={column.maxLength} onChange={(_, d) => set("maxLength", d.value)} />
          </Field>
        </div>
      )}
      {dated && (
        <div className={styles.pair}>
          <Checkbox
            checked={freshness?.notInFuture === true}
            onChange={(_, d) => onFreshness(d.checked ? { ...(freshness ?? { field: column.name }), notInFuture: true } : freshness?.maxAgeDays !== undefined ? { ...freshness, notInFuture: false } : undefined)}
            label="No date after the day of the run"
          />
          <Field label="Newest record at most this many days old" hint="Leave empty for no limit.">
            <Input
              id={`${id}-maxAge`}
              inputMode="numeric"
              value={freshness?.maxAgeDays === undefined ? "" : String(freshness.maxAgeDays)}
              onChange={(_, d) => {
                const days = d.value.trim();
                const base: Freshness = { ...(freshness ?? { field: column.name }) };
                delete base.maxAgeDays;
                if (/^\d+$/.test(days)) onFreshness({ ...base, maxAgeDays: Number(days) });
                else onFreshness(base.notInFuture ? base : undefined);
              }}
            />
          </Field>
        </div>
      )}
      <Field label="Message shown for this column's failures" hint="Optional, in plain words: what to fix and how.">
        <Input id={`${id}-message`} value={column.message} onChange={(_, d) => set("message", d.value)} />
      </Field>
    </div>
  );
}

/** "postcode: Text, must not be blank, UK postcode" */
export function columnSummary(column: ColumnRuleForm): string {
  const parts = [COLUMN_TYPES.find((t) => t.value === column.type)?.label ?? "Text"];
  if (column.required) parts.push("must not be blank");
  if (column.unique) parts.push("no repeats");
  if (column.type === "string" && column.preset !== "none") parts.push(PATTERN_PRESETS.find((p) => p.value === column.preset)?.label ?? "pattern");
  if (column.allowedValues.length) parts.push(`${column.allowedValues.length} allowed values`);
  if (column.minimum || column.maximum) parts.push("a range");
  return `${column.name}: ${parts.join(", ")}`;
}
