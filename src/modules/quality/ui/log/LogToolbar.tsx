import { Button, Dropdown, Option, SearchBox } from "@fluentui/react-components";
import { Add20Regular, ArrowDownload20Regular } from "@fluentui/react-icons";
import { navigate, routeHref } from "../../../../core/ui/router";
import { DIMENSION_LABELS, DIMENSIONS, type Dimension, SEVERITIES, type Severity, STATUSES, type IssueStatus } from "../../domain/log/issue";
import { LOG_VIEW_LABELS, LOG_VIEWS, type LogFilters, type LogView } from "../../domain/log/views";
import { useQualityStyles } from "../parts";

export interface LogToolbarProps {
  filters: LogFilters;
  datasets: readonly string[];
  onChange: (filters: LogFilters, options?: { replace?: boolean }) => void;
  onExport: () => void;
  canExport: boolean;
}

function Choice<T extends string>({ id, label, value, anyLabel, options, labelOf, onChange }: { id: string; label: string; value: T | undefined; anyLabel: string; options: readonly T[]; labelOf?: (v: T) => string; onChange: (v: T | undefined) => void }) {
  const styles = useQualityStyles();
  const show = (v: T) => (labelOf ? labelOf(v) : v);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <Dropdown id={id} value={value ? show(value) : anyLabel} selectedOptions={[value ?? ""]} onOptionSelect={(_, d) => onChange((d.optionValue || undefined) as T | undefined)}>
        <Option value="">{anyLabel}</Option>
        {options.map((o) => (
          <Option key={o} value={o}>
            {show(o)}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}

/** Views, filters and search: every choice goes into the address, so a copied link opens the same view. */
export function LogToolbar({ filters, datasets, onChange, onExport, canExport }: LogToolbarProps) {
  const styles = useQualityStyles();
  return (
    <div className={styles.bar}>
      <div className={styles.field}>
        <label htmlFor="log-view">View</label>
        <Dropdown id="log-view" value={LOG_VIEW_LABELS[filters.view]} selectedOptions={[filters.view]} onOptionSelect={(_, d) => onChange({ ...filters, view: d.optionValue as LogView })}>
          {LOG_VIEWS.map((v) => (
            <Option key={v} value={v}>
              {LOG_VIEW_LABELS[v]}
            </Option>
          ))}
        </Dropdown>
      </div>
      <Choice id="log-dataset" label="Dataset" value={filters.dataset} anyLabel="Any dataset" options={datasets} onChange={(dataset) => onChange({ ...filters, dataset })} />
      <Choice<Dimension> id="log-dimension" label="Dimension" value={filters.dimension} anyLabel="Any dimension" options={DIMENSIONS} labelOf={(d) => DIMENSION_LABELS[d]} onChange={(dimension) => onChange({ ...filters, dimension })} />
      <Choice<Severity> id="log-severity" label="Severity" value={filters.severity} anyLabel="Any severity" options={SEVERITIES} onChange={(severity) => onChange({ ...filters, severity })} />
      <Choice<IssueStatus> id="log-status" label="Status" value={filters.status} anyLabel="Any status" options={STATUSES} onChange={(status) => onChange({ ...filters, status })} />
      <div className={styles.field}>
        <label htmlFor="log-search">Search</label>
        <SearchBox id="log-search" value={filters.search ?? ""} placeholder="Reference, summary, dataset or person" onChange={(_, d) => onChange({ ...filters, search: d.value || undefined }, { replace: true })} />
      </div>
      <div className={styles.buttons}>
        <Button icon={<ArrowDownload20Regular />} onClick={onExport} disabled={!canExport}>
          Export to CSV
        </Button>
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => navigate(routeHref("quality", ["report"]))}>
          Report a problem
        </Button>
      </div>
    </div>
  );
}
