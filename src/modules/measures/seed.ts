import type { ItemInput } from "../../../manifest/items";
import { seedList } from "../../core/module";
import { measuresList } from "./lists";
import measures from "./seed/measures.json";

/** Every "How will we measure success?" measure, quoted from the strategy. */
export const seed = [
  seedList(measuresList, () => measures.map((m): ItemInput<typeof measuresList> => ({ MeasureKey: m.key, Title: m.title, PrincipleKey: m.principle, Description: m.description, Computable: m.computable, SortOrder: m.order }))),
];
