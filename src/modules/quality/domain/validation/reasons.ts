import { showDay } from "./casting";
import type { CompiledRule, CompiledSchema, FieldPlan } from "./compile";

/**
 * Why a value failed, in words an officer can act on without knowing the rule format: short, with
 * a hint when the cause is likely a typing slip (a trailing space, the wrong capitals). The rule
 * set's own `dq:message` wins when there is one. Built only for failures that are kept.
 */
export function failureReason(compiled: CompiledSchema, rule: CompiledRule, raw: string | undefined, extra: number, runDay: number): string {
  if (rule.message) return rule.message;
  const field: FieldPlan | undefined = rule.fieldIndex >= 0 ? compiled.fields[rule.fieldIndex] : undefined;
  const value = raw ?? "";
  switch (rule.kind) {
    case "required":
      if (raw === undefined && field) return `Blank: the file has no value here, and ${field.label} is required${field.requiredByKey ? " (it identifies the record)" : ""}`;
      return `Blank, but ${field?.label ?? "this field"} is required${field?.requiredByKey ? " (it identifies the record)" : ""}`;
    case "type":
    case "format":
      return `Not ${field!.cast.expected}${whitespaceHint(value)}`;
    case "pattern":
      return `Does not match the expected pattern ${field!.pattern}${whitespaceHint(value)}`;
    case "enum": {
      const allowed = field!.enumValues ?? [];
      const near = allowed.find((a) => a.trim().toLowerCase() === value.trim().toLowerCase());
      const hint = near !== undefined ? ` (did you mean "${near}"?)` : whitespaceHint(value);
      const list = allowed.length <= 8 ? allowed.join(", ") : `${allowed.slice(0, 8).join(", ")} and ${allowed.length - 8} more`;
      return `Not one of the allowed values: ${list}${hint}`;
    }
    case "minimum":
    case "maximum": {
      const b = field!.bounds;
      const show = field!.cast.show;
      if (rule.id.endsWith("/exclusiveMinimum")) return `Must be more than ${show(b.exclusiveMinimum!)}`;
      if (rule.id.endsWith("/exclusiveMaximum")) return `Must be less than ${show(b.exclusiveMaximum!)}`;
      return rule.kind === "minimum" ? `Less than the minimum, ${show(b.minimum!)}` : `More than the maximum, ${show(b.maximum!)}`;
    }
    case "minLength":
      return `Shorter than ${field!.bounds.minLength} characters`;
    case "maxLength":
      return `Longer than ${field!.bounds.maxLength} characters`;
    case "unique":
      return `Repeats the value in row ${extra}`;
    case "primaryKey":
      return `The same record key as row ${extra}`;
    case "foreignKey": {
      const plan = compiled.foreignKeys.find((fk) => fk.rule === rule.index)!;
      return `Not in the reference list "${plan.resource}"${whitespaceHint(value)}`;
    }
    case "row":
      return rule.description;
    case "freshness": {
      const plan = compiled.freshness.find((f) => f.rule === rule.index)!;
      if (extra === FRESHNESS_STALE) {
        return `The newest ${field!.label} is ${value || "missing"}, which is more than ${plan.maxAgeDays} days before the run date (${showDay(runDay)})`;
      }
      return `After the run date (${showDay(runDay)})`;
    }
  }
}

/** Marks the file-level freshness finding (no row). */
export const FRESHNESS_STALE = -1;

function whitespaceHint(value: string): string {
  if (value !== "" && value.trim() === "") return " (only spaces)";
  if (/^\s/.test(value)) return " (it starts with a space)";
  if (/\s$/.test(value)) return " (it ends with a space)";
  return "";
}
