/**
 * Parser for `$filter` as SharePoint REST (OData v3) and Microsoft Graph (OData v4) accept it:
 * eq ne gt ge lt le, and or not, parentheses, string literals with doubled quotes, numbers,
 * true/false, null and datetime'…'. Functions differ by dialect: SharePoint has startswith() and
 * substringof(), Graph startsWith() and endsWith().
 */

export type Literal = { type: "literal"; value: string | number | boolean | null; isDate?: boolean };
export type FieldRef = { type: "field"; path: string[] };
export type Comparison = { type: "compare"; op: "eq" | "ne" | "gt" | "ge" | "lt" | "le"; field: FieldRef; value: Literal };
export type TextFunction = { type: "function"; name: "startswith" | "substringof" | "endswith"; field: FieldRef; value: Literal };
export type Logical = { type: "and" | "or"; left: FilterNode; right: FilterNode };
export type Not = { type: "not"; operand: FilterNode };
export type FilterNode = Comparison | TextFunction | Logical | Not;

export class ODataSyntaxError extends Error {}

/** Valid OData that the local tenant does not implement (Graph's `in` operator, lambda operators). */
export class ODataNotSupportedError extends Error {}

export type FilterDialect = "sharepoint" | "graph";
const FUNCTIONS: Record<FilterDialect, readonly TextFunction["name"][]> = { sharepoint: ["startswith", "substringof"], graph: ["startswith", "endswith"] };

type Token =
  | { kind: "ident"; text: string }
  | { kind: "string"; text: string }
  | { kind: "number"; value: number }
  | { kind: "datetime"; text: string }
  | { kind: "punct"; text: "(" | ")" | "," };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ kind: "punct", text: ch });
      i++;
      continue;
    }
    if (ch === "'") {
      const { text, end } = readQuoted(input, i);
      tokens.push({ kind: "string", text });
      i = end;
      continue;
    }
    const numberMatch = /^-?\d+(\.\d+)?/.exec(input.slice(i));
    if (numberMatch && (ch === "-" || /\d/.test(ch))) {
      tokens.push({ kind: "number", value: Number(numberMatch[0]) });
      i += numberMatch[0].length;
      continue;
    }
    const identMatch = /^[A-Za-z_][A-Za-z0-9_/]*/.exec(input.slice(i));
    if (identMatch) {
      const word = identMatch[0];
      i += word.length;
      if (word.toLowerCase() === "datetime" && input[i] === "'") {
        const { text, end } = readQuoted(input, i);
        tokens.push({ kind: "datetime", text });
        i = end;
      } else {
        tokens.push({ kind: "ident", text: word });
      }
      continue;
    }
    throw new ODataSyntaxError(`Unexpected character '${ch}' at position ${i}.`);
  }
  return tokens;
}

/** Reads a quoted literal starting at `start`; a doubled quote stands for one quote. */
function readQuoted(input: string, start: number): { text: string; end: number } {
  let text = "";
  let i = start + 1;
  for (;;) {
    if (i >= input.length) throw new ODataSyntaxError("Unterminated string literal.");
    const ch = input[i]!;
    if (ch === "'") {
      if (input[i + 1] === "'") {
        text += "'";
        i += 2;
        continue;
      }
      return { text, end: i + 1 };
    }
    text += ch;
    i++;
  }
}

const COMPARISONS = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);

