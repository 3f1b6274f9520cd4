import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { navigate, routeHref } from "../../../core/ui/router";
import { ErrorState, Loading } from "../../../core/ui/states";
import type { FlowEnd } from "../domain/flows";
import type { AssetFlows, FlowRow } from "../domain/map-model";
import { filtersToParams, type RegisterFilters } from "../domain/register";
import { FilterBar } from "./FilterBar";
import { assetHref, SampleNote, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";
import { useMapModel } from "./use-map-model";

/** Assets per page: enough to read on, few enough that a screen reader's list of headings stays usable. */
export const ASSETS_PER_PAGE = 50;

const useStyles = makeStyles({
  asset: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  flows: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  pageHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  pager: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

function OtherEnd({ end, self }: { end: FlowEnd; self: string }) {
  const register = useRegister();
  if (end.type === "outside") return <>{end.name} (outside the council)</>;
  if (end.key === self) return null;
  return <Link href={assetHref(end.key)}>{register.byKey.get(end.key)?.name ?? end.key}</Link>;
}

function FlowItem({ row, other, self }: { row: FlowRow; other: FlowEnd; self: string }) {
  const styles = useAssetStyles();
  return (
    <li data-flow-id={row.id}>
      {row.sentence}
      {row.manner && <span className={styles.secondary}> ({row.manner})</span>}. <span className={styles.secondary}>Other end:</span> <OtherEnd end={other} self={self} />
    </li>
  );
}

function AssetEntry({ entry }: { entry: AssetFlows }) {
  const styles = useStyles();
  const { asset } = entry;
  return (
    <li className={styles.asset}>
      <h3 className={styles.heading}>
        <Link href={assetHref(asset.key)}>{asset.name}</Link>
      </h3>
      <Text size={200}>
        {[asset.service || "No service recorded", asset.system || "No system recorded", asset.personalData === "Yes" ? "personal data" : null, asset.restricted ? "restricted" : null].filter(Boolean).join(" · ")}
      </Text>
      <h4 className={styles.subheading}>Flows out ({entry.out.length})</h4>
      {entry.out.length ? (
        <ul className={styles.flows} aria-label={`Flows out of ${asset.name}`}>
          {entry.out.map((row) => (
            <FlowItem key={row.id} row={row} other={row.target} self={asset.key} />
          ))}
        </ul>
      ) : (
        <Text size={200}>None recorded.</Text>
      )}
      <h4 className={styles.subheading}>Flows in ({entry.in.length})</h4>
      {entry.in.length ? (
        <ul className={styles.flows} aria-label={`Flows into ${asset.name}`}>
          {entry.in.map((row) => (
            <FlowItem key={row.id} row={row} other={row.source} self={asset.key} />
          ))}
        </ul>
      ) : (
        <Text size={200}>None recorded.</Text>
      )}
    </li>
  );
}

/**
 * The map as a list, for keyboard and screen-reader users (and anyone who prefers it): each asset
 * that matches the filters with its flows out and in, in words, built from the same model as the map.
 */
export function FlowsListView({ filters }: { filters: RegisterFilters }) {
  const styles = useStyles();
  const assetStyles = useAssetStyles();
  const { model, summary, status, error, retry } = useMapModel(filters);
  const [page, setPage] = useState(0);
  const top = useRef<HTMLHeadingElement>(null);
  const key = JSON.stringify(filters);
  useEffect(() => setPage(0), [key]);
  const setFilters = (next: RegisterFilters) => navigate(routeHref("assets", [], { tab: "flows", ...filtersToParams(next) }));

  const total = model?.matching.length ?? 0;
  const pages = Math.max(1, Math.ceil(total / ASSETS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = model?.matching.slice(current * ASSETS_PER_PAGE, (current + 1) * ASSETS_PER_PAGE) ?? [];
  const go = (next: number) => {
    setPage(next);
    top.current?.focus();
  };

  return (
    <div className={assetStyles.page}>
      <FilterBar filters={filters} onChange={setFilters} />
      <Text role="status" aria-live="polite" data-testid="flows-summary">
        {status === "ready" ? `The list shows ${summary}.` : status === "loading" ? "Loading the assets and their flows…" : ""}
      </Text>
      <Text>
        The same flows are drawn on <Link href={routeHref("assets", [], { tab: "map", ...filtersToParams(filters) })}>the map</Link>.
        {model && model.unresolved > 0 ? ` ${model.unresolved} recorded ${model.unresolved === 1 ? "flow names an asset" : "flows name assets"} no longer in the register, or not readable by you, and ${model.unresolved === 1 ? "is" : "are"} left out.` : ""}
      </Text>
      <SampleNote show={shown.some((e) => e.asset.key.startsWith("SAMPLE-"))} />
      {status === "error" && <ErrorState error={error} onRetry={retry} />}
      {status === "loading" && <Loading label="Loading the flows…" />}
      {model && total === 0 && <Text as="p">No assets match these filters. Try others, or clear them.</Text>}
      {total > 0 && (
        <>
          <h2 ref={top} tabIndex={-1} className={styles.pageHeading}>
            Assets {(current * ASSETS_PER_PAGE + 1).toLocaleString("en-GB")} to {Math.min(total, (current + 1) * ASSETS_PER_PAGE).toLocaleString("en-GB")} of {total.toLocaleString("en-GB")}, with their flows
          </h2>
          <ul className={assetStyles.list} aria-label="Assets and their flows">
            {shown.map((entry) => (
              <AssetEntry key={entry.asset.key} entry={entry} />
            ))}
          </ul>
          {pages > 1 && (
            <nav className={styles.pager} aria-label="Pages of assets">
              <Button disabled={current === 0} onClick={() => go(current - 1)}>
                Previous {ASSETS_PER_PAGE}
              </Button>
              <Text>
                Page {current + 1} of {pages}
              </Text>
              <Button disabled={current >= pages - 1} onClick={() => go(current + 1)}>
                Next {ASSETS_PER_PAGE}
              </Button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
