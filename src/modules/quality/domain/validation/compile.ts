import { type CastPlan, type LogicalValue, isoDayNumber, planCast } from "./casting";
import { DEFAULT_DIMENSION, type Dimension, isDimension, isRuleKind, type RuleKind } from "./dimensions";
import { compilePattern } from "./patterns";
import { type CompiledLogic, compileLogic } from "./row-logic";
import { SchemaError, UnusableInputError } from "./schema-error";
import { FIELD_TYPES, type FieldDescriptor, type ForeignKey, type Freshness, type ReferenceLists, type RowRule, type TableSchema, type Threshold } from "./schema-types";
import { ANY_FAILURE, parseThreshold, type ThresholdSpec } from "./thresholds";

/**
 * Compiling a rule set: check every part of the Table Schema once, name every problem, and turn
 * each field into a plan of small checks over its logical value, so a run does no parsing of rules.
 */

/** Where a rule's "checked" count comes from: every row, present values, values of the right type, or its own count. */
export type CheckedFrom = "rows" | "present" | "valid" | "own";

export interface CompiledRule {
  index: number;
  id: string;
  kind: RuleKind;
  field: string | null;
  /** The field the failure's value comes from, or -1 (row rules, composite keys). */
  fieldIndex: number;
  /** Fields whose values a failure shows (row rules, composite keys). */
  fieldIndexes: number[];
  dimension: Dimension;
  description: string;
  message: string | undefined;
  warn: ThresholdSpec | undefined;
  fail: ThresholdSpec;
  checkedFrom: CheckedFrom;
}

export interface ValueCheck {
  rule: number;
  test: (value: LogicalValue, raw: string) => boolean;
}

export interface FieldPlan {
  index: number;
  name: string;
  label: string;
  descriptor: FieldDescriptor;
  cast: CastPlan;
  /** Null when only the empty string counts as missing (the default, checked without a lookup). */
  missingValues: ReadonlySet<string> | null;
  requiredRule: number;
  /** Set when the field is required only because it is part of the primary key. */
  requiredByKey: boolean;
  castRule: number;
  checks: ValueCheck[];
  uniqueRule: number;
  enumValues: readonly string[] | null;
  numericEnum: boolean;
  bounds: { minimum?: LogicalValue; maximum?: LogicalValue; exclusiveMinimum?: LogicalValue; exclusiveMaximum?: LogicalValue; minLength?: number; maxLength?: number };
  pattern: string | undefined;
}

export interface KeyPlan {
  rule: number;
  fields: number[];
}

export interface ForeignKeyPlan {
  rule: number;
  fields: number[];
  values: ReadonlySet<string>;
  resource: string;
}

export interface RowRulePlan {
  rule: number;
  when: CompiledLogic | undefined;
  assert: CompiledLogic;
}

export interface FreshnessPlan {
  rule: number;
  field: number;
  maxAgeDays: number | undefined;
  notInFuture: boolean;
  datetime: boolean;
}

export interface CompiledSchema {
  schema: TableSchema;
  fields: FieldPlan[];
  rules: CompiledRule[];
  primaryKey: KeyPlan | null;
  uniqueKeys: KeyPlan[];
  foreignKeys: ForeignKeyPlan[];
  rowRules: RowRulePlan[];
  freshness: FreshnessPlan[];
  /** Fields named in the fix list's record key. */
  recordKey: number[];
  /** True when any rule needs a field's logical value after its own checks (row rules, freshness). */
  keepsLogicalValues: boolean;
}

export interface CompileOptions {
  /** Reference lists for foreign keys: resource name → rows. */
  references?: ReferenceLists;
  /** Excel's typed dates arrive as ISO text; accept it in date fields with a written pattern. */
  isoDatesAccepted?: boolean;
  /** Check the rules only: foreign keys are not resolved against reference lists. */
  withoutReferences?: boolean;
}