export function parseFilter(input: string, dialect: FilterDialect = "sharepoint"): FilterNode {
  const tokens = tokenize(input);
  let pos = 0;

  const peek = () => tokens[pos];
  const isWord = (word: string) => {
    const t = peek();
    return t?.kind === "ident" && t.text.toLowerCase() === word;
  };
  const expectPunct = (p: "(" | ")" | ",") => {
    const t = tokens[pos++];
    if (t?.kind !== "punct" || t.text !== p) throw new ODataSyntaxError(`Expected '${p}'.`);
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord("or")) {
      pos++;
      left = { type: "or", left, right: parseAnd() };
    }
    return left;
  }

  function parseAnd(): FilterNode {
    let left = parseUnary();
    while (isWord("and")) {
      pos++;
      left = { type: "and", left, right: parseUnary() };
    }
    return left;
  }

  function parseUnary(): FilterNode {
    if (isWord("not")) {
      pos++;
      return { type: "not", operand: parseUnary() };
    }
    return parsePrimary();
  }

  function parseLiteral(): Literal {
    const t = tokens[pos++];
    if (!t) throw new ODataSyntaxError("Expected a value.");
    if (t.kind === "string") return { type: "literal", value: t.text };
    if (t.kind === "number") return { type: "literal", value: t.value };
    if (t.kind === "datetime") return { type: "literal", value: t.text, isDate: true };
    if (t.kind === "ident") {
      const word = t.text.toLowerCase();
      if (word === "true" || word === "false") return { type: "literal", value: word === "true" };
      if (word === "null") return { type: "literal", value: null };
    }
    throw new ODataSyntaxError("Expected a value.");
  }

  function parseField(): FieldRef {
    const t = tokens[pos++];
    if (t?.kind !== "ident") throw new ODataSyntaxError("Expected a field name.");
    return { type: "field", path: t.text.split("/") };
  }

  function parsePrimary(): FilterNode {
    const t = peek();
    if (!t) throw new ODataSyntaxError("Unexpected end of filter.");
    if (t.kind === "punct" && t.text === "(") {
      pos++;
      const inner = parseOr();
      expectPunct(")");
      return inner;
    }
    if (dialect === "graph" && t.kind === "ident" && /\/(any|all)$/i.test(t.text)) throw new ODataNotSupportedError("lambda operators (any, all) in $filter");
    if (t.kind === "ident" && tokens[pos + 1]?.kind === "punct" && (tokens[pos + 1] as { text: string }).text === "(") {
      const name = t.text.toLowerCase() as TextFunction["name"];
      if (!FUNCTIONS[dialect].includes(name)) throw new ODataSyntaxError(`Unsupported function '${t.text}'.`);
      pos += 2;
      let field: FieldRef;
      let value: Literal;
      if (name !== "substringof") {
        field = parseField();
        expectPunct(",");
        value = parseLiteral();
      } else {
        value = parseLiteral();
        expectPunct(",");
        field = parseField();
      }
      expectPunct(")");
      // SharePoint accepts `startswith(Title,'x') eq true`; the comparison adds nothing.
      if (isWord("eq") && tokens[pos + 1]?.kind === "ident" && (tokens[pos + 1] as { text: string }).text === "true") pos += 2;
      return { type: "function", name, field, value };
    }
    const field = parseField();
    if (dialect === "graph" && isWord("in")) throw new ODataNotSupportedError("the 'in' operator in $filter");
    const opToken = tokens[pos++];
    if (opToken?.kind !== "ident" || !COMPARISONS.has(opToken.text.toLowerCase())) {
      throw new ODataSyntaxError(`Expected a comparison operator after '${field.path.join("/")}'.`);
    }
    return { type: "compare", op: opToken.text.toLowerCase() as Comparison["op"], field, value: parseLiteral() };
  }

  if (tokens.length === 0) throw new ODataSyntaxError("The filter is empty.");
  const tree = parseOr();
  if (pos !== tokens.length) throw new ODataSyntaxError("Unexpected text after the end of the filter.");
  return tree;
}

/** Top-level AND operands: the parts of a filter that each narrow the result on their own. */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.type === "and" ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

export function fieldsIn(node: FilterNode): FieldRef[] {
  switch (node.type) {
    case "and":
    case "or":
      return [...fieldsIn(node.left), ...fieldsIn(node.right)];
    case "not":
      return fieldsIn(node.operand);
    default:
      return [node.field];
  }
}
