import { Button, Text } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import { plural } from "../../../core/domain/format";
import { downloadCsv } from "../../../core/ui/download";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { ASSET_CAPABILITIES } from "../capabilities";
import { completenessOf } from "../domain/completeness";
import { registerCsv, ropaAssets, ropaCsv } from "../domain/exports";
import { filtersToParams, matchesRegister, type RegisterFilters, sortRegister } from "../domain/register";
import { reviewStateOf } from "../domain/review";
import { FilterBar } from "./FilterBar";
import { loadAssetMap } from "./MapView";
import { SampleNote, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";
import { RegisterTable } from "./RegisterTable";

/** The register: every asset this person may read, filtered, with its documentation and review at a glance. */
export function RegisterView({ filters }: { filters: RegisterFilters }) {
  const styles = useAssetStyles();
  const { capabilities } = useServices();
  const register = useRegister();
  const { today, me } = register;
  // Filters are rebuilt from the address on every render: their JSON is the stable key.
  const filterKey = JSON.stringify(filters);
  const visible = useMemo(() => {
    const stable = JSON.parse(filterKey) as RegisterFilters;
    return sortRegister(register.assets.filter((a) => matchesRegister(a, stable, me, today)));
  }, [register.assets, filterKey, me, today]);
  const complete = useMemo(() => visible.filter((a) => completenessOf(a).complete).length, [visible]);
  const overdue = useMemo(() => visible.filter((a) => reviewStateOf(a, today) === "overdue").length, [visible, today]);
  // Once the register is on screen and the browser is idle, fetch what the map needs, so opening it is quick.
  const { loading, needFlows } = register;
  useEffect(() => {
    if (loading) return;
    const whenIdle = window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 200));
    const handle = whenIdle(() => {
      void loadAssetMap();
      needFlows();
    });
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(handle);
  }, [loading, needFlows]);
  const setFilters = (next: RegisterFilters, options?: { replace?: boolean }) => navigate(routeHref("assets", [], filtersToParams(next)), options);
  const stamp = today;

  return (
    <div className={styles.page}>
      <div className={styles.actions}>
        {capabilities.has(ASSET_CAPABILITIES.add) && (
          <Button appearance="primary" onClick={() => navigate(routeHref("assets", ["new"]))}>
            Add an asset
          </Button>
        )}
        <Button disabled={register.loading || visible.length === 0} onClick={() => downloadCsv(`data-hub-asset-register-${stamp}.csv`, registerCsv(visible, today))}>
          Download the register (CSV)
        </Button>
        {capabilities.has(ASSET_CAPABILITIES.exportRopa) && (
          <Button disabled={register.loading || ropaAssets(visible).length === 0} onClick={() => downloadCsv(`data-hub-ropa-support-extract-${stamp}.csv`, ropaCsv(visible))}>
            Download the ROPA-support extract (CSV)
          </Button>
        )}
      </div>
      <FilterBar filters={filters} onChange={setFilters} extras={["search", "kind", "review", "documented"]} />
      <Text role="status" aria-live="polite" className={styles.secondary}>
        {register.loading
          ? `Loading the register… ${plural(register.assets.length, "asset")} so far`
          : `Showing ${plural(visible.length, "asset")}: ${complete.toLocaleString("en-GB")} fully documented, ${plural(overdue, "review")} overdue`}
      </Text>
      {register.restrictedReadable === false && <Text size={200}>Restricted assets are not shown: only information asset owners and managers and the data lead may see them.</Text>}
      <SampleNote show={register.assets.some((a) => a.key.startsWith("SAMPLE-"))} />
      {register.error !== null && <ErrorState error={register.error} onRetry={register.reload} />}
      {visible.length > 0 ? (
        <RegisterTable assets={visible} today={today} />
      ) : (
        !register.loading && register.error === null && <Text as="p">{register.assets.length ? "No assets match these filters. Try others, or clear them." : "The register is empty. Add the first asset to start the map."}</Text>
      )}
    </div>
  );
}
