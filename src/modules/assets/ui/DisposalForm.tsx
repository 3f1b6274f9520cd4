import { Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, Textarea, Title2 } from "@fluentui/react-components";
import { useState } from "react";
import { httpStatusOf, isConflict } from "../../../core/data/concurrency";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { recordDisposal } from "../data/disposals-data";
import type { Asset } from "../domain/asset";
import { checkDisposal, disposalDueOf, type DisposalInput, type DisposalProblems } from "../domain/disposal";
import { DISPOSAL_ACTIONS, type DisposalAction } from "../domain/vocabulary";
import { DateField } from "../../../core/ui/DateField";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { SaveRefused, showDay, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";

const id = (field: keyof DisposalInput) => `disposal-${field}`;

/** Records a disposal done in line with retention: what, when, how, and the oldest records kept afterwards. */
export function DisposalForm({ asset, onSaved, onCancel }: { asset: Asset; onSaved: (asset: Asset) => void; onCancel: () => void }) {
  const styles = useAssetStyles();
  const { sp } = useServices();
  const { today } = useRegister();
  const [base, setBase] = useState(asset);
  const [input, setInput] = useState<DisposalInput>({ disposedOn: today, method: asset.disposalAction ?? "", recordsDisposed: "", heldFromAfter: "", wholeAsset: false, certificate: "" });
  const [problems, setProblems] = useState<DisposalProblems>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const due = disposalDueOf(asset);
  const state = (field: keyof DisposalInput) => (problems[field] ? { validationMessage: problems[field], validationState: "error" as const } : {});
  const set = (change: Partial<DisposalInput>) => setInput({ ...input, ...change });

  const submit = async () => {
    const found = checkDisposal(base, input, today);
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(null);
    try {
      onSaved(await recordDisposal(sp, base, input));
    } catch (error) {
      if (isConflict<Asset>(error)) {
        setConflict(true);
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
        Record a disposal for {asset.name}
      </Title2>
      <Text>
        {asset.retentionPeriod ? `Kept: ${asset.retentionPeriod}. ` : ""}
        {asset.heldFrom ? `Oldest records held from ${showDay(asset.heldFrom)}. ` : ""}
        {due ? `Disposal due ${showDay(due)}.` : "No disposal date: the retention in months or the date of the oldest records is missing."}
      </Text>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary problems={(Object.keys(problems) as (keyof DisposalInput)[]).map((f) => ({ fieldId: id(f), message: problems[f]! }))} />
        {conflict && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Someone else changed this asset while you were recording the disposal</MessageBarTitle>
              Nothing was saved and what you typed is still here. Check <Link href={routeHref("assets", [asset.key])}>their changes</Link>, then record the disposal again.
            </MessageBarBody>
          </MessageBar>
        )}
        {failure !== null && (httpStatusOf(failure) === 403 ? <SaveRefused error={failure} what="record disposals for this asset" /> : <ErrorState error={failure} />)}
        <DateField id={id("disposedOn")} label="Disposed of on" required value={input.disposedOn} onChange={(disposedOn) => set({ disposedOn })} validationMessage={problems.disposedOn} />
        <Field label="Method" required {...state("method")}>
          <Select id={id("method")} value={input.method} onChange={(_, d) => set({ method: d.value as DisposalAction })}>
            <option value="">Choose a method</option>
            {DISPOSAL_ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
        <Field label="Records disposed of" required hint="Which records, for example those closed before 1 April 2020." {...state("recordsDisposed")}>
          <Textarea id={id("recordsDisposed")} value={input.recordsDisposed} onChange={(_, d) => set({ recordsDisposed: d.value })} resize="vertical" rows={3} />
        </Field>
        <Checkbox id={id("wholeAsset")} checked={input.wholeAsset} onChange={(_, d) => set({ wholeAsset: Boolean(d.checked) })} label="The whole asset has been disposed of (nothing is kept)" />
        {!input.wholeAsset && (
          <DateField
            id={id("heldFromAfter")}
            label="Oldest records held afterwards"
            required
            hint="The date the oldest records still kept start from, for example 01/04/2020."
            value={input.heldFromAfter}
            onChange={(heldFromAfter) => set({ heldFromAfter })}
            validationMessage={problems.heldFromAfter}
          />
        )}
        <Field label="Destruction certificate" hint="Its reference, if the disposal has one.">
          <Input id={id("certificate")} value={input.certificate} onChange={(_, d) => set({ certificate: d.value })} maxLength={120} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? "Saving…" : "Record the disposal"}
          </Button>
          <Button onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
