import type { LogicalValue } from "./casting";
import type { LogicExpression } from "./schema-types";

/**
 * Row rules are data, not code: a small subset of JSON Logic (jsonlogic.com) compiled once into
 * closures over the row's logical values. Dates compare as dates and numbers as numbers, because a
 * `var` yields the field's typed value; a literal compared with a field is read as that field's type.
 * Only these operators exist, so a rule set can never run anything else.
 */
export const LOGIC_OPERATORS = ["var", "==", "!=", "===", "!==", "<", "<=", ">", ">=", "and", "or", "!", "!!", "in", "if", "+", "-"] as const;

export type RowValues = readonly (LogicalValue | null)[];
export type Evaluator = (values: RowValues) => unknown;

export interface LogicContext {
  fieldIndex: (name: string) => number | undefined;
  /** Reads a literal as the named field's type (e.g. "2020-01-01" as a date); undefined when it is not. */
  castLiteral: (fieldIndex: number, literal: string) => LogicalValue | undefined;
}

export interface CompiledLogic {
  evaluate: Evaluator;
  fields: number[];
}

/** JSON Logic truthiness: 0, "", null and [] are false. */
const truthy = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));

function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return a === b;
}

function less(a: unknown, b: unknown, orEqual: boolean): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  if (typeof a !== typeof b) return false;
  return orEqual ? (a as number) <= (b as number) : (a as number) < (b as number);
}

/** Compiles an expression, or throws an Error whose message names the problem (the caller adds the rule's id). */
export function compileLogic(expression: LogicExpression, context: LogicContext): CompiledLogic {
  const fields = new Set<number>();

  function varIndex(expr: LogicExpression): number | undefined {
    if (expr && typeof expr === "object" && !Array.isArray(expr) && Object.keys(expr).length === 1 && "var" in expr) {
      const arg = expr.var;
      const name = Array.isArray(arg) ? arg[0] : arg;
      return typeof name === "string" ? context.fieldIndex(name) : undefined;
    }
    return undefined;
  }

  /** Compiles comparison operands, reading a text literal as the type of the field it is compared with. */
  function operands(args: LogicExpression[], op: string): Evaluator[] {
    const typedBy = args.map(varIndex).find((i) => i !== undefined);
    return args.map((arg) => {
      if (typedBy !== undefined && typeof arg === "string") {
        const value = context.castLiteral(typedBy, arg);
        if (value === undefined) throw new Error(`"${arg}" in "${op}" cannot be read as the type of the field it is compared with`);
        return () => value;
      }
      return compile(arg);
    });
  }

  function compile(expr: LogicExpression): Evaluator {
    if (expr === null || typeof expr !== "object") return () => expr;
    if (Array.isArray(expr)) {
      const items = expr.map(compile);
      return (v) => items.map((item) => item(v));
    }
    const keys = Object.keys(expr);
    if (keys.length !== 1) throw new Error(`each operation must have exactly one operator, found ${keys.length ? keys.map((k) => `"${k}"`).join(", ") : "none"}`);
    const op = keys[0]!;
    const raw = expr[op]!;
    const args: LogicExpression[] = Array.isArray(raw) ? raw : [raw];
    switch (op) {
      case "var": {
        const name = args[0];
        if (typeof name !== "string") throw new Error(`"var" needs a field name`);
        const index = context.fieldIndex(name);
        if (index === undefined) throw new Error(`it refers to the field "${name}", which is not in the rules`);
        fields.add(index);
        const fallback = args[1] ?? null;
        return (v) => v[index] ?? fallback;
      }
      case "==":
      case "===":
      case "!=":
      case "!==": {
        if (args.length !== 2) throw new Error(`"${op}" compares exactly two values`);
        const [a, b] = operands(args, op) as [Evaluator, Evaluator];
        return op.startsWith("=") ? (v) => sameValue(a(v), b(v)) : (v) => !sameValue(a(v), b(v));
      }
      case "<":
      case "<=":
      case ">":
      case ">=": {
        if (args.length !== 2 && !(args.length === 3 && op.startsWith("<"))) throw new Error(`"${op}" compares two values (or three, for "between")`);
        const ops = operands(args, op);
        const orEqual = op.endsWith("=");
        if (ops.length === 3) {
          const [lo, x, hi] = ops as [Evaluator, Evaluator, Evaluator];
          return (v) => {
            const value = x(v);
            return less(lo(v), value, orEqual) && less(value, hi(v), orEqual);
          };
        }
        const [a, b] = ops as [Evaluator, Evaluator];
        return op.startsWith("<") ? (v) => less(a(v), b(v), orEqual) : (v) => less(b(v), a(v), orEqual);
      }
      case "and": {
        const parts = args.map(compile);
        return (v) => {
          let last: unknown = true;
          for (const part of parts) {
            last = part(v);
            if (!truthy(last)) return last;
          }
          return last;
        };
      }
      case "or": {
        const parts = args.map(compile);
        return (v) => {
          let last: unknown = false;
          for (const part of parts) {
            last = part(v);
            if (truthy(last)) return last;
          }
          return last;
        };
      }
      case "!": {
        const a = compile(args[0] ?? null);
        return (v) => !truthy(a(v));
      }
      case "!!": {
        const a = compile(args[0] ?? null);
        return (v) => truthy(a(v));
      }
      case "in": {
        if (args.length !== 2) throw new Error(`"in" needs a value and a list`);
        const list = args[1];
        const typedBy = varIndex(args[0]!);
        if (Array.isArray(list) && list.every((item) => item === null || typeof item !== "object")) {
          const members = new Set(list.map((item) => (typedBy !== undefined && typeof item === "string" ? (context.castLiteral(typedBy, item) ?? item) : item)));
          const a = compile(args[0]!);
          return (v) => members.has(a(v) as LogicalValue);
        }
        const [a, b] = [compile(args[0]!), compile(list!)];
        return (v) => {
          const haystack = b(v);
          const needle = a(v);
          if (typeof haystack === "string") return typeof needle === "string" && haystack.includes(needle);
          return Array.isArray(haystack) && haystack.includes(needle);
        };
      }
      case "if": {
        const parts = args.map(compile);
        return (v) => {
          let i = 0;
          for (; i + 1 < parts.length; i += 2) if (truthy(parts[i]!(v))) return parts[i + 1]!(v);
          return i < parts.length ? parts[i]!(v) : null;
        };
      }
      case "+":
      case "-": {
        const parts = args.map(compile);
        const sign = op === "+" ? 1 : -1;
        return (v) => {
          const first = parts[0]?.(v);
          if (typeof first !== "number") return null;
          if (parts.length === 1) return sign * first;
          let total = first;
          for (let i = 1; i < parts.length; i++) {
            const next = parts[i]!(v);
            if (typeof next !== "number") return null;
            total += sign * next;
          }
          return total;
        };
      }
      default:
        throw new Error(`the operator "${op}" is not allowed (use ${LOGIC_OPERATORS.join(" ")})`);
    }
  }

  const evaluate = compile(expression);
  return { evaluate, fields: [...fields] };
}

export { truthy as isTruthy };
