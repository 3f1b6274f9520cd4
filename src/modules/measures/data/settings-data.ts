import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { addItem } from "../../../core/data/lists";
import { siteUserIdFor } from "../../../core/data/people";
import { type Measure, type SeriesDefinition, type TargetSetting, UNIT_CHOICES } from "../domain/measure";
import { type MeasureDraft, type TargetDraft, targetValueOf } from "../domain/settings";
import { measuresList, measureTargetsList } from "../lists";
import { getMeasure, getTarget, targetByKey } from "./measures-data";

/** Someone set this figure's target first: carried so the form can show theirs and offer to save over it. */
export class TargetAlreadySetError extends Error {
  constructor(readonly current: TargetSetting) {
    super("Someone else set this target while you were typing.");
    this.name = "TargetAlreadySetError";
  }
}

/**
 * Sets a figure's target (the data lead). A figure has one target item (SeriesKey is unique): the
 * first save adds it, later ones save over it with the ETag they were read with.
 */
export async function saveTarget(sp: SPFI, series: SeriesDefinition, stored: TargetSetting | null, draft: TargetDraft): Promise<TargetSetting> {
  const values = { Target: targetValueOf(draft), TargetNote: draft.note.trim() || null, Headline: draft.headline };
  if (stored) {
    await updateItem(sp, measureTargetsList, stored, values, () => getTarget(sp, stored.id));
    return getTarget(sp, stored.id);
  }
  try {
    const added = await addItem(sp, measureTargetsList, { Title: series.label.slice(0, 255), SeriesKey: series.key, MeasureKey: series.measureKey, ...values });
    return getTarget(sp, added.id);
  } catch (error) {
    const existing = await targetByKey(sp, series.key).catch(() => null);
    if (existing) throw new TargetAlreadySetError(existing);
    throw error;
  }
}

/** Saves a measure's owner and what is recorded by hand for it, with the ETag it was read with. */
export async function saveMeasure(sp: SPFI, measure: Measure, draft: MeasureDraft): Promise<Measure> {
  const email = draft.ownerEmail.trim();
  const ownerId = email ? (email === measure.owner?.email && measure.owner ? measure.owner.id : await siteUserIdFor(sp, email)) : null;
  const label = draft.label.trim();
  await updateItem(
    sp,
    measuresList,
    measure,
    {
      MeasureOwnerId: ownerId,
      RecordedLabel: label || null,
      RecordedUnit: label && draft.unit ? UNIT_CHOICES[draft.unit] : null,
      RecordedBetter: label && draft.better ? (draft.better === "higher" ? "Higher" : "Lower") : null,
    },
    () => getMeasure(sp, measure.id),
  );
  return getMeasure(sp, measure.id);
}
