import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { removeFlow } from "../data/flows-data";
import type { Asset } from "../domain/asset";
import type { FlowEnd } from "../domain/flows";
import type { AssetFlows, FlowRow } from "../domain/map-model";
import { assetHref, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
});

function Other({ end }: { end: FlowEnd }) {
  const register = useRegister();
  return end.type === "outside" ? <>{end.name} (outside the council)</> : <Link href={assetHref(end.key)}>{register.byKey.get(end.key)?.name ?? end.key}</Link>;
}

/** An asset's flows out and in, in words; its owners may remove one (it goes to the recycle bin). */
export function AssetFlowsSection({ asset, flows, status, error, canEdit }: { asset: Asset; flows: AssetFlows | null; status: string; error: unknown; canEdit: boolean }) {
  const styles = useStyles();
  const assetStyles = useAssetStyles();
  const { sp } = useServices();
  const register = useRegister();
  const [failure, setFailure] = useState<unknown>(null);
  const remove = async (row: FlowRow) => {
    setFailure(null);
    try {
      await removeFlow(sp, row.flow);
      register.forgetFlow(row.flow);
      register.announce(`Flow removed: ${row.sentence}.`);
    } catch (e) {
      setFailure(e);
    }
  };
  const list = (rows: FlowRow[], other: (r: FlowRow) => FlowEnd, label: string) =>
    rows.length ? (
      <ul className={assetStyles.list} aria-label={label}>
        {rows.map((row) => (
          <li key={row.id} className={styles.item} data-flow-id={row.id}>
            <span>
              {row.sentence}
              {row.manner ? ` (${row.manner})` : ""}. Other end: <Other end={other(row)} />
            </span>
            {canEdit && (
              <Button size="small" onClick={() => void remove(row)}>
                Remove flow: {row.sentence}
              </Button>
            )}
          </li>
        ))}
      </ul>
    ) : (
      <Text size={200}>None recorded.</Text>
    );
  return (
    <section className={assetStyles.section} aria-labelledby="flows">
      <h2 id="flows" className={styles.heading}>
        Flows
      </h2>
      <Text className={assetStyles.secondary}>
        Where this asset's data comes from and goes to. <Link href={routeHref("assets", [], { tab: "map", service: asset.service })}>See them on the map of {asset.service || "the register"}</Link>.
      </Text>
      {failure !== null && <ErrorState error={failure} />}
      {status === "loading" && <Loading label="Loading the flows…" />}
      {status === "error" && <ErrorState error={error} onRetry={register.reload} />}
      {flows && (
        <>
          <h3 className={styles.subheading}>Flows out ({flows.out.length})</h3>
          {list(flows.out, (r) => r.target, "Flows out")}
          <h3 className={styles.subheading}>Flows in ({flows.in.length})</h3>
          {list(flows.in, (r) => r.source, "Flows in")}
        </>
      )}
    </section>
  );
}