const FIELD_PROPERTIES = new Set(["name", "title", "description", "type", "format", "example", "constraints", "rdfType", "missingValues", "trueValues", "falseValues", "decimalChar", "groupChar", "bareNumber", "categories", "categoriesOrdered", "dq:message", "dq:dimension", "dq:warn", "dq:fail"]);
const CONSTRAINTS = new Set(["required", "unique", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern", "enum"]);
const SCHEMA_PROPERTIES = new Set(["$schema", "name", "title", "description", "fields", "missingValues", "primaryKey", "uniqueKeys", "foreignKeys", "fieldsMatch", "dq:rowRules", "dq:freshness", "dq:warn", "dq:fail", "dq:recordKey"]);
const ROW_RULE_PROPERTIES = new Set(["id", "title", "message", "dimension", "when", "assert", "warn", "fail"]);
const FRESHNESS_PROPERTIES = new Set(["field", "maxAgeDays", "notInFuture", "message", "dimension", "warn", "fail"]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isPrefixed = (key: string) => /^[A-Za-z][A-Za-z0-9_-]*:/.test(key);
const asList = (v: string[] | string) => (Array.isArray(v) ? v : [v]);

/** Reads a rule set: JSON text or a parsed object. Throws SchemaError naming every problem. */
export function compileSchema(input: unknown, options: CompileOptions = {}): CompiledSchema {
  return new Compiler(options).compile(input);
}

/** Checks a rule set without reference lists (for editors and uploads). Returns the schema, or throws SchemaError. */
export function checkSchema(input: unknown): TableSchema {
  return compileSchema(input, { withoutReferences: true }).schema;
}

class Compiler {
  private readonly problems: string[] = [];
  private readonly rules: CompiledRule[] = [];
  private fields: FieldPlan[] = [];
  private byName = new Map<string, number>();
  private defaultWarn: ThresholdSpec | undefined;
  private defaultFail: ThresholdSpec = ANY_FAILURE;

  constructor(private readonly options: CompileOptions) {}

  compile(input: unknown): CompiledSchema {
    let schema = input;
    if (typeof schema === "string") {
      try {
        schema = JSON.parse(schema) as unknown;
      } catch (error) {
        throw new SchemaError([`the file is not valid JSON (${(error as Error).message})`]);
      }
    }
    if (!isObject(schema)) throw new SchemaError(["a Table Schema is a JSON object with a \"fields\" list"]);
    if (!Array.isArray(schema.fields) || schema.fields.length === 0) throw new SchemaError(['it has no "fields" list (a Table Schema names at least one field)']);
    for (const key of Object.keys(schema)) {
      if (!SCHEMA_PROPERTIES.has(key) && !(isPrefixed(key) && !key.startsWith("dq:"))) {
        this.problems.push(key.startsWith("dq:") ? `"${key}" is not a data quality property we know (known: dq:rowRules, dq:freshness, dq:warn, dq:fail, dq:recordKey)` : `"${key}" is not part of Table Schema (extensions need a prefix, such as dq:)`);
      }
    }
    this.defaultWarn = this.threshold(schema["dq:warn"], "the rule set's dq:warn");
    this.defaultFail = this.threshold(schema["dq:fail"], "the rule set's dq:fail") ?? ANY_FAILURE;
    const schemaMissing = this.missingValues(schema.missingValues, "the rule set's missingValues");

    const fieldList = schema.fields as unknown[];
    const beforeNames = this.problems.length;
    fieldList.forEach((raw, i) => {
      if (!isObject(raw) || typeof raw.name !== "string" || raw.name.trim() === "") {
        this.problems.push(`field ${i + 1} has no name`);
        return;
      }
      if (this.byName.has(raw.name)) {
        this.problems.push(`the field name "${raw.name}" is used twice`);
        return;
      }
      this.byName.set(raw.name, -1);
    });
    if (this.problems.length > beforeNames) throw new SchemaError(this.problems);

    const primaryKeyNames = this.keyFields(schema.primaryKey, "primaryKey");
    const before = this.problems.length;
    fieldList.forEach((raw, i) => this.field(raw as FieldDescriptor & Record<string, unknown>, i, schemaMissing, primaryKeyNames.includes((raw as FieldDescriptor).name)));
    // Keys and row rules refer to fields by their plans: name the field problems first.
    if (this.problems.length > before) throw new SchemaError(this.problems);

    const primaryKey = primaryKeyNames.length ? this.key(primaryKeyNames, "primaryKey", "primaryKey") : null;
    const uniqueKeys = this.uniqueKeys(schema.uniqueKeys);
    const foreignKeys = this.foreignKeys(schema.foreignKeys);
    const rowRules = this.rowRules(schema["dq:rowRules"]);
    const freshness = this.freshness(schema["dq:freshness"]);
    const recordKeyNames = schema["dq:recordKey"] !== undefined ? this.keyFields(schema["dq:recordKey"], "dq:recordKey") : primaryKeyNames;
    if (schema.fieldsMatch !== undefined && !["exact", "equal", "subset", "superset", "partial"].includes(schema.fieldsMatch as string)) {
      this.problems.push(`fieldsMatch must be exact, equal, subset, superset or partial`);
    }
    if (this.problems.length) throw new SchemaError(this.problems);

    return {
      schema: schema as unknown as TableSchema,
      fields: this.fields,
      rules: this.rules,
      primaryKey,
      uniqueKeys,
      foreignKeys,
      rowRules,
      freshness,
      recordKey: recordKeyNames.map((n) => this.byName.get(n)!),
      keepsLogicalValues: rowRules.length > 0 || freshness.length > 0,
    };
  }

  private threshold(value: unknown, where: string): ThresholdSpec | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== "string" && typeof value !== "number") {
      this.problems.push(`${where} must be a percentage such as "2%" or a number of failures`);
      return undefined;
    }
    const parsed = parseThreshold(value as Threshold);
    if (typeof parsed === "string") {
      this.problems.push(`${where}: ${parsed}`);
      return undefined;
    }
    return parsed;
  }

  private missingValues(value: unknown, where: string): ReadonlySet<string> | null | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.problems.push(`${where} must be a list of texts`);
      return undefined;
    }
    const texts: string[] = [];
    for (const item of value) {
      if (typeof item === "string") texts.push(item);
      else if (isObject(item) && typeof item.value === "string") texts.push(item.value);
      else this.problems.push(`${where} must contain texts (found ${JSON.stringify(item)})`);
    }
    return texts.length === 1 && texts[0] === "" ? null : new Set(texts);
  }

  private addRule(rule: Omit<CompiledRule, "index" | "warn" | "fail" | "dimension"> & { dimension?: Dimension; warn?: ThresholdSpec; fail?: ThresholdSpec }): number {
    const index = this.rules.length;
    this.rules.push({ ...rule, index, dimension: rule.dimension ?? DEFAULT_DIMENSION[rule.kind], warn: rule.warn ?? this.defaultWarn, fail: rule.fail ?? this.defaultFail });
    return index;
  }

  private field(descriptor: FieldDescriptor & Record<string, unknown>, index: number, schemaMissing: ReadonlySet<string> | null | undefined, inPrimaryKey: boolean): void {
    const where = `field ${index + 1} ("${descriptor.name}")`;
    const problem = (text: string) => this.problems.push(`${where}: ${text}`);
    for (const key of Object.keys(descriptor)) {
      if (FIELD_PROPERTIES.has(key)) continue;
      if (key.startsWith("dq:")) problem(`"${key}" is not a data quality property we know (known: dq:message, dq:dimension, dq:warn, dq:fail)`);
      else if (!isPrefixed(key)) problem(`"${key}" is not a field property in Table Schema${CONSTRAINTS.has(key) ? ` (it belongs inside "constraints")` : ""}`);
    }
    if (descriptor.type !== undefined && !FIELD_TYPES.includes(descriptor.type)) {
      problem(`the type "${String(descriptor.type)}" is not supported (use ${FIELD_TYPES.join(", ")})`);
      return;
    }
    if (descriptor.format !== undefined && typeof descriptor.format !== "string") return void problem("format must be text");
    const cast = planCast(descriptor, this.options.isoDatesAccepted ?? false);
    if (typeof cast === "string") return void problem(cast);

    const constraints: Record<string, unknown> = descriptor.constraints === undefined ? {} : isObject(descriptor.constraints) ? descriptor.constraints : (problem("constraints must be an object"), {});
    for (const key of Object.keys(constraints)) if (!CONSTRAINTS.has(key)) problem(`the constraint "${key}" is not supported (use ${[...CONSTRAINTS].join(", ")})`);

    const messages = descriptor["dq:message"];
    if (messages !== undefined && typeof messages !== "string" && !(isObject(messages) && Object.entries(messages).every(([k, v]) => isRuleKind(k) && typeof v === "string"))) {
      problem(`dq:message must be text, or an object of rule names (required, pattern…) to texts`);
    }
    const dimensions = descriptor["dq:dimension"];
    if (dimensions !== undefined && !(isObject(dimensions) && Object.entries(dimensions).every(([k, v]) => isRuleKind(k) && isDimension(v)))) {
      problem(`dq:dimension must map rule names (required, pattern…) to one of completeness, uniqueness, consistency, timeliness, validity, accuracy`);
    }
    const warn = this.threshold(descriptor["dq:warn"], `${where} dq:warn`);
    const fail = this.threshold(descriptor["dq:fail"], `${where} dq:fail`);
    const label = descriptor.title?.trim() || descriptor.name;
    const messageFor = (kind: RuleKind) => (typeof messages === "string" ? messages : isObject(messages) ? (messages[kind] as string | undefined) : undefined);
    const dimensionFor = (kind: RuleKind) => (isObject(dimensions) ? (dimensions[kind] as Dimension | undefined) : undefined);
    const rule = (kind: RuleKind, description: string, checkedFrom: CheckedFrom, suffix: string = kind) =>
      this.addRule({ id: `${descriptor.name}/${suffix}`, kind, field: descriptor.name, fieldIndex: index, fieldIndexes: [index], description, message: messageFor(kind), dimension: dimensionFor(kind), warn, fail, checkedFrom });

    const fieldMissing = this.missingValues(descriptor.missingValues, `${where} missingValues`);
    const missingValues = fieldMissing !== undefined ? fieldMissing : schemaMissing !== undefined ? schemaMissing : null;

    const bool = (key: string) => {
      const v = constraints[key];
      if (v !== undefined && typeof v !== "boolean") problem(`${key} must be true or false`);
      return v === true;
    };
    const required = bool("required");
    const unique = bool("unique");
    const plan: FieldPlan = {
      index,
      name: descriptor.name,
      label,
      descriptor,
      cast,
      missingValues,
      requiredRule: -1,
      requiredByKey: false,
      castRule: -1,
      checks: [],
      uniqueRule: -1,
      enumValues: null,
      numericEnum: false,
      bounds: {},
      pattern: undefined,
    };
    if (required || inPrimaryKey) {
      plan.requiredRule = rule("required", `${label} must not be blank`, "rows");
      plan.requiredByKey = !required;
    }
    if (descriptor.type !== undefined && descriptor.type !== "string" && descriptor.type !== "any") plan.castRule = rule("type", `${label} must be ${cast.expected}`, "present");
    else if (cast.expected !== "text") plan.castRule = rule("format", `${label} must be ${cast.expected}`, "present");

    const literal = (key: string): LogicalValue | undefined => {
      const v = constraints[key];
      if (v === undefined) return undefined;
      if (!cast.comparable) return void problem(`${key} does not apply to ${descriptor.type ?? "string"} fields`);
      const text = typeof v === "number" ? String(v) : typeof v === "string" ? v : undefined;
      const value = text === undefined ? undefined : (cast.cast(text) ?? (descriptor.type === "date" ? isoDayNumber(text) : undefined));
      if (value === undefined) problem(`${key} ${JSON.stringify(v)} is not ${cast.expected}`);
      return value;
    };
    const length = (key: string): number | undefined => {
      const v = constraints[key];
      if (v === undefined) return undefined;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0) return void problem(`${key} must be a whole number of characters`);
      return v;
    };

    const minLength = length("minLength");
    const maxLength = length("maxLength");
    if (minLength !== undefined) {
      plan.bounds.minLength = minLength;
      plan.checks.push({ rule: rule("minLength", `${label} must have at least ${minLength} characters`, "valid"), test: (_v, raw) => raw.length >= minLength && (raw.length >= 2 * minLength || codePoints(raw) >= minLength) });
    }
    if (maxLength !== undefined) {
      plan.bounds.maxLength = maxLength;
      plan.checks.push({ rule: rule("maxLength", `${label} must have at most ${maxLength} characters`, "valid"), test: (_v, raw) => raw.length <= maxLength || codePoints(raw) <= maxLength });
    }
    if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) problem(`minLength (${minLength}) is more than maxLength (${maxLength})`);

    const bound = (key: "minimum" | "exclusiveMinimum" | "maximum" | "exclusiveMaximum") => {
      const value = literal(key);
      if (value === undefined) return;
      plan.bounds[key] = value;
      const kind: RuleKind = key.toLowerCase().includes("min") ? "minimum" : "maximum";
      const shown = cast.show(value);
      const text = { minimum: `at least ${shown}`, exclusiveMinimum: `more than ${shown}`, maximum: `at most ${shown}`, exclusiveMaximum: `less than ${shown}` }[key];
      const test = {
        minimum: (v: LogicalValue) => (v as number) >= (value as number),
        exclusiveMinimum: (v: LogicalValue) => (v as number) > (value as number),
        maximum: (v: LogicalValue) => (v as number) <= (value as number),
        exclusiveMaximum: (v: LogicalValue) => (v as number) < (value as number),
      }[key];
      plan.checks.push({ rule: rule(kind, `${label} must be ${text}`, "valid", key.startsWith("exclusive") ? key : kind), test });
    };
    bound("minimum");
    bound("exclusiveMinimum");
    bound("maximum");
    bound("exclusiveMaximum");
    const low = plan.bounds.minimum ?? plan.bounds.exclusiveMinimum;
    const high = plan.bounds.maximum ?? plan.bounds.exclusiveMaximum;
    if (low !== undefined && high !== undefined && (low as number) > (high as number)) problem(`the minimum (${cast.show(low)}) is more than the maximum (${cast.show(high)})`);

    if (constraints.pattern !== undefined) {
      if (typeof constraints.pattern !== "string") problem("pattern must be text");
      else {
        const regex = compilePattern(constraints.pattern);
        if (typeof regex === "string") problem(regex);
        else {
          plan.pattern = constraints.pattern;
          plan.checks.push({ rule: rule("pattern", `${label} must match the pattern ${constraints.pattern}`, "valid"), test: (_v, raw) => regex.test(raw) });
        }
      }
    }

    const allowed = constraints.enum !== undefined ? constraints.enum : descriptor.categories;
    if (allowed !== undefined) {
      const source = constraints.enum !== undefined ? "enum" : "categories";
      const members = Array.isArray(allowed) ? allowed.map((m) => (isObject(m) && "value" in m ? m.value : m)) : undefined;
      if (!members || members.length === 0) problem(`${source} must be a non-empty list of allowed values`);
      else {
        const values = new Set<LogicalValue>();
        for (const member of members) {
          if (typeof member !== "string" && typeof member !== "number" && typeof member !== "boolean") {
            problem(`${source} contains ${JSON.stringify(member)}, which is not a value`);
            continue;
          }
          const value = typeof member === "string" ? cast.cast(member) : typeof member === "number" && cast.comparable ? member : cast.cast(String(member));
          if (value === undefined) problem(`${source} contains ${JSON.stringify(member)}, which is not ${cast.expected}`);
          else values.add(value);
        }
        plan.enumValues = members.map(String);
        plan.numericEnum = cast.comparable;
        const normalised = new Set([...values].map((v) => (typeof v === "string" ? v.normalize("NFC") : v)));
        // A value typed on another system may be the same text in decomposed Unicode (e + ´ for é).
        plan.checks.push({
          rule: rule("enum", `${label} must be one of the allowed values`, "valid"),
          test: (v) => values.has(v) || (typeof v === "string" && !isAscii(v) && normalised.has(v.normalize("NFC"))),
        });
      }
    }
    if (unique) plan.uniqueRule = rule("unique", `${label} must not repeat`, "valid");
    this.fields[index] = plan;
    this.byName.set(descriptor.name, index);
  }

  private keyFields(value: unknown, where: string): string[] {
    if (value === undefined) return [];
    const names = typeof value === "string" ? [value] : Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined;
    if (!names || names.length === 0) {
      this.problems.push(`${where} must be a field name or a list of field names`);
      return [];
    }
    const unknown = names.filter((n) => !this.byName.has(n));
    if (unknown.length) this.problems.push(`${where} names ${unknown.map((n) => `"${n}"`).join(", ")}, which ${unknown.length === 1 ? "is not a field" : "are not fields"}`);
    return names.filter((n) => this.byName.has(n));
  }

  private key(names: string[], id: string, kind: "primaryKey" | "unique"): KeyPlan {
    const fields = names.map((n) => this.byName.get(n)!);
    const labels = fields.map((f) => this.fields[f]!.label);
    const description = kind === "primaryKey" ? `${labels.join(" + ")} must identify each record once` : `The combination ${labels.join(" + ")} must not repeat`;
    const rule = this.addRule({ id, kind, field: names.join(", "), fieldIndex: fields.length === 1 ? fields[0]! : -1, fieldIndexes: fields, description, message: undefined, checkedFrom: "own" });
    return { rule, fields };
  }

  private uniqueKeys(value: unknown): KeyPlan[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push("uniqueKeys must be a list of field lists");
      return [];
    }
    return value.flatMap((names, i) => {
      const fields = this.keyFields(names, `uniqueKeys ${i + 1}`);
      return fields.length ? [this.key(fields, `uniqueKeys/${fields.join("+")}`, "unique")] : [];
    });
  }

  private foreignKeys(value: unknown): ForeignKeyPlan[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push("foreignKeys must be a list");
      return [];
    }
    const plans: ForeignKeyPlan[] = [];
    (value as unknown[]).forEach((raw, i) => {
      const where = `foreign key ${i + 1}`;
      if (!isObject(raw) || !isObject(raw.reference)) return void this.problems.push(`${where} needs "fields" and a "reference"`);
      const fk = raw as unknown as ForeignKey;
      const names = this.keyFields(fk.fields, where);
      const refFields = typeof fk.reference.fields === "string" || Array.isArray(fk.reference.fields) ? asList(fk.reference.fields) : [];
      if (refFields.length !== asList(fk.fields ?? []).length) return void this.problems.push(`${where} must name as many reference fields as fields`);
      const resource = fk.reference.resource;
      if (resource === undefined || resource === "") return void this.problems.push(`${where} refers to this same table, which is not supported yet; name a reference list in "resource"`);
      if (typeof resource !== "string") return void this.problems.push(`${where}: the reference resource must be a name`);
      if (fk["dq:dimension"] !== undefined && !isDimension(fk["dq:dimension"])) this.problems.push(`${where}: dq:dimension is not one of the six dimensions`);
      if (names.length !== refFields.length) return;
      let values: Set<string> = new Set();
      if (!this.options.withoutReferences) {
        const rows = this.options.references?.[resource];
        if (!rows) throw new UnusableInputError(`The rules check values against the reference list "${resource}", but it was not provided.`);
        const missing = refFields.filter((f) => rows.length > 0 && !(f in rows[0]!));
        if (missing.length) throw new UnusableInputError(`The reference list "${resource}" has no column ${missing.map((m) => `"${m}"`).join(", ")}.`);
        values = new Set(rows.map((row) => refFields.map((f) => row[f] ?? "").join("\u001f")));
      }
      const fields = names.map((n) => this.byName.get(n)!);
      const labels = fields.map((f) => this.fields[f]!.label).join(" + ");
      const rule = this.addRule({
        id: `foreignKey/${names.join("+")}/${resource}`,
        kind: "foreignKey",
        field: names.join(", "),
        fieldIndex: fields.length === 1 ? fields[0]! : -1,
        fieldIndexes: fields,
        description: `${labels} must be in the reference list "${resource}"`,
        message: typeof fk["dq:message"] === "string" ? fk["dq:message"] : undefined,
        dimension: isDimension(fk["dq:dimension"]) ? fk["dq:dimension"] : undefined,
        checkedFrom: "own",
      });
      plans.push({ rule, fields, values, resource });
    });
    return plans;
  }

  private rowRules(value: unknown): RowRulePlan[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push("dq:rowRules must be a list of rules");
      return [];
    }
    const ids = new Set<string>();
    const plans: RowRulePlan[] = [];
    (value as unknown[]).forEach((raw, i) => {
      if (!isObject(raw) || typeof raw.id !== "string" || raw.id === "") return void this.problems.push(`row rule ${i + 1} needs an "id"`);
      const where = `row rule "${raw.id}"`;
      if (ids.has(raw.id)) return void this.problems.push(`${where} is declared twice`);
      ids.add(raw.id);
      for (const key of Object.keys(raw)) if (!ROW_RULE_PROPERTIES.has(key) && !isPrefixed(key)) this.problems.push(`${where}: "${key}" is not a row rule property (use ${[...ROW_RULE_PROPERTIES].join(", ")})`);
      if (raw.assert === undefined) return void this.problems.push(`${where} has no "assert" (the condition every row must meet)`);
      if (raw.dimension !== undefined && !isDimension(raw.dimension)) this.problems.push(`${where}: dimension must be one of completeness, uniqueness, consistency, timeliness, validity, accuracy`);
      const rule = raw as unknown as RowRule;
      const context = {
        fieldIndex: (name: string) => this.byName.get(name),
        castLiteral: (field: number, literal: string) => {
          const plan = this.fields[field]!;
          return plan.cast.cast(literal) ?? (plan.descriptor.type === "date" ? isoDayNumber(literal) : undefined);
        },
      };
      let when: CompiledLogic | undefined;
      let assert: CompiledLogic;
      try {
        when = rule.when === undefined ? undefined : compileLogic(rule.when, context);
        assert = compileLogic(rule.assert, context);
      } catch (error) {
        return void this.problems.push(`${where}: ${(error as Error).message}`);
      }
      const fieldIndexes = [...new Set([...assert.fields, ...(when?.fields ?? [])])];
      const index = this.addRule({
        id: `row/${rule.id}`,
        kind: "row",
        field: null,
        fieldIndex: -1,
        fieldIndexes,
        description: rule.title ?? rule.message ?? `Each row must meet the rule "${rule.id}"`,
        message: rule.message,
        dimension: isDimension(rule.dimension) ? rule.dimension : undefined,
        warn: this.threshold(rule.warn, `${where} warn`),
        fail: this.threshold(rule.fail, `${where} fail`),
        checkedFrom: "own",
      });
      plans.push({ rule: index, when, assert });
    });
    return plans;
  }

  private freshness(value: unknown): FreshnessPlan[] {
    if (value === undefined) return [];
    const list = Array.isArray(value) ? (value as unknown[]) : [value];
    const plans: FreshnessPlan[] = [];
    list.forEach((raw, i) => {
      const where = `dq:freshness${list.length > 1 ? ` ${i + 1}` : ""}`;
      if (!isObject(raw) || typeof raw.field !== "string") return void this.problems.push(`${where} needs the "field" holding the record's date`);
      for (const key of Object.keys(raw)) if (!FRESHNESS_PROPERTIES.has(key) && !isPrefixed(key)) this.problems.push(`${where}: "${key}" is not a freshness property (use ${[...FRESHNESS_PROPERTIES].join(", ")})`);
      const fresh = raw as unknown as Freshness;
      const field = this.byName.get(fresh.field);
      if (field === undefined) return void this.problems.push(`${where} names "${fresh.field}", which is not a field`);
      const type = this.fields[field]!.descriptor.type;
      if (type !== "date" && type !== "datetime") return void this.problems.push(`${where}: "${fresh.field}" must be a date or datetime field`);
      if (fresh.maxAgeDays !== undefined && (typeof fresh.maxAgeDays !== "number" || !Number.isInteger(fresh.maxAgeDays) || fresh.maxAgeDays < 0)) return void this.problems.push(`${where}: maxAgeDays must be a whole number of days`);
      if (fresh.notInFuture !== undefined && typeof fresh.notInFuture !== "boolean") return void this.problems.push(`${where}: notInFuture must be true or false`);
      if (fresh.maxAgeDays === undefined && !fresh.notInFuture) return void this.problems.push(`${where} needs maxAgeDays, notInFuture or both`);
      if (fresh.dimension !== undefined && !isDimension(fresh.dimension)) this.problems.push(`${where}: dimension is not one of the six dimensions`);
      const label = this.fields[field]!.label;
      const parts = [fresh.notInFuture ? `no ${label} after the run date` : "", fresh.maxAgeDays !== undefined ? `the newest ${label} within ${fresh.maxAgeDays} days of the run date` : ""].filter(Boolean);
      const rule = this.addRule({
        id: `${fresh.field}/freshness`,
        kind: "freshness",
        field: fresh.field,
        fieldIndex: field,
        fieldIndexes: [field],
        description: `${parts.join(", and ").replace(/^./, (c) => c.toUpperCase())}`,
        message: fresh.message,
        dimension: isDimension(fresh.dimension) ? fresh.dimension : undefined,
        warn: this.threshold(fresh.warn, `${where} warn`),
        fail: this.threshold(fresh.fail, `${where} fail`),
        checkedFrom: "own",
      });
      plans.push({ rule, field, maxAgeDays: fresh.maxAgeDays, notInFuture: fresh.notInFuture === true, datetime: type === "datetime" });
    });
    return plans;
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Characters as people count them: an emoji or a letter outside the Basic Multilingual Plane is one. */
export function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) count++;
    else {
      count++;
      i++;
    }
  }
  return count;
}
