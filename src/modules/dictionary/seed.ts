import { seedList } from "../../core/module";
import { glossaryList } from "./lists";
import terms from "./seed/terms.json";

/** The terms the strategy defines, quoted from it. */
export const seed = [
  seedList(glossaryList, () =>
    terms.map((t) => ({
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
