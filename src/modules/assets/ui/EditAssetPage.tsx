import { Link, MessageBar, MessageBarBody, MessageBarTitle, Title2 } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { httpStatusOf, isConflict } from "../../../core/data/concurrency";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { resolvePeople, saveAsset } from "../data/assets-data";
import type { Asset } from "../domain/asset";
import { type AssetDraft, changedParts, checkDraft, type DraftProblems, draftFromAsset, draftToFields } from "../domain/asset-form";
import { servicesOf } from "../domain/register";
import { AssetForm } from "./AssetForm";
import { SaveRefused, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";

/**
 * Edits an asset's register entry. The save carries the version the person loaded; if someone saved
 * in between, their changes are named, this person's edits stay on screen, and saving again puts
 * them on top of the newer version (nothing is lost, and nothing is overwritten unseen).
 */
export function EditAssetPage({ asset, onSaved, onCancel }: { asset: Asset; onSaved: (asset: Asset) => void; onCancel: () => void }) {
  const styles = useAssetStyles();
  const { sp } = useServices();
  const register = useRegister();
  const [base, setBase] = useState(asset);
  const [draft, setDraft] = useState<AssetDraft>(() => draftFromAsset(asset));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ parts: string[] } | null>(null);
  const services = useMemo(() => servicesOf(register.assets), [register.assets]);
  const systems = useMemo(() => [...new Set(register.assets.map((a) => a.system).filter(Boolean))].sort(), [register.assets]);

  const submit = async () => {
    const found = checkDraft(draft, register.today);
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(null);
    try {
      const people = await resolvePeople(sp, draft);
      onSaved(await saveAsset(sp, base, draftToFields(draft, people)));
    } catch (error) {
      if (isConflict<Asset>(error)) {
        setConflict({ parts: changedParts(base, error.current) });
        setBase(error.current);
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <Link href={routeHref("assets", [asset.key])}>Back to {asset.name}</Link>
      <Title2 as="h1" block>
        Edit {asset.name}
      </Title2>
      <AssetForm
        draft={draft}
        onChange={setDraft}
        problems={problems}
        mode="edit"
        saving={saving}
        submitLabel="Save changes"
        onSubmit={() => void submit()}
        onCancel={onCancel}
        services={services}
        systems={systems}
        notices={
          <>
            {conflict && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Someone else changed this asset while you were editing</MessageBarTitle>
                  {conflict.parts.length ? `They changed the ${conflict.parts.join(", ")}.` : "They saved it again."} Your edits are still here: save again to put them on top of their version, or{" "}
                  <Link href={routeHref("assets", [asset.key])}>leave without saving</Link> to see theirs.
                </MessageBarBody>
              </MessageBar>
            )}
            {failure !== null && (httpStatusOf(failure) === 403 ? <SaveRefused error={failure} what="change this asset" /> : <ErrorState error={failure} />)}
          </>
        }
      />
    </div>
  );
}
