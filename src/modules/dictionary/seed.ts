import type { ItemInput } from "../../../manifest/items";
import { seedList } from "../../core/module";
import { glossaryList } from "./lists";
import terms from "./seed/terms.json";

/**
 * The strategy's terms. Where the strategy defines a term, its definition is quoted and approved
 * (the strategy is the council's adopted wording). Where the strategy only uses a term, the
 * definition is a plain general one written for the dictionary, so it starts as a draft for the
 * term's steward and owner to approve, and the strategy's own sentences are kept beside it as
 * "How the strategy uses it".
 */
export const seed = [
  seedList(glossaryList, () =>
    terms.map((t): ItemInput<typeof glossaryList> => ({
      TermKey: t.key,
      Title: t.title,
      Definition: t.definition,
      PlainLanguage: t.plainLanguage,
      TermKind: t.kind,
      Acronym: t.acronym,
      Synonyms: t.synonyms.join("; ") || null,
      RelatedTerms: t.related.join("; ") || null,
      TermStatus: t.definitionSource === "strategy" ? "Approved" : "Draft",
      StrategySection: t.section,
      // Several quotes are kept apart by a blank line: the term page shows the column's line breaks.
      StrategyUsage: t.strategyUsage.join("\n\n") || null,
    })),
  ),
];
