import { Button, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text, Textarea, Title2 } from "@fluentui/react-components";
import { useState } from "react";
import { httpStatusOf, isConflict } from "../../../core/data/concurrency";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { recordReview } from "../data/reviews-data";
import type { Asset } from "../domain/asset";
import { completenessOf, DOCUMENTED_FIELD_LABELS } from "../domain/completeness";
import { checkReview, type ReviewInput, type ReviewProblems, reviewDueOf } from "../domain/review";
import type { ReviewOutcome } from "../domain/vocabulary";
import { DateField } from "../../../core/ui/DateField";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { SaveRefused, showDay, useAssetStyles } from "./parts";
import { useRegister } from "./register-state";

const id = (field: keyof ReviewInput) => `review-${field}`;

/**
 * The quarterly review of one asset: confirmed with no change, or the changes made. Who and when are
 * recorded with it; the asset's next review date moves on by its review period.
 */
export function ReviewForm({ asset, onSaved, onCancel }: { asset: Asset; onSaved: (asset: Asset) => void; onCancel: () => void }) {
  const styles = useAssetStyles();
  const { sp } = useServices();
  const { today } = useRegister();
  const [base, setBase] = useState(asset);
  const [input, setInput] = useState<ReviewInput>({ outcome: "", changes: "", reviewedOn: today });
  const [problems, setProblems] = useState<ReviewProblems>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const missing = completenessOf(asset).missing;
  const state = (field: keyof ReviewInput) => (problems[field] ? { validationMessage: problems[field], validationState: "error" as const } : {});

  const submit = async () => {
    const found = checkReview(input, today);
    setProblems(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(null);
    try {
      onSaved(await recordReview(sp, base, input));
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
        Review {asset.name}
      </Title2>
      <Text>
        {asset.reviewFrequency} review, due {showDay(reviewDueOf(asset))}. Check the register entry, the schema and the flows are still right; change them first if they are not, then record the review here.
      </Text>
      {missing.length > 0 && (
        <Text>
          Still to document: {missing.map((f) => DOCUMENTED_FIELD_LABELS[f]).join(", ")}. <Link href={routeHref("assets", [asset.key, "edit"])}>Edit the details</Link>
        </Text>
      )}
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary problems={(Object.keys(problems) as (keyof ReviewInput)[]).map((f) => ({ fieldId: id(f), message: problems[f]! }))} />
        {conflict && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Someone else changed this asset while you were reviewing it</MessageBarTitle>
              Your review is still here and nothing was saved. <Link href={routeHref("assets", [asset.key])}>Look at their changes</Link>, or record the review again if it still stands.
            </MessageBarBody>
          </MessageBar>
        )}
        {failure !== null && (httpStatusOf(failure) === 403 ? <SaveRefused error={failure} what="review this asset" /> : <ErrorState error={failure} />)}
        <Field label="Outcome" required {...state("outcome")}>
          <RadioGroup value={input.outcome} onChange={(_, d) => setInput({ ...input, outcome: d.value as ReviewOutcome })}>
            {/* The id is on the first choice, so the error summary's link lands on a control. */}
            <Radio id={id("outcome")} value="Confirmed, no change" label="Confirmed, no change" />
            <Radio value="Changes made" label="Changes made" />
          </RadioGroup>
        </Field>
        {input.outcome === "Changes made" && (
          <Field label="What changed" required {...state("changes")}>
            <Textarea id={id("changes")} value={input.changes} onChange={(_, d) => setInput({ ...input, changes: d.value })} resize="vertical" rows={3} />
          </Field>
        )}
        <DateField id={id("reviewedOn")} label="Reviewed on" required value={input.reviewedOn} onChange={(reviewedOn) => setInput({ ...input, reviewedOn })} validationMessage={problems.reviewedOn} />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? "Saving…" : "Record the review"}
          </Button>
          <Button onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
