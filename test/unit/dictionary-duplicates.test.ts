import { describe, expect, it } from "@jest/globals";
import seedTerms from "../../src/modules/dictionary/seed/terms.json";
import { compareNames, editDistance, findDuplicates, type NamedEntry } from "../../src/modules/dictionary/domain/duplicates";

const entry = (id: number, title: string, acronym: string | null = null, synonyms: string[] = []): NamedEntry => ({ id, title, acronym, synonyms });
const seeded = seedTerms.map((t, i) => entry(i + 1, t.title, t.acronym, t.synonyms));
const proposing = (title: string, acronym: string | null = null, synonyms: string[] = []) => ({ title, acronym, synonyms });

describe("duplicate detection when proposing", () => {
  it.each([
    ["Data Quality", "same"],
    ["data-quality", "same"],
    ["  data   quality ", "same"],
    ["Data qualities", "same"],
    ["Quality data", "similar"],
    ["Data qualty", "similar"],
    ["Data quailty", "similar"],
    ["Qualty data", "similar"],
  ])("catches “%s” as %s as “Data quality”", (name, strength) => {
    expect(compareNames(name, "Data quality")).toBe(strength);
  });

  it.each([
    ["Data quality handbook", "Data quality"],
    ["Data literacy", "Data quality"],
    ["IAR", "IQR"],
    ["KPI", "KPO"],
    ["Data use", "Data user guide"],
  ])("does not call “%s” a duplicate of “%s”", (a, b) => {
    expect(compareNames(a, b)).toBeNull();
  });

  it("finds a proposed name that is an existing term's synonym", () => {
    const matches = findDuplicates(proposing("Glossary"), seeded);
    expect(matches.map((m) => [m.entry.title, m.strength, m.existing])).toEqual([["Data dictionary", "same", "Glossary"]]);
  });

  it("finds a proposed acronym that another term already uses", () => {
    const matches = findDuplicates(proposing("Information assets register", "IAR"), seeded);
    expect(matches[0]).toMatchObject({ strength: "same", entry: { title: "Information Asset Register" } });
  });

  it("puts the same name before similar ones", () => {
    const entries = [entry(1, "Footfal"), entry(2, "Footfall")];
    expect(findDuplicates(proposing("Footfall"), entries).map((m) => [m.entry.id, m.strength])).toEqual([
      [2, "same"],
      [1, "similar"],
    ]);
  });

  it("never reports the term being changed as its own duplicate", () => {
    const id = seeded.find((e) => e.title === "Data quality")!.id;
    expect(findDuplicates(proposing("Data quality"), seeded, id)).toEqual([]);
  });

  it("finds nothing for a genuinely new term", () => {
    expect(findDuplicates(proposing("Footfall", null, ["Visitor count"]), seeded)).toEqual([]);
  });

  it("counts edit distance with swapped letters as one slip, and gives up past the limit", () => {
    expect(editDistance("quality", "qaulity", 2)).toBe(1);
    expect(editDistance("quality", "quantity", 2)).toBe(2);
    expect(editDistance("data", "information", 2)).toBe(3);
  });
});
