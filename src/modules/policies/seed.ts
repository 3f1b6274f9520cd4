import type { ItemInput } from "../../../manifest/items";
import { seedList } from "../../core/module";
import { policyDocumentsList } from "./lists";
import documents from "./seed/documents.json";

/**
 * The documents the strategy names, as entries to be filled in: the three it commits to write
 * (the handbook, the ethics policy, the standards policy) in draft, and the two it says the council
 * already has as approved entries whose link, version and dates their owners add. Each carries the
 * strategy's own words naming it (test/unit/policies-seed.test.ts proves each quote); the hub never
 * writes their text, summary or readers.
 */
export const seed = [
  seedList(policyDocumentsList, () =>
    documents.map(
      (d): ItemInput<typeof policyDocumentsList> => ({
        DocKey: d.key,
        Title: d.title,
        DocKind: d.kind,
        PrincipleKey: d.principle,
        DocStatus: d.status,
        ReadVersion: 0,
        StrategyQuote: d.quote,
        StrategySection: d.section,
        MustRead: [],
      }),
    ),
  ),
];
