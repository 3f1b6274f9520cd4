import { Button, Dropdown, Option, SearchBox, Tag, TagGroup, makeStyles, tokens } from "@fluentui/react-components";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import { Add20Regular, ArrowDownload20Regular } from "@fluentui/react-icons";
import type { Principle } from "../../../core/data/principles";
import { ACTION_STATUSES } from "../domain/action";
import { ACTION_VIEWS, type ActionFilters, type AppliedFilter, appliedFilters, GROUP_KEYS, type GroupKey, SORT_KEYS, type SortKey, VIEW_LABELS, withoutFilter } from "../domain/views";
import { PrincipleDropdown } from "./PrincipleDropdown";

const SORT_LABELS: Record<SortKey, string> = { principle: "Principle", due: "Due date", title: "Title", status: "Status", modified: "Recently changed" };
const GROUP_LABELS: Record<GroupKey, string> = { none: "No groups", principle: "Principle", service: "Service", status: "Status" };

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "10rem" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginLeft: "auto" },
  chips: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface ActionsToolbarProps {
  filters: ActionFilters;
  principles: Principle[];
  onChange: (filters: ActionFilters, options?: { replace?: boolean }) => void;
  onExport: () => void;
  canExport: boolean;
  onAdd?: () => void;
  principleTitle: (key: string | null) => string;
}

/** Views, filters, search and sort: every choice goes into the URL, so a copied link shares it. */
export function ActionsToolbar({ filters, principles, onChange, onExport, canExport, onAdd, principleTitle }: ActionsToolbarProps) {
  const styles = useStyles();
  const applied = appliedFilters(filters, principleTitle);
  return (
    <>
      <ViewTabs label="Action views" selected={filters.view} onSelect={(view) => onChange({ ...filters, view })} tabs={ACTION_VIEWS.map((view) => ({ value: view, label: VIEW_LABELS[view] }))} />
      <div className={styles.bar}>
        <div className={styles.field}>
          <label htmlFor="actions-principle">Principle</label>
          <PrincipleDropdown id="actions-principle" principles={principles} value={filters.principle ?? ""} emptyLabel="All principles" onChange={(v) => onChange({ ...filters, principle: v || undefined })} />
        </div>
        <div className={styles.field}>
          <label htmlFor="actions-status">Status</label>
          <Dropdown id="actions-status" value={filters.status ?? "Any status"} selectedOptions={[filters.status ?? ""]} onOptionSelect={(_, data) => onChange({ ...filters, status: (data.optionValue || undefined) as ActionFilters["status"] })}>
            <Option value="">Any status</Option>
            {ACTION_STATUSES.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </div>
        <div className={styles.field}>
          <label htmlFor="actions-sort">Sort by</label>
          <Dropdown id="actions-sort" value={SORT_LABELS[filters.sort]} selectedOptions={[filters.sort]} onOptionSelect={(_, data) => onChange({ ...filters, sort: data.optionValue as SortKey })}>
            {SORT_KEYS.map((k) => (
              <Option key={k} value={k}>
                {SORT_LABELS[k]}
              </Option>
            ))}
          </Dropdown>
        </div>
        <div className={styles.field}>
          <label htmlFor="actions-group">Group by</label>
          <Dropdown id="actions-group" value={GROUP_LABELS[filters.group ?? "none"]} selectedOptions={[filters.group ?? "none"]} onOptionSelect={(_, data) => onChange({ ...filters, group: data.optionValue as GroupKey })}>
            {GROUP_KEYS.map((k) => (
              <Option key={k} value={k}>
                {GROUP_LABELS[k]}
              </Option>
            ))}
          </Dropdown>
        </div>
        <div className={styles.field}>
          <label htmlFor="actions-search">Search</label>
          <SearchBox id="actions-search" value={filters.search ?? ""} onChange={(_, data) => onChange({ ...filters, search: data.value || undefined }, { replace: true })} placeholder="Title, owner, service or update" />
        </div>
        <div className={styles.actions}>
          <Button icon={<ArrowDownload20Regular />} onClick={onExport} disabled={!canExport}>
            Export to CSV
          </Button>
          {onAdd && (
            <Button appearance="primary" icon={<Add20Regular />} onClick={onAdd}>
              Add action
            </Button>
          )}
        </div>
      </div>
      {applied.length > 0 && (
        <div className={styles.chips}>
          <TagGroup aria-label="Filters applied" onDismiss={(_, data) => onChange(withoutFilter(filters, data.value as AppliedFilter["key"]))}>
            {applied.map((f) => (
              <Tag key={f.key} value={f.key} dismissible dismissIcon={{ "aria-label": "remove" }} aria-label={`${f.label}, remove`} size="small">
                {f.label}
              </Tag>
            ))}
          </TagGroup>
          <Button size="small" appearance="subtle" onClick={() => onChange(withoutFilter(filters, "all"))}>
            Clear filters
          </Button>
        </div>
      )}
    </>
  );
}
