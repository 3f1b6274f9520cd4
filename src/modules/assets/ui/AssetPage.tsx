import { Button, Link, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import { plural } from "../../../core/domain/format";
import { downloadFile } from "../../../core/ui/download";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { ASSET_CAPABILITIES } from "../capabilities";
import { getAsset } from "../data/assets-data";
import { loadDisposals } from "../data/disposals-data";
import { loadReviews } from "../data/reviews-data";
import { type Asset, isOwnAsset } from "../domain/asset";
import { completenessOf, DOCUMENTED_FIELD_LABELS } from "../domain/completeness";
import { disposalDueOf, disposalStateOf } from "../domain/disposal";
import { flowsOfAsset } from "../domain/map-model";
import { reviewDueOf, reviewStateOf } from "../domain/review";
import { parseStoredSchema, rowsOf } from "../domain/schema";
import { AssetDetails } from "./AssetDetails";
import { AssetFlowsSection } from "./AssetFlowsSection";
import { DisposalForm } from "./DisposalForm";
import { EditAssetPage } from "./EditAssetPage";
import { FlowForm } from "./FlowForm";
import { DisposalPill, Pill, ReviewPill, showDay, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";
import { ReviewForm } from "./ReviewForm";
import { SchemaEditor } from "./SchemaEditor";
import { SchemaTable } from "./SchemaTable";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export type AssetPart = "" | "edit" | "schema" | "review" | "disposal" | "flow";

/** One asset in full: what it is, how documented it is, its schema, its flows, its reviews and disposals. */
export function AssetPage({ assetKey, part }: { assetKey: string; part: string }) {
  const { sp, capabilities } = useServices();
  const register = useRegister();
  const loaded = useAsync(() => getAsset(sp, assetKey), [sp, assetKey]);
  const current = loaded.status === "ready" && loaded.value ? loaded.value.asset : null;

  if (loaded.status === "loading") return <Loading label="Opening the asset…" />;
  if (loaded.status === "error") return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.value || !current) {
    return (
      <EmptyState title="We couldn't find that asset">
        <Text>It may have been removed, or it is restricted and you may not see it.</Text>
        <Link href={routeHref("assets")}>Back to the register</Link>
      </EmptyState>
    );
  }
  const canEdit = capabilities.has(ASSET_CAPABILITIES.editAny) || isOwnAsset(current, register.me);
  const back = () => navigate(routeHref("assets", [current.key]));
  const saved = (next: Asset, notice: string) => {
    register.upsertAsset(next);
    register.announce(notice);
    loaded.reload();
    back();
  };
  switch (part as AssetPart) {
    case "edit":
      return <EditAssetPage asset={current} onSaved={(a) => saved(a, "Your changes to the asset are saved.")} onCancel={back} />;
    case "schema":
      return <SchemaEditor asset={current} schemaJson={loaded.value.schemaJson} onSaved={(a, n) => saved(a, `The schema is saved with ${plural(n, "field")}.`)} onCancel={back} />;
    case "review":
      return <ReviewForm asset={current} onSaved={(a) => saved(a, `Review saved. The next review is due on ${showDay(reviewDueOf(a))}.`)} onCancel={back} />;
    case "disposal":
      return <DisposalForm asset={current} onSaved={(a) => saved(a, a.status === "Disposed" ? "Disposal recorded: the asset is marked as disposed of." : `Disposal recorded. The next disposal is due on ${showDay(disposalDueOf(a))}.`)} onCancel={back} />;
    case "flow":
      return <FlowForm asset={current} onSaved={(sentence) => {
        register.announce(`Flow added: ${sentence}.`);
        back();
      }} onCancel={back} />;
    default:
      return <AssetOverview asset={current} schemaJson={loaded.value.schemaJson} canEdit={canEdit} />;
  }
}

function AssetOverview({ asset, schemaJson, canEdit }: { asset: Asset; schemaJson: string | null; canEdit: boolean }) {
  const styles = useStyles();
  const assetStyles = useAssetStyles();
  const { sp, capabilities } = useServices();
  const keepFlows = capabilities.has(ASSET_CAPABILITIES.keepFlows);
  const register = useRegister();
  const { today } = register;
  const { needFlows } = register;
  useEffect(() => needFlows(), [needFlows]);
  const completeness = completenessOf(asset);
  const { schema, problem } = useMemo(() => parseStoredSchema(schemaJson), [schemaJson]);
  const reviews = useAsync(() => loadReviews(sp, asset.key), [sp, asset.key, asset.lastReviewed]);
  const disposals = useAsync(() => loadDisposals(sp, asset.key), [sp, asset.key, asset.heldFrom, asset.status]);
  const flows = useMemo(() => (register.flows.status === "ready" ? flowsOfAsset(asset, register.assets, register.flows.items) : null), [register.flows, register.assets, asset]);

  return (
    <div className={`${assetStyles.page} ${assetStyles.narrow}`}>
      <Link href={routeHref("assets")}>Back to the register</Link>
      <div className={styles.header}>
        <Title2 as="h1" block>
          {asset.name}
        </Title2>
        <div className={assetStyles.row}>
          <Pill>{asset.key}</Pill>
          {asset.restricted && <Pill strong>Restricted</Pill>}
          {asset.personalData === "Yes" && <Pill>Personal data</Pill>}
          {asset.status === "Disposed" ? <Pill>Disposed of</Pill> : <ReviewPill state={reviewStateOf(asset, today)} due={reviewDueOf(asset)} />}
          <DisposalPill state={disposalStateOf(asset, today)} due={disposalDueOf(asset)} />
        </div>
      </div>
      {register.notice && <Text>{register.notice}</Text>}
      {canEdit && asset.status === "Active" && (
        <div className={assetStyles.actions}>
          <Button appearance="primary" onClick={() => navigate(routeHref("assets", [asset.key, "review"]))}>
            Review this asset
          </Button>
          <Button onClick={() => navigate(routeHref("assets", [asset.key, "edit"]))}>Edit details</Button>
          <Button onClick={() => navigate(routeHref("assets", [asset.key, "schema"]))}>Edit the schema</Button>
          {keepFlows && <Button onClick={() => navigate(routeHref("assets", [asset.key, "flow"]))}>Add a flow</Button>}
          <Button onClick={() => navigate(routeHref("assets", [asset.key, "disposal"]))}>Record a disposal</Button>
        </div>
      )}

      <section className={assetStyles.section} aria-labelledby="documentation">
        <h2 id="documentation" className={styles.heading}>
          Documentation
        </h2>
        <Text>
          {completeness.complete
            ? `Fully documented: all ${completeness.required} fields this kind of asset needs are filled in.`
            : `${completeness.present} of ${completeness.required} required fields filled in (${completeness.percent}%). Still to do:`}
        </Text>
        {!completeness.complete && (
          <ul className={assetStyles.list} aria-label="Still to document">
            {completeness.missing.map((f) => (
              <li key={f}>{DOCUMENTED_FIELD_LABELS[f]}</li>
            ))}
          </ul>
        )}
      </section>

      <AssetDetails asset={asset} />

      <section className={assetStyles.section} aria-labelledby="schema">
        <h2 id="schema" className={styles.heading}>
          Schema
        </h2>
        {problem && <Text>{problem}</Text>}
        {schema ? (
          <>
            <Text className={assetStyles.secondary}>
              {plural(schema.fields.length, "field")}, held as a Frictionless Table Schema{asset.schemaSource ? ` (${asset.schemaSource.toLowerCase()})` : ""}. The same schema can validate the data in Data quality.
            </Text>
            <SchemaTable rows={rowsOf(schema)} />
            <div className={assetStyles.actions}>
              <Button onClick={() => downloadFile(`${asset.key}-table-schema.json`, "application/json", JSON.stringify(schema, null, 2))}>Download the Table Schema (JSON)</Button>
            </div>
          </>
        ) : (
          !problem && <Text>No schema yet. {canEdit ? "Start one from a sample file, from a SharePoint list, or by hand." : ""}</Text>
        )}
      </section>

      <AssetFlowsSection asset={asset} flows={flows} status={register.flows.status} error={register.flows.error} canEdit={keepFlows} />

      <section className={assetStyles.section} aria-labelledby="reviews">
        <h2 id="reviews" className={styles.heading}>
          Reviews
        </h2>
        <Text>
          {asset.reviewFrequency} review. Last reviewed {asset.lastReviewed ? showDay(asset.lastReviewed) : "never"}; next due {showDay(reviewDueOf(asset))}.
        </Text>
        {reviews.status === "ready" && reviews.value === null && <Text className={assetStyles.secondary}>The history of reviews is kept for information asset owners and managers and the data lead.</Text>}
        {reviews.status === "ready" && reviews.value && reviews.value.length > 0 && (
          <ul className={assetStyles.list} aria-label="Reviews, newest first">
            {reviews.value.map((r) => (
              <li key={r.id}>
                {showDay(r.reviewedOn)}: {r.outcome.toLowerCase()}
                {r.reviewer ? `, by ${r.reviewer}` : ""}
                {r.dueOn && r.reviewedOn > r.dueOn ? ` (late: due ${showDay(r.dueOn)})` : ""}
                {r.changes ? `. ${r.changes}` : ""}
              </li>
            ))}
          </ul>
        )}
        {reviews.status === "error" && <ErrorState error={reviews.error} onRetry={reviews.reload} />}
      </section>

      <section className={assetStyles.section} aria-labelledby="disposals">
        <h2 id="disposals" className={styles.heading}>
          Retention and disposal
        </h2>
        <Text>
          {asset.retentionPeriod ? `Kept: ${asset.retentionPeriod}.` : "No retention period recorded."} {asset.heldFrom ? `Oldest records held from ${showDay(asset.heldFrom)}.` : ""}{" "}
          {disposalDueOf(asset) ? `Disposal due ${showDay(disposalDueOf(asset))}.` : ""}
        </Text>
        {disposals.status === "ready" && disposals.value && disposals.value.length > 0 && (
          <ul className={assetStyles.list} aria-label="Disposals, newest first">
            {disposals.value.map((d) => (
              <li key={d.id}>
                {showDay(d.disposedOn)}: {d.method.toLowerCase()} of {d.recordsDisposed}
                {d.recordedBy ? `, recorded by ${d.recordedBy}` : ""}
                {d.certificate ? ` (certificate ${d.certificate})` : ""}
              </li>
            ))}
          </ul>
        )}
        {disposals.status === "error" && <ErrorState error={disposals.error} onRetry={disposals.reload} />}
      </section>
    </div>
  );
}
