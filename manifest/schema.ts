/**
 * The vocabulary of the Data Hub site declaration. One declaration (manifest/site.ts) drives
 * provisioning on a real site, the local tenant's tables and the TypeScript item types.
 * Pure data and types: no I/O, safe to import from browser, Node and SPFx code.
 */

/**
 * SharePoint field types we use, named as SharePoint's `TypeAsString`. What each one means on the
 * wire, in storage and in schema XML is in one table: manifest/field-kinds.ts.
 */
export type FieldKind =
  | "Text"
  | "Note"
  | "Number"
  | "Integer"
  | "Currency"
  | "DateTime"
  | "Boolean"
  | "Choice"
  | "MultiChoice"
  | "User"
  | "Lookup"
  | "URL"
  | "Calculated";

/** What a Calculated field's formula gives, as SharePoint's `OutputType` / schema XML `ResultType`. */
export type CalculatedResult = "Text" | "Number" | "Currency" | "DateTime" | "Boolean";

export interface FieldDeclaration {
  /** Internal (static) name: what REST, $select and $filter use. Never renamed once shipped. */
  readonly name: string;
  /** Display name shown in SharePoint's own UI. */
  readonly title: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Indexed columns are the only ones a query may filter or sort on once a list passes 5,000 items. */
  readonly indexed?: boolean;
  readonly choices?: readonly string[];
  /** For Lookup fields: the title of the list looked up. */
  readonly lookupList?: string;
  /** For Text fields; SharePoint's maximum is 255. */
  readonly maxLength?: number;
  /** For DateTime fields: date only (no time of day), as SharePoint's DateOnly format. */
  readonly dateOnly?: boolean;
  readonly description?: string;
  /** For Choice and MultiChoice fields: values outside `choices` are accepted (SharePoint's `FillInChoice`). */
  readonly fillIn?: boolean;
  /**
   * No two items may hold the same value (SharePoint's `EnforceUniqueValues`). SharePoint requires
   * the column to be indexed as well, so a unique field is declared `indexed: true` too.
   */
  readonly unique?: boolean;
  /** For Number, Integer and Currency fields: the smallest and largest value accepted. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** For Calculated fields: the formula as SharePoint writes it (`=[Budget]-[Spent]`), and what it gives. */
  readonly formula?: string;
  readonly resultKind?: CalculatedResult;
}

/** The six local personas double as the role names the app derives from Entra groups. */
export const ROLES = ["staff", "manager", "asset-owner", "data-lead", "focus-group", "councillor"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may do what in a list, by role. On a real site these become SharePoint group permissions;
 * the local tenant enforces them per request, so the UI is never the only guard.
 */
export interface ListPermissions {
  /** Roles that may add items. */
  readonly add: readonly Role[] | "everyone";
  /** Roles that may edit and delete any item. */
  readonly edit: readonly Role[];
  /** Roles that may edit (not delete) items where the given person field is themselves ("Author": who created it). */
  readonly editOwn?: { readonly field: string; readonly roles: readonly Role[] | "everyone" };
  /**
   * Roles that may delete items; absent means the roles that may edit. On a real site this is a
   * permission level without "Delete items" (e.g. "Contribute without delete") for the others.
   */
  readonly delete?: readonly Role[];
  /** Roles that may manage the list (fields, settings). The data lead always may. */
  readonly manage?: readonly Role[];
}

export interface ListDeclaration {
  readonly title: string;
  /** Site-relative URL segment, e.g. "Lists/Actions". */
  readonly url: string;
  readonly description: string;
  /** Item-level version history, as SharePoint's EnableVersioning. */
  readonly versioning?: boolean;
  readonly fields: readonly FieldDeclaration[];
  readonly permissions: ListPermissions;
  /** Field whose value identifies a seeded item, so provisioning can run twice and add nothing. */
  readonly seedKey?: string;
}

/** The column every SharePoint list already has. */
export const TITLE_FIELD: FieldDeclaration = { name: "Title", title: "Title", kind: "Text", required: true, maxLength: 255 };

/** What a Calculated field's formula gives, as a value. */
type CalculatedValue<F extends FieldDeclaration> = F["resultKind"] extends "Number" | "Currency" ? number : F["resultKind"] extends "Boolean" ? boolean : string;

type FieldValue<F extends FieldDeclaration> = F["kind"] extends "Number" | "Integer" | "Currency"
  ? number
  : F["kind"] extends "Calculated"
    ? CalculatedValue<F>
    : F["kind"] extends "Boolean"
    ? boolean
    : F["kind"] extends "MultiChoice"
      ? string[]
      : F["kind"] extends "URL"
        ? { Url: string; Description: string }
        : F["kind"] extends "User" | "Lookup"
          ? number
          : string;

/** Person and lookup columns travel over REST as `<Name>Id`. */
type WireName<F extends FieldDeclaration> = F["kind"] extends "User" | "Lookup" ? `${F["name"]}Id` : F["name"];

/** The item type a list declaration implies, as SharePoint REST returns it with `$select` of every field. */
export type ItemOf<L extends ListDeclaration> = {
  Id: number;
  Title: string;
  Created: string;
  Modified: string;
  AuthorId: number;
  EditorId: number;
} & {
  -readonly [F in L["fields"][number] as WireName<F>]: FieldValue<F> | null;
};

/** Columns SharePoint computes (a Calculated field's formula): read, never written. */
type ComputedName<L extends ListDeclaration> = Extract<L["fields"][number], { kind: "Calculated" }>["name"];

/** What may be sent when adding or updating an item of a list. */
export type ItemInput<L extends ListDeclaration> = Partial<Omit<ItemOf<L>, "Id" | "Created" | "Modified" | "AuthorId" | "EditorId" | ComputedName<L>>>;

export function wireName(field: FieldDeclaration): string {
  return field.kind === "User" || field.kind === "Lookup" ? `${field.name}Id` : field.name;
}
