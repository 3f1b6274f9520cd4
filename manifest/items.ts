/**
 * Names and values a list declaration allows, as types: what `select`, `expand`, `$filter`,
 * `$orderby` and writes may name. Every data function goes through these (src/core/data/lists.ts),
 * so renaming a declared column fails to compile wherever it is read, filtered, sorted or written.
 */
import type { FieldDeclaration, ItemInput, ItemOf, ListDeclaration } from "./schema";

type Fields<L extends ListDeclaration> = L["fields"][number];

/** Person columns, including SharePoint's own Created By and Modified By. */
export type PersonFieldName<L extends ListDeclaration> = Extract<Fields<L>, { kind: "User" }>["name"] | "Author" | "Editor";
export type LookupFieldName<L extends ListDeclaration> = Extract<Fields<L>, { kind: "Lookup" }>["name"];

/** What an expanded person or lookup carries. */
export interface ExpandedRef {
  Id?: number;
  Title?: string;
  EMail?: string;
}

/** An item as REST returns it, with SharePoint's own version label (`OData__UIVersionString`, "3.0"). */
export type WireItem<L extends ListDeclaration> = ItemOf<L> & { OData__UIVersionString: string };

/** A column as REST names it in `$select` and `$filter`: person and lookup columns as `<Name>Id`. */
export type WireFieldName<L extends ListDeclaration> = keyof WireItem<L> & string;

/** What `$select` may name: a column, or a property of an expanded person or lookup. */
export type SelectName<L extends ListDeclaration> =
  | WireFieldName<L>
  | `${PersonFieldName<L>}/${"Id" | "Title" | "EMail"}`
  | `${LookupFieldName<L>}/${"Id" | "Title"}`;

export type ExpandName<L extends ListDeclaration> = PersonFieldName<L> | LookupFieldName<L>;

/** The row a query returns: exactly the selected columns, plus the expanded people and lookups, plus the ETag. */
export type RowOf<L extends ListDeclaration, S extends SelectName<L>> = { [K in Extract<S, WireFieldName<L>>]: WireItem<L>[K] } & {
  [K in S extends `${infer P}/${string}` ? P : never]?: ExpandedRef | null;
} & { "odata.etag"?: string };

/** Columns that can be compared in `$filter` or sorted by (URL and multi-line text cannot in SharePoint). */
type FilterableWireName<F> = F extends FieldDeclaration
  ? F["kind"] extends "URL" | "Note"
    ? never
    : F["kind"] extends "User" | "Lookup"
      ? `${F["name"]}Id`
      : F["name"]
  : never;

/** What `$filter` and `$orderby` may name. */
export type FilterName<L extends ListDeclaration> = "Id" | "Title" | "Created" | "Modified" | "AuthorId" | "EditorId" | FilterableWireName<Fields<L>>;

type KindOf<L extends ListDeclaration, N extends string> = N extends "Id" | "AuthorId" | "EditorId"
  ? "Number"
  : N extends "Title"
    ? "Text"
    : N extends "Created" | "Modified"
      ? "DateTime"
      : Extract<Fields<L>, { name: N }>["kind"] extends never
        ? N extends `${infer Base}Id`
          ? Extract<Fields<L>, { name: Base }>["kind"] extends "User" | "Lookup"
            ? "Number"
            : never
          : never
        : Extract<Fields<L>, { name: N }>["kind"];

/** The value a filter compares a column with: text for text and choices, numbers for numbers and ids, Date or ISO text for dates. */
export type FilterValue<L extends ListDeclaration, N extends string> = KindOf<L, N> extends "Number" | "Integer" | "Currency"
  ? number
  : KindOf<L, N> extends "Boolean"
    ? boolean
    : KindOf<L, N> extends "DateTime"
      ? Date | string
      : string;

export type { ItemInput, ItemOf };
