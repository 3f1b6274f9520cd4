import { Link, Text } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { navigate, routeHref } from "../../../core/ui/router";
import { ErrorState, Loading } from "../../../core/ui/states";
import { filtersToParams, type RegisterFilters } from "../domain/register";
import { FilterBar } from "./FilterBar";
import { SampleNote, useAssetStyles } from "./parts";
import { useMapModel } from "./use-map-model";

/** React Flow and dagre come in a chunk of their own, fetched when the map is opened or the register is idle. */
export const loadAssetMap = () => import("./map/AssetMap");
const AssetMap = lazy(loadAssetMap);

/** The map: systems, assets and flows drawn as a graph, with the same filters as its list view. */
export function MapView({ filters }: { filters: RegisterFilters }) {
  const styles = useAssetStyles();
  const { model, summary, status, error, retry } = useMapModel(filters);
  const setFilters = (next: RegisterFilters) => navigate(routeHref("assets", [], { tab: "map", ...filtersToParams(next) }));
  return (
    <div className={styles.page}>
      <FilterBar filters={filters} onChange={setFilters} />
      <Text role="status" aria-live="polite" data-testid="map-summary">
        {status === "ready" ? `The map shows ${summary}.` : status === "loading" ? "Loading the assets and their flows…" : ""}
      </Text>
      <Text>
        Every flow on the map is also in{" "}
        <Link href={routeHref("assets", [], { tab: "flows", ...filtersToParams(filters) })}>the same flows as a list</Link>, which works with a keyboard and a screen reader. Zoom in to see each asset; zoomed out, flows between systems are counted. Select an asset to open it.
      </Text>
      <SampleNote show={Boolean(model?.matching.some((m) => m.asset.key.startsWith("SAMPLE-")))} />
      {status === "error" && <ErrorState error={error} onRetry={retry} />}
      {status === "loading" && <Loading label="Loading the map…" />}
      {model && model.matching.length === 0 && <Text as="p">No assets match these filters. Try others, or clear them.</Text>}
      {model && model.matching.length > 0 && (
        <Suspense fallback={<Loading label="Drawing the map…" />}>
          <AssetMap model={model} />
        </Suspense>
      )}
    </div>
  );
}
