/**
 * The part of SharePoint's calculated-column formulas the local tenant evaluates: numbers, text in
 * double quotes, `[Column]` references, + - * / & (text join), comparisons (= <> < > <= >=),
 * TRUE/FALSE and parentheses. Functions (IF, SUM, TODAY…) are real SharePoint but not served here:
 * a formula using one is refused with 501 when the column is created, never evaluated wrongly.
 */
export type FormulaValue = number | string | boolean | null;

export class FormulaSyntaxError extends Error {}
export class FormulaNotSupportedError extends Error {}

type Node =
  | { type: "value"; value: FormulaValue }
  | { type: "ref"; name: string }
  | { type: "neg"; operand: Node }
  | { type: "binary"; op: string; left: Node; right: Node };

export interface Formula {
  /** Column names referenced, as written between brackets. */
  readonly references: readonly string[];
  evaluate(valueOf: (reference: string) => FormulaValue): FormulaValue;
}

type Token = { kind: "number"; value: number } | { kind: "text"; value: string } | { kind: "ref"; name: string } | { kind: "op"; op: string } | { kind: "word"; word: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const m = /^\d*\.?\d+(?:[eE][+-]?\d+)?/.exec(source.slice(i));
      if (!m) throw new FormulaSyntaxError(`Unexpected '${ch}'.`);
      tokens.push({ kind: "number", value: Number(m[0]) });
      i += m[0].length;
    } else if (ch === '"') {
      let text = "";
      i++;
      for (;;) {
        if (i >= source.length) throw new FormulaSyntaxError("Unterminated text.");
        if (source[i] === '"' && source[i + 1] === '"') {
          text += '"';
          i += 2;
        } else if (source[i] === '"') {
          i++;
          break;
        } else text += source[i++];
      }
      tokens.push({ kind: "text", value: text });
    } else if (ch === "[") {
      const end = source.indexOf("]", i);
      if (end < 0) throw new FormulaSyntaxError("Unterminated column reference.");
      tokens.push({ kind: "ref", name: source.slice(i + 1, end) });
      i = end + 1;
    } else if (/[<>]/.test(ch) && /[=>]/.test(source[i + 1] ?? "") && !(ch === ">" && source[i + 1] === ">")) {
      tokens.push({ kind: "op", op: source.slice(i, i + 2) });
      i += 2;
    } else if ("+-*/&=<>(),".includes(ch)) {
      tokens.push({ kind: "op", op: ch });
      i++;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(source.slice(i))!;
      tokens.push({ kind: "word", word: m[0] });
      i += m[0].length;
    } else {
      throw new FormulaSyntaxError(`Unexpected '${ch}'.`);
    }
  }
  return tokens;
}

function parse(tokens: Token[]): Node {
  let pos = 0;
  const isOp = (...ops: string[]) => {
    const t = tokens[pos];
    return t?.kind === "op" && ops.includes(t.op) ? t.op : undefined;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let left = next();
    for (let op = isOp(...ops); op; op = isOp(...ops)) {
      pos++;
      left = { type: "binary", op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) throw new FormulaSyntaxError("The formula ends too early.");
    if (t.kind === "number") return { type: "value", value: t.value };
    if (t.kind === "text") return { type: "value", value: t.value };
    if (t.kind === "ref") return { type: "ref", name: t.name };
    if (t.kind === "op" && t.op === "-") return { type: "neg", operand: primary() };
    if (t.kind === "op" && t.op === "(") {
      const inner = comparison();
      if (!isOp(")")) throw new FormulaSyntaxError("Expected ')'.");
      pos++;
      return inner;
    }
    if (t.kind === "word") {
      if (isOp("(")) throw new FormulaNotSupportedError(`the formula function ${t.word.toUpperCase()}`);
      if (/^true$/i.test(t.word)) return { type: "value", value: true };
      if (/^false$/i.test(t.word)) return { type: "value", value: false };
      // SharePoint also allows a column name without brackets when it has no spaces.
      return { type: "ref", name: t.word };
    }
    throw new FormulaSyntaxError("Unexpected operator.");
  };
  const term = binary(primary, ["*", "/"]);
  const additive = binary(term, ["+", "-"]);
  const join = binary(additive, ["&"]);
  const comparison = binary(join, ["=", "<>", "<", ">", "<=", ">="]);
  const tree = comparison();
  if (pos !== tokens.length) throw new FormulaSyntaxError("Unexpected text after the formula.");
  return tree;
}

function references(node: Node): string[] {
  switch (node.type) {
    case "ref":
      return [node.name];
    case "neg":
      return references(node.operand);
    case "binary":
      return [...references(node.left), ...references(node.right)];
    default:
      return [];
  }
}

const asNumber = (v: FormulaValue) => (v === null || v === "" ? 0 : typeof v === "boolean" ? Number(v) : Number(v));
const asText = (v: FormulaValue) => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

function evaluate(node: Node, valueOf: (reference: string) => FormulaValue): FormulaValue {
  switch (node.type) {
    case "value":
      return node.value;
    case "ref":
      return valueOf(node.name);
    case "neg":
      return -asNumber(evaluate(node.operand, valueOf));
    case "binary": {
      const left = evaluate(node.left, valueOf);
      const right = evaluate(node.right, valueOf);
      if (node.op === "&") return asText(left) + asText(right);
      if (["+", "-", "*", "/"].includes(node.op)) {
        const a = asNumber(left);
        const b = asNumber(right);
        // SharePoint shows #DIV/0! and #VALUE! errors; the column holds no value then.
        if (Number.isNaN(a) || Number.isNaN(b) || (node.op === "/" && b === 0)) return null;
        return node.op === "+" ? a + b : node.op === "-" ? a - b : node.op === "*" ? a * b : a / b;
      }
      const c = typeof left === "number" || typeof right === "number" ? asNumber(left) - asNumber(right) : asText(left).localeCompare(asText(right), "en-GB", { sensitivity: "accent" });
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[node.op] ?? null;
    }
  }
}

/** Compiles a formula as SharePoint writes it (`=[Budget]-[Spent]`), or throws why it cannot. */
export function compileFormula(formula: string): Formula {
  const source = formula.trim().replace(/^=/, "");
  if (!source) throw new FormulaSyntaxError("The formula is empty.");
  const tree = parse(tokenize(source));
  return { references: references(tree), evaluate: (valueOf) => evaluate(tree, valueOf) };
}
