import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { ownersOf, type RegisterFilters, servicesOf } from "../domain/register";
import { ASSET_KINDS } from "../domain/vocabulary";
import { useRegister } from "./register-state";

const useStyles = makeStyles({
  bar: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(11rem, 1fr))",
    gap: tokens.spacingHorizontalM,
    alignItems: "end",
  },
  clear: { justifySelf: "start" },
});

export type ExtraFilter = "search" | "kind" | "review" | "documented";

/**
 * The filters the register, the map and the list view share (service, personal data, owner), and
 * the register's own. Native selects: they work the same with a keyboard, a screen reader and a phone.
 */
export function FilterBar({ filters, onChange, extras = [] }: { filters: RegisterFilters; onChange: (next: RegisterFilters, options?: { replace?: boolean }) => void; extras?: readonly ExtraFilter[] }) {
  const styles = useStyles();
  const register = useRegister();
  const services = useMemo(() => servicesOf(register.assets), [register.assets]);
  const owners = useMemo(() => ownersOf(register.assets), [register.assets]);
  const set = (change: Partial<RegisterFilters>, options?: { replace?: boolean }) => onChange({ ...filters, ...change }, options);
  const any = Object.entries(filters).some(([k, v]) => (k === "disposed" ? v === true : v !== ""));
  return (
    <div className={styles.bar} role="search" aria-label="Filter the assets">
      {extras.includes("search") && (
        <Field label="Search">
          <Input type="search" value={filters.search} onChange={(_, d) => set({ search: d.value }, { replace: true })} placeholder="Name, key, system" />
        </Field>
      )}
      <Field label="Service">
        <Select value={filters.service} onChange={(_, d) => set({ service: d.value })}>
          <option value="">All services</option>
          {services.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Personal data">
        <Select value={filters.personal} onChange={(_, d) => set({ personal: d.value as RegisterFilters["personal"] })}>
          <option value="">With or without</option>
          <option value="Yes">Holds personal data</option>
          <option value="No">No personal data</option>
        </Select>
      </Field>
      <Field label="Owner or manager">
        <Select value={filters.owner} onChange={(_, d) => set({ owner: d.value })}>
          <option value="">Anyone</option>
          <option value="mine">Me</option>
          {owners.map((o) => (
            <option key={o.id} value={String(o.id)}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      {extras.includes("kind") && (
        <Field label="Kind of asset">
          <Select value={filters.kind} onChange={(_, d) => set({ kind: d.value })}>
            <option value="">All kinds</option>
            {ASSET_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {extras.includes("review") && (
        <Field label="Review">
          <Select value={filters.review} onChange={(_, d) => set({ review: d.value as RegisterFilters["review"] })}>
            <option value="">Any</option>
            <option value="due">Due or overdue</option>
            <option value="overdue">Overdue</option>
          </Select>
        </Field>
      )}
      {extras.includes("documented") && (
        <Field label="Documentation">
          <Select value={filters.documented} onChange={(_, d) => set({ documented: d.value as RegisterFilters["documented"] })}>
            <option value="">Complete or not</option>
            <option value="incomplete">Still to complete</option>
            <option value="complete">Fully documented</option>
          </Select>
        </Field>
      )}
      {any && (
        <Button className={styles.clear} onClick={() => onChange({ search: "", service: "", personal: "", owner: "", kind: "", review: "", documented: "", disposed: false })}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
