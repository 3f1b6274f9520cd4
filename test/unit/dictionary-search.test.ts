import { describe, expect, it } from "@jest/globals";
import seedTerms from "../../src/modules/dictionary/seed/terms.json";
import { type SearchableTerm, TermIndex } from "../../src/modules/dictionary/domain/search";
import { passesStatusFilter, TERM_STATUSES } from "../../src/modules/dictionary/domain/term";

const term = (id: number, title: string, extra: Partial<SearchableTerm> = {}): SearchableTerm => ({ id, title, acronym: null, synonyms: [], definition: "", ...extra });

function indexOf(...terms: SearchableTerm[]): TermIndex {
  const index = new TermIndex();
  index.add(terms);
  return index;
}

const ids = (index: TermIndex, query: string) => index.search(query).hits.map((h) => h.id);

const seeded = seedTerms.map((t, i) => term(i + 1, t.title, { acronym: t.acronym, synonyms: t.synonyms, definition: t.definition }));
const seedIndex = indexOf(...seeded);
const seededId = (key: string) => seedTerms.findIndex((t) => t.key === key) + 1;

describe("dictionary search ranking", () => {
  it("ranks an exact name above a synonym, and a synonym above a definition", () => {
    const index = indexOf(
      term(1, "Information asset map", { definition: "A data map of the systems each service uses." }),
      term(2, "Data schema", { synonyms: ["Data map"] }),
      term(3, "Data map"),
    );
    expect(ids(index, "data map")).toEqual([3, 2, 1]);
    expect(index.search("data map").hits.map((h) => h.tier)).toEqual([0, 1, 4]);
  });

  it("ranks a name containing every word above a definition that mentions them", () => {
    const index = indexOf(term(1, "Accuracy", { definition: "How good the data quality is." }), term(2, "Data quality handbook"));
    expect(ids(index, "data quality")).toEqual([2, 1]);
  });

  it("says which synonym or acronym matched, so the result can explain itself", () => {
    const hit = seedIndex.search("glossary").hits[0]!;
    expect(hit).toEqual({ id: seededId("data-dictionary"), tier: 1, alias: "Glossary" });
  });

  it.each([
    ["qualty", "data-quality"],
    ["acuracy", "accuracy"],
    ["anonymization", "data-anonymisation-and-aggregation"],
    ["interquartle range", "interquartile-range"],
  ])("tolerates the typo %s", (query, key) => {
    expect(ids(seedIndex, query)).toContain(seededId(key));
    expect(ids(seedIndex, query).indexOf(seededId(key))).toBeLessThan(3);
  });

  it("tolerates a typo in a name that no definition mentions, and still ranks it as a name match", () => {
    const index = indexOf(term(1, "Homelessness prevention duty", { definition: "What the council must do before someone loses their home." }), term(2, "Footfall"));
    expect(index.search("homelesness prevension").hits).toEqual([{ id: 1, tier: 2 }]);
  });

  it("ignores word order", () => {
    expect(ids(seedIndex, "quality data")[0]).toBe(seededId("data-quality"));
    expect(ids(seedIndex, "activities processing record")[0]).toBe(seededId("record-of-processing-activities"));
  });

  it.each([
    ["IAR", "information-asset-register"],
    ["ropa", "record-of-processing-activities"],
    ["KPI", "key-performance-indicator"],
    ["kpis", "key-performance-indicator"],
    ["PECR", "pecr"],
    ["dma", "data-maturity-assessment"],
    ["uk gdpr", "uk-gdpr-dpa-2018"],
  ])("finds the acronym %s first", (query, key) => {
    expect(ids(seedIndex, query)[0]).toBe(seededId(key));
  });

  it("does not confuse acronyms one letter apart", () => {
    expect(ids(seedIndex, "IAR")).not.toContain(seededId("interquartile-range"));
  });

  it("treats the last word as a prefix, so results appear as the person types", () => {
    expect(ids(seedIndex, "record of proc")[0]).toBe(seededId("record-of-processing-activities"));
    expect(ids(seedIndex, "minimis")[0]).toBe(seededId("data-minimisation"));
  });

  it("keeps showing the matches for the words before a single letter just typed", () => {
    const index = indexOf(term(1, "Council tax arrears"), term(2, "Council tax base"), term(3, "Council housing"));
    expect(ids(index, "council tax a")).toEqual(ids(index, "council tax"));
    expect(ids(index, "council tax ar")).toEqual([1]);
  });

  it("matches one or two letters against names only, not every definition", () => {
    const found = seedIndex.search("da");
    const titles = found.hits.map((h) => seeded[h.id - 1]!.title);
    expect(titles.length).toBeGreaterThan(5);
    expect(titles.every((t) => /\bda/i.test(t))).toBe(true);
  });

  it("finds words that appear only in a definition", () => {
    expect(ids(seedIndex, "spreadsheets")).toEqual([seededId("structured-data")]);
  });

  it("finds every seeded term first by its own name", () => {
    const misses = seedTerms.filter((t, i) => seedIndex.search(t.title).hits[0]?.id !== i + 1).map((t) => t.title);
    expect(misses).toEqual([]);
  });

  it("applies filters before counting, so the total is what the person can see", () => {
    const index = indexOf(term(1, "Data quality"), term(2, "Data quality score"), term(3, "Data quality rate"));
    const outcome = index.search("data quality", { accept: (id) => id !== 2, limit: 1 });
    expect(outcome.total).toBe(2);
    expect(outcome.hits.map((h) => h.id)).toEqual([1]);
  });

  it("falls back to partial matches only when nothing matches every word", () => {
    const index = indexOf(term(1, "Council tax collection rate"), term(2, "Housing benefit backlog"));
    const outcome = index.search("council tax backlog");
    expect(outcome.hits.map((h) => [h.id, h.tier])).toEqual(expect.arrayContaining([[1, 5], [2, 5]]));
    expect(index.search("council tax").hits.map((h) => h.tier)).toEqual([2]);
  });

  it("counts terms matching every word apart from terms matching only some, and names the words nothing matched", () => {
    const index = indexOf(
      term(1, "Council tax collection rate"),
      term(2, "Ward profile", { definition: "Facts about one council ward." }),
      term(3, "Housing benefit backlog"),
    );
    expect(index.search("council tax")).toMatchObject({ total: 1, matchedAll: 1, matchedSome: 0, unmatched: [] });
    const partial = index.search("council tax backlog");
    expect(partial).toMatchObject({ total: 3, matchedAll: 0, matchedSome: 3, unmatched: [] });
    const missing = index.search("council zebras");
    expect(missing).toMatchObject({ matchedAll: 0, matchedSome: 2, unmatched: ["zebras"] });
    expect(missing.hits.map((h) => h.id).sort()).toEqual([1, 2]);
  });

  it("says, on the seeded dictionary, that “quality tax” found only terms with “quality”", () => {
    const outcome = seedIndex.search("quality tax");
    expect(outcome.matchedAll).toBe(0);
    expect(outcome.matchedSome).toBe(outcome.total);
    expect(outcome.total).toBeGreaterThan(0);
    expect(outcome.unmatched).toEqual(["tax"]);
  });

  it("counts a filtered-out match in neither count", () => {
    const index = indexOf(term(1, "Council tax base"), term(2, "Council tax requirement"));
    expect(index.search("council tax", { accept: (id) => id === 2 })).toMatchObject({ total: 1, matchedAll: 1, matchedSome: 0 });
  });

  it("finds a term's new name once it is replaced, and forgets the old one", () => {
    const index = indexOf(term(1, "Footfall"), term(2, "Dwell time"));
    index.add([term(1, "Visitor count", { synonyms: ["Footfall count"] })]);
    expect(ids(index, "visitor")).toEqual([1]);
    expect(index.search("footfall").hits).toEqual([{ id: 1, tier: 3 }]);
    expect(index.size).toBe(2);
    index.remove(1);
    expect(ids(index, "visitor")).toEqual([]);
  });

  it("finds names written with markup, symbols or accents by their words", () => {
    const index = indexOf(term(1, "<i>Tagged</i> term"), term(2, "Café/bar licence"), term(3, "Rate (£/m²)"));
    expect(ids(index, "tagged")).toEqual([1]);
    expect(ids(index, "cafe")).toEqual([2]);
    expect(ids(index, "bar licence")).toEqual([2]);
    expect(ids(index, "rate")).toEqual([3]);
  });

  it("returns nothing for an empty or punctuation-only query", () => {
    expect(seedIndex.search("   ").total).toBe(0);
    expect(seedIndex.search("?!").total).toBe(0);
  });

  it("indexes in chunks without losing any term", async () => {
    const index = new TermIndex();
    await index.addAsync(seeded, 7);
    expect(index.size).toBe(seeded.length);
    expect(ids(index, "pecr")[0]).toBe(seededId("pecr"));
  });
});

describe("the status filter", () => {
  it("finds drafts by default (terms in use), leaving out only deprecated terms", () => {
    expect(TERM_STATUSES.filter((status) => passesStatusFilter(status, "in-use"))).toEqual(["Draft", "In review", "Approved"]);
    expect(TERM_STATUSES.filter((status) => passesStatusFilter(status, ""))).toEqual([...TERM_STATUSES]);
    expect(TERM_STATUSES.filter((status) => passesStatusFilter(status, "Approved"))).toEqual(["Approved"]);
  });
});
