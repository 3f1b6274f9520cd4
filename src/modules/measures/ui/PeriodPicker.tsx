import { Field, Select } from "@fluentui/react-components";
import { useMeasuresStyles } from "./parts";

// Its own file: Home's measure card imports parts.tsx and needs no select.
/** A choice of period, as a native select (keyboard and screen readers know it; it shrinks at 320 px). */
export function PeriodPicker({ label, value, options, onChange }: { label: string; value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void }) {
  const styles = useMeasuresStyles();
  return (
    <Field label={label} className={styles.period}>
      <Select value={value} onChange={(_, d) => onChange(d.value)} className={styles.select} select={{ className: styles.select }}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
