import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { updateItem } from "../../../core/data/concurrency";
import { addItem } from "../../../core/data/lists";
import type { FinancialPeriod } from "../../../core/domain/financial-quarters";
import type { Measure } from "../domain/measure";
import { parseTypedNumber, type RecordedValue, type ValueDraft, valueKey } from "../domain/recorded";
import { measureValuesList } from "../lists";
import { getValue, valueByKey } from "./measures-data";

/** Someone recorded this quarter's value first: carried so the form can show it and offer to replace it. */
export class ValueAlreadyRecordedError extends Error {
  constructor(readonly current: RecordedValue) {
    super(`A value for ${current.period} was recorded by ${current.savedBy ?? "someone else"} while you were typing.`);
    this.name = "ValueAlreadyRecordedError";
  }
}

function columnsOf(measure: Measure, period: FinancialPeriod, draft: ValueDraft | null): ItemInput<typeof measureValuesList> {
  return {
    Title: `${measure.title} ${period.label}`.slice(0, 255),
    ValueKey: valueKey(measure.key, period),
    MeasureKey: measure.key,
    PrincipleKey: measure.principleKey,
    Period: period.label,
    PeriodStart: `${period.start}T00:00:00Z`,
    ...(draft ? { Value: parseTypedNumber(draft.value), Evidence: draft.evidence.trim(), EvidenceLink: draft.link.trim() || null } : {}),
    MeasureOwnerId: measure.owner?.id ?? null,
  };
}

const mustRead = async (sp: SPFI, id: number): Promise<RecordedValue> => {
  const value = await getValue(sp, id);
  if (!value) throw new Error("The value was saved but could not be read back. Reload the page to see it.");
  return value;
};

/**
 * Records a quarter's value (the data lead). The value key is unique, so when two people record the
 * same quarter at once SharePoint refuses the second: that becomes ValueAlreadyRecordedError carrying
 * the first, never a silent second value.
 */
export async function addValue(sp: SPFI, measure: Measure, period: FinancialPeriod, draft: ValueDraft): Promise<RecordedValue> {
  try {
    const added = await addItem(sp, measureValuesList, columnsOf(measure, period, draft));
    return mustRead(sp, added.id);
  } catch (error) {
    const existing = await valueByKey(sp, valueKey(measure.key, period)).catch(() => null);
    if (existing) throw new ValueAlreadyRecordedError(existing);
    throw error;
  }
}

/**
 * Saves over a stored value with the ETag it was read with (the data lead, or the owner filling in the
 * quarter opened for them); someone else's save in between is a ConflictError carrying theirs.
 */
export async function saveValue(sp: SPFI, stored: RecordedValue, draft: ValueDraft): Promise<RecordedValue> {
  await updateItem(sp, measureValuesList, stored, { Value: parseTypedNumber(draft.value), Evidence: draft.evidence.trim(), EvidenceLink: draft.link.trim() || null }, () => mustRead(sp, stored.id));
  return mustRead(sp, stored.id);
}

/**
 * Opens quarters' values for measures' owners: an empty item per measure and quarter naming the owner,
 * who may then fill it in (the list lets people edit the items that name them). An item already there
 * keeps its value; its owner is brought up to date. `existing`: the values already read for these
 * quarters, so only what is missing is written.
 */
export async function openForOwners(sp: SPFI, measures: readonly Measure[], quarters: readonly FinancialPeriod[], existing: readonly RecordedValue[]): Promise<{ opened: number; failed: number }> {
  const byKey = new Map(existing.map((v) => [v.key, v]));
  let opened = 0;
  let failed = 0;
  const bringUpToDate = async (measure: Measure, stored: RecordedValue) => {
    if (stored.owner?.id === measure.owner?.id) return;
    await updateItem(sp, measureValuesList, stored, { MeasureOwnerId: measure.owner?.id ?? null }, () => mustRead(sp, stored.id));
  };
  const jobs = measures
    .filter((m) => m.owner)
    .flatMap((measure) => quarters.map((period) => ({ measure, period })))
    .map(async ({ measure, period }) => {
      try {
        const stored = byKey.get(valueKey(measure.key, period));
        if (stored) return await bringUpToDate(measure, stored);
        try {
          await addItem(sp, measureValuesList, columnsOf(measure, period, null));
          opened++;
        } catch (error) {
          // Opened by someone else meanwhile (the key is unique): bring theirs up to date.
          const now = await valueByKey(sp, valueKey(measure.key, period));
          if (!now) throw error;
          await bringUpToDate(measure, now);
        }
      } catch {
        failed++;
      }
    });
  await Promise.all(jobs);
  return { opened, failed };
}
