import { Dropdown, Option } from "@fluentui/react-components";
import type { Principle } from "../../../core/data/principles";
import { WHAT_NEXT } from "../domain/views";

export const ACROSS_THE_STRATEGY = "Across the strategy";

export interface PrincipleDropdownProps {
  id?: string;
  principles: Principle[];
  /** A principle key, WHAT_NEXT, or "" for none chosen. */
  value: string;
  /** With a label, an empty choice is offered first ("All principles" in a filter). */
  emptyLabel?: string;
  onChange: (value: string) => void;
}

/** The five principles and the cross-cutting "What next?" actions, as one choice. */
export function PrincipleDropdown({ id, principles, value, emptyLabel, onChange }: PrincipleDropdownProps) {
  const label = value === WHAT_NEXT ? ACROSS_THE_STRATEGY : (principles.find((p) => p.key === value)?.title ?? emptyLabel ?? "");
  return (
    <Dropdown id={id} value={label} selectedOptions={[value]} onOptionSelect={(_, d) => onChange(d.optionValue ?? "")}>
      {emptyLabel !== undefined && <Option value="">{emptyLabel}</Option>}
      {principles.map((p) => (
        <Option key={p.key} value={p.key}>
          {p.title}
        </Option>
      ))}
      <Option value={WHAT_NEXT}>{ACROSS_THE_STRATEGY}</Option>
    </Dropdown>
  );
}
