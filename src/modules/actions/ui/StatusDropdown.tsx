import { Dropdown, Option } from "@fluentui/react-components";
import { ACTION_STATUSES, type ActionStatus } from "../domain/action";

/** An action's status, as one of the five the tracker knows. */
export function StatusDropdown({ id, value, onChange }: { id?: string; value: ActionStatus; onChange: (status: ActionStatus) => void }) {
  return (
    <Dropdown id={id} value={value} selectedOptions={[value]} onOptionSelect={(_, d) => onChange(d.optionValue as ActionStatus)}>
      {ACTION_STATUSES.map((s) => (
        <Option key={s} value={s}>
          {s}
        </Option>
      ))}
    </Dropdown>
  );
}
