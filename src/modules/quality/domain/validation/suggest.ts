import type { RuleKind } from "./dimensions";
import type { ColumnProfile, ProfiledFormat, TableProfile } from "./profile";
import { blankColumn, type ColumnRuleForm, type PatternPreset, type RuleSetForm } from "./rule-form";

/**
 * Suggested rules from a profile, each with how many values already pass ("98.5% already pass"), as
 * a change to one column of the rule form, so accepting one is a single click.
 */
export interface Suggestion {
  id: string;
  column: string;
  kind: RuleKind;
  /** "Postcode should be a UK postcode." */
  text: string;
  passing: number;
  checked: number;
  /** What accepting it changes in the column's form. */
  change: Partial<Pick<ColumnRuleForm, "type" | "dateStyle" | "required" | "unique" | "allowedValues" | "preset" | "minimum">>;
  /** Set for "not after today", which is a freshness rule rather than a column setting. */
  notInFuture?: boolean;
}

const FORMAT_PRESETS: Record<ProfiledFormat, { preset: PatternPreset; label: string }> = {
  "uk-postcode": { preset: "uk-postcode", label: "a UK postcode" },
  uprn: { preset: "uprn", label: "a UPRN" },
  email: { preset: "email", label: "an e-mail address" },
  "uk-phone": { preset: "uk-phone", label: "a UK phone number" },
  "ni-number": { preset: "ni-number", label: "a National Insurance number" },
  "nhs-number": { preset: "nhs-number", label: "an NHS number" },
};

/** Share of values passing, as the screen says it: "98.5%". */
export function shareText(passing: number, checked: number): string {
  if (checked === 0) return "0%";
  const share = (passing / checked) * 100;
  return `${share === 100 || share >= 99.95 ? (share === 100 ? "100" : "99.9") : share.toFixed(1).replace(/\.0$/, "")}%`;
}

export function suggestRules(profile: TableProfile): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const column of profile.columns) suggestions.push(...forColumn(column, profile.rows));
  return suggestions;
}

function forColumn(c: ColumnProfile, rows: number): Suggestion[] {
  const out: Suggestion[] = [];
  const name = c.name;
  const add = (kind: RuleKind, text: string, passing: number, checked: number, change: Suggestion["change"], extra: Partial<Suggestion> = {}) =>
    out.push({ id: `${name}/${kind}${extra.notInFuture ? "/future" : ""}`, column: name, kind, text: `${text} ${shareText(passing, checked)} already pass.`, passing, checked, change, ...extra });
  if (rows === 0 || c.present === 0) return out;

  if (c.blanks / rows <= 0.05) add("required", `${name} should never be blank.`, c.present, rows, { required: true });

  const t = c.inferredType;
  if (t === "integer") add("type", `${name} should be a whole number.`, c.types.integer, c.present, { type: "integer" });
  else if (t === "number") add("type", `${name} should be a number.`, c.types.number, c.present, { type: "number" });
  else if (t === "date-uk") add("type", `${name} should be a date written as 25/11/2026.`, c.types["date-uk"], c.present, { type: "date", dateStyle: "uk" });
  else if (t === "date") add("type", `${name} should be a date written as 2026-11-25.`, c.types.date, c.present, { type: "date", dateStyle: "iso" });
  else if (t === "datetime") add("type", `${name} should be a date and time.`, c.types.datetime, c.present, { type: "datetime", dateStyle: "iso" });
  else if (t === "boolean") add("type", `${name} should be TRUE or FALSE.`, c.types.boolean, c.present, { type: "boolean" });

  if (t === "string" || t === "integer") {
    // A UPRN is also a whole number, so it is suggested only when the column is named for it.
    const candidates = (Object.keys(FORMAT_PRESETS) as ProfiledFormat[]).filter((f) => c.formats[f] / c.present >= 0.9 && (f !== "uprn" || /uprn/i.test(name)));
    const best = candidates.sort((a, b) => c.formats[b] - c.formats[a])[0];
    if (best) add("format", `${name} should be ${FORMAT_PRESETS[best].label}.`, c.formats[best], c.present, { type: "string", preset: FORMAT_PRESETS[best].preset });
  }

  if (c.repeats !== null && c.present >= 20 && c.repeats / c.present <= 0.005 && (t === "string" || t === "integer")) {
    add("unique", `${name} should not repeat.`, c.present - c.repeats, c.present, { unique: true });
  }

  if (c.topValues && c.distinct <= 20 && c.present >= 30 && t !== "date" && t !== "date-uk" && t !== "number") {
    // Values too rare to be a category are most likely typing slips ("Closd"), so they are left out.
    const allowed = c.topValues.filter((v) => v.count >= Math.max(2, c.present * 0.002));
    const passing = allowed.reduce((sum, v) => sum + v.count, 0);
    if (allowed.length >= 2 && passing / c.present >= 0.9) {
      const values = allowed.map((v) => v.value).sort((a, b) => a.localeCompare(b, "en-GB"));
      add("enum", `${name} should be one of ${values.length <= 6 ? values.join(", ") : `${values.length} values (${values.slice(0, 4).join(", ")}…)`}.`, passing, c.present, { allowedValues: values });
    }
  }

  if ((t === "integer" || t === "number") && c.negative / c.present <= 0.05) add("minimum", `${name} should not be negative.`, c.types.number - c.negative, c.types.number, { minimum: "0" });
  if ((t === "date" || t === "date-uk") && c.future / c.present <= 0.05) {
    const dated = c.types.date + c.types["date-uk"];
    add("freshness", `${name} should not be after today.`, dated - c.future, dated, { type: "date", dateStyle: t === "date-uk" ? "uk" : "iso" }, { notInFuture: true });
  }
  return out;
}

/** Accepts a suggestion: the column's form changes (a "not after today" suggestion adds a freshness rule). */
export function applySuggestion(form: RuleSetForm, suggestion: Suggestion): RuleSetForm {
  const exists = form.columns.some((c) => c.name === suggestion.column);
  const columns = exists ? form.columns.map((c) => (c.name === suggestion.column ? { ...c, ...suggestion.change } : c)) : [...form.columns, { ...blankColumn(suggestion.column), ...suggestion.change }];
  if (!suggestion.notInFuture) return { ...form, columns };
  const others = form.freshness.filter((f) => f.field !== suggestion.column);
  const current = form.freshness.find((f) => f.field === suggestion.column);
  return { ...form, columns, freshness: [...others, { ...(current ?? {}), field: suggestion.column, notInFuture: true }] };
}
