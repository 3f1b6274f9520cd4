import { initialsOf } from "../../src/core/domain/format";

describe("a person's initials in the header", () => {
  it("takes the first letters of the first and last names", () => {
    expect(initialsOf("Priya Shah")).toBe("PS");
    expect(initialsOf("Mary Anne de Souza")).toBe("MS");
  });

  it("ignores what is in brackets and stray punctuation", () => {
    expect(initialsOf("Sam Lee (Finance)")).toBe("SL");
    expect(initialsOf("  'Jo'   O'Neill ")).toBe("JO");
  });

  it("gives one letter for one name and none for no name", () => {
    expect(initialsOf("Councillor")).toBe("C");
    expect(initialsOf("   ")).toBe("");
    expect(initialsOf("(Finance)")).toBe("");
  });

  it("upper-cases letters beyond ASCII", () => {
    expect(initialsOf("émile zola")).toBe("ÉZ");
  });
});
