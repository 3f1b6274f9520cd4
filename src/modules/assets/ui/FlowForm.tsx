import { Button, Field, Input, Link, Radio, RadioGroup, Select, Text, Textarea, Title2 } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { httpStatusOf } from "../../../core/data/concurrency";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { addFlow } from "../data/flows-data";
import type { Asset } from "../domain/asset";
import { checkFlow, emptyFlowDraft, type FlowDraft, flowFields, flowIsRestricted, type FlowProblems, flowSentence } from "../domain/flows";
import { sortRegister } from "../domain/register";
import { FLOW_FREQUENCIES, FLOW_KINDS, FLOW_METHODS, type FlowKind } from "../domain/vocabulary";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { SaveRefused, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";

const id = (field: keyof FlowDraft) => `flow-${field}`;

/** Adds a flow from this asset: it feeds, is derived from, or is shared with another asset or someone outside. */
export function FlowForm({ asset, onSaved, onCancel }: { asset: Asset; onSaved: (sentence: string) => void; onCancel: () => void }) {
  const styles = useAssetStyles();
  const { sp } = useServices();
  const register = useRegister();
  const { needFlows } = register;
  useEffect(() => needFlows(), [needFlows]);
  const [draft, setDraft] = useState<FlowDraft>(emptyFlowDraft);
  const [problems, setProblems] = useState<FlowProblems>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const others = useMemo(() => sortRegister(register.assets.filter((a) => a.key !== asset.key && a.status === "Active")), [register.assets, asset.key]);
  const keys = useMemo(() => new Set(register.assets.map((a) => a.key)), [register.assets]);
  const nameOf = (key: string) => register.byKey.get(key)?.name ?? key;
  const set = (change: Partial<FlowDraft>) => setDraft({ ...draft, ...change });
  const state = (field: keyof FlowDraft) => (problems[field] ? { validationMessage: problems[field], validationState: "error" as const } : {});

  const submit = async () => {
    const found = checkFlow(asset, draft, keys);
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(null);
    try {
      const to = draft.otherType === "asset" ? register.byKey.get(draft.toKey) : undefined;
      const flow = await addFlow(sp, flowFields(asset, draft, nameOf), flowIsRestricted(asset, to));
      if (register.flows.status === "ready") register.upsertFlow(flow);
      onSaved(flowSentence(flow, nameOf));
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  if (register.loading) return <Loading label="Loading the register…" />;
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <Link href={routeHref("assets", [asset.key])}>Back to {asset.name}</Link>
      <Title2 as="h1" block>
        Add a flow from {asset.name}
      </Title2>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary problems={(Object.keys(problems) as (keyof FlowDraft)[]).map((f) => ({ fieldId: id(f), message: problems[f]! }))} />
        {failure !== null && (httpStatusOf(failure) === 403 ? <SaveRefused error={failure} what="add flows" /> : <ErrorState error={failure} />)}
        <Field label={`${asset.name}…`} required {...state("kind")}>
          <Select id={id("kind")} value={draft.kind} onChange={(_, d) => set({ kind: d.value as FlowKind })}>
            <option value="">Choose how they relate</option>
            {FLOW_KINDS.map((k) => (
              <option key={k} value={k}>
                {k.toLowerCase()}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="The other end">
          <RadioGroup value={draft.otherType} onChange={(_, d) => set({ otherType: d.value as FlowDraft["otherType"] })}>
            {/* The id is on the first choice, so the error summary's link lands on a control. */}
            <Radio id={id("otherType")} value="asset" label="Another asset in the register" />
            <Radio value="outside" label="An organisation outside the council" />
          </RadioGroup>
        </Field>
        {draft.otherType === "asset" ? (
          <Field label="Other asset" required {...state("toKey")}>
            <Select id={id("toKey")} value={draft.toKey} onChange={(_, d) => set({ toKey: d.value })}>
              <option value="">Choose an asset</option>
              {others.map((a) => (
                <option key={a.key} value={a.key}>
                  {a.name} ({a.service || "no service"})
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field label="Organisation outside the council" required hint="By kind if you prefer: a county council, a debt recovery agent." {...state("outside")}>
            <Input id={id("outside")} value={draft.outside} onChange={(_, d) => set({ outside: d.value })} maxLength={255} />
          </Field>
        )}
        <div className={styles.twoColumns}>
          <Field label="Method">
            <Select id={id("method")} value={draft.method} onChange={(_, d) => set({ method: d.value })}>
              <option value="">Not recorded</option>
              {FLOW_METHODS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </Select>
          </Field>
          <Field label="Frequency">
            <Select id={id("frequency")} value={draft.frequency} onChange={(_, d) => set({ frequency: d.value })}>
              <option value="">Not recorded</option>
              {FLOW_FREQUENCIES.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label="Description" hint="What moves, and why.">
          <Textarea id={id("description")} value={draft.description} onChange={(_, d) => set({ description: d.value })} resize="vertical" rows={2} />
        </Field>
        <Field label="Data sharing agreement" hint="Its reference, for data shared outside the council." {...state("sharingAgreement")}>
          <Input id={id("sharingAgreement")} value={draft.sharingAgreement} onChange={(_, d) => set({ sharingAgreement: d.value })} maxLength={255} />
        </Field>
        {draft.kind && (draft.toKey || draft.outside) && (
          <Text>
            It will read: “{asset.name} {draft.kind.toLowerCase()} {draft.otherType === "asset" ? nameOf(draft.toKey) : draft.outside}”.
          </Text>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? "Saving…" : "Add the flow"}
          </Button>
          <Button onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
