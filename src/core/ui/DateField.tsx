import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isoToUkDate, ukDateToIso } from "../domain/format";

export interface DateFieldProps {
  id: string;
  label: string;
  /** An ISO date ("2026-11-25"), "" for none, or the text typed when it is not a date yet. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  validationMessage?: string;
  hint?: string;
}

/**
 * A date written as people in the UK write it, 25/11/2026, whatever the browser's language:
 * a browser's own date input shows its locale's order (mm/dd/yyyy appeared), which the form's
 * messages would contradict. The value is an ISO date once what is typed is a real date.
 */
export function DateField({ id, label, value, onChange, required, validationMessage, hint = "For example, 25/11/2026" }: DateFieldProps) {
  const [text, setText] = useState(() => isoToUkDate(value));
  // A new value from outside (a reset, another person's version) replaces what is shown.
  useEffect(() => {
    if (ukDateToIso(text) !== value) setText(isoToUkDate(value));
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps -- only a change from outside rewrites the text
  return (
    <Field label={label} required={required} hint={hint} validationMessage={validationMessage} validationState={validationMessage ? "error" : "none"}>
      <Input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          onChange(ukDateToIso(d.value));
        }}
      />
    </Field>
  );
}
