import { Link, Title2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { httpStatusOf } from "../../../core/data/concurrency";
import { addAsset } from "../data/assets-data";
import { type AssetDraft, checkDraft, type DraftProblems, emptyDraft } from "../domain/asset-form";
import { servicesOf } from "../domain/register";
import { AssetForm } from "./AssetForm";
import { SaveRefused, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";

/** Adds an asset to the register (the open one, or the restricted one when ticked). */
export function AddAssetPage() {
  const styles = useAssetStyles();
  const { sp } = useServices();
  const register = useRegister();
  const [draft, setDraft] = useState<AssetDraft>(emptyDraft);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const services = useMemo(() => servicesOf(register.assets), [register.assets]);
  const systems = useMemo(() => [...new Set(register.assets.map((a) => a.system).filter(Boolean))].sort(), [register.assets]);

  const submit = async () => {
    const found = checkDraft(draft, register.today);
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(null);
    try {
      const added = await addAsset(sp, draft, new Set(register.assets.map((a) => a.key)));
      register.upsertAsset(added);
      register.announce(`${added.name} is added to the register${added.restricted ? " (restricted)" : ""}. Next, add its schema and flows.`);
      navigate(routeHref("assets", [added.key]));
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <Link href={routeHref("assets")}>Back to the register</Link>
      <Title2 as="h1" block>
        Add an asset
      </Title2>
      <AssetForm
        draft={draft}
        onChange={setDraft}
        problems={problems}
        mode="add"
        saving={saving}
        submitLabel="Add the asset"
        onSubmit={() => void submit()}
        onCancel={() => navigate(routeHref("assets"))}
        services={services}
        systems={systems}
        notices={failure !== null && (httpStatusOf(failure) === 403 ? <SaveRefused error={failure} what="add assets" /> : <ErrorState error={failure} />)}
      />
    </div>
  );
}
