import type { ItemInput } from "../../../manifest/items";
import { seedList } from "../../core/module";
import { glossaryList } from "./lists";
import terms from "./seed/terms.json";

/** The terms the strategy defines, quoted from it. */
export const seed = [
  seedList(glossaryList, () =>
    terms.map((t): ItemInput<typeof glossaryList> => ({
      TermKey: t.key,
      Title: t.title,
      Definition: t.definition,
      TermKind: t.kind,
      Acronym: t.acronym,
      Synonyms: t.synonyms.join("; ") || null,
      RelatedTerms: t.related.join("; ") || null,
      TermStatus: "Approved",
      StrategySection: t.section,
    })),
  ),
];
