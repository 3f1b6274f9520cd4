import type { ItemInput } from "../../../manifest/items";
import { seedList } from "../../core/module";
import { actionsList } from "./lists";
import actions from "./seed/actions.json";

/**
 * Every "What we will do" and "What next?" commitment, quoted from the strategy
 * (test/unit/seed-quotes.test.ts proves each quote). Statuses start at "Not started": the hub
 * records progress, it does not invent it.
 */
export const seed = [
  seedList(actionsList, () =>
    actions.map((a): ItemInput<typeof actionsList> => ({
      ActionKey: a.key,
      Title: a.title,
      Detail: "description" in a ? ((a as { description?: string }).description ?? null) : null,
      PrincipleKey: a.principle,
      Source: a.source,
      Status: "Not started",
      SortOrder: a.order,
    })),
  ),
];
