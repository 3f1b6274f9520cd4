import type { ExpandName, ItemInput, RowOf, SelectName } from "../../../../manifest/items";
import type { ListDeclaration } from "../../../../manifest/schema";
import type { Draft, FormField, Problem } from "./form";

/** What a save needs: the item and the version the person saw (a save without one is refused). */
export interface Versioned {
  id: number;
  etag: string | null;
}

/** How one of the group's records is read from its list: the columns, and the mapping to the record. */
export interface RecordKind<L extends ListDeclaration, S extends SelectName<L>, R extends Versioned> {
  list: L;
  select: readonly S[];
  expand?: readonly ExpandName<L>[];
  fromItem(row: RowOf<L, S>): R;
}

/** A record kind people add and edit through a form: its fields, their checks and what a draft saves. */
export interface EditableKind<L extends ListDeclaration, S extends SelectName<L>, R extends Versioned> extends RecordKind<L, S, R> {
  /** What the form calls one record: "story", "meeting". */
  noun: string;
  fields: readonly FormField[];
  /** The form's starting values: a record's, or a new one's (dates default from `today`, "2026-11-25"). */
  draftOf(record: R | null, today: string): Draft;
  /** Every problem with a draft, field checks and the kind's own rules, in the form's order. */
  check(draft: Draft): Problem[];
  /** The columns a valid draft saves. */
  valuesOf(draft: Draft): ItemInput<L>;
}

/** The author of an item as the record shows them. */
export const personName = (ref: { Title?: string } | null | undefined): string | null => ref?.Title ?? null;
