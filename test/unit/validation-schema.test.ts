import { checkSchema, compileSchema } from "../../src/modules/quality/domain/validation/compile";
import { SchemaError } from "../../src/modules/quality/domain/validation/schema-error";

function problems(input: unknown): string[] {
  try {
    compileSchema(input, { withoutReferences: true });
  } catch (error) {
    if (error instanceof SchemaError) return [...error.problems];
    throw error;
  }
  throw new Error("the schema was accepted");
}

describe("reading a rule set (Table Schema with dq: extensions)", () => {
  it("names what is wrong with JSON that is not a schema", () => {
    expect(problems("{ fields: [")[0]).toMatch(/^the file is not valid JSON/);
    expect(problems([])).toEqual(['a Table Schema is a JSON object with a "fields" list']);
    expect(problems({ fields: [] })).toEqual(['it has no "fields" list (a Table Schema names at least one field)']);
  });

  it("names every field problem at once, by position and name", () => {
    const found = problems({
      fields: [
        { name: "amount", type: "numbr" },
        { name: "postcode", format: "dq:postcode" },
        { name: "when", type: "date", format: "%d/%q/%Y" },
        { name: "n", type: "integer", constraints: { minimum: "ten", maxLenght: 3 } },
        { name: "code", required: true },
        { title: "no name" },
      ],
    });
    expect(found).toEqual([
      "field 6 has no name",
    ]);
    const fieldProblems = problems({
      fields: [
        { name: "amount", type: "numbr" },
        { name: "postcode", format: "dq:postcode" },
        { name: "when", type: "date", format: "%d/%q/%Y" },
        { name: "n", type: "integer", constraints: { minimum: "ten", maxLenght: 3 } },
        { name: "code", required: true },
      ],
    });
    expect(fieldProblems).toEqual([
      'field 1 ("amount"): the type "numbr" is not supported (use string, number, integer, boolean, date, datetime, time, year, yearmonth, duration, any)',
      'field 2 ("postcode"): the text format "dq:postcode" is not known (use email, uri, uuid, dq:uk-postcode, dq:uprn, dq:ni-number, dq:nhs-number or dq:uk-phone)',
      'field 3 ("when"): the date pattern "%d/%q/%Y" uses %q, which is not supported (use %d, %m, %Y, %y, %b, %B, %H, %M, %S)',
      'field 4 ("n"): the constraint "maxLenght" is not supported (use required, unique, minLength, maxLength, minimum, maximum, exclusiveMinimum, exclusiveMaximum, pattern, enum)',
      'field 4 ("n"): minimum "ten" is not a whole number',
      'field 5 ("code"): "required" is not a field property in Table Schema (it belongs inside "constraints")',
    ]);
  });

  it("refuses patterns that differ from Table Schema's or could take a very long time", () => {
    expect(problems({ fields: [{ name: "a", constraints: { pattern: "(?=x)x" } }] })[0]).toMatch(/look-around/);
    expect(problems({ fields: [{ name: "a", constraints: { pattern: "(a)\\1" } }] })[0]).toMatch(/back-reference/);
    expect(problems({ fields: [{ name: "a", constraints: { pattern: "(a+)+$" } }] })[0]).toMatch(/repeats a group that itself repeats/);
    expect(problems({ fields: [{ name: "a", constraints: { pattern: "[a-" } }] })[0]).toMatch(/is not a valid regular expression/);
  });

  it("checks keys, row rules, freshness and thresholds against the fields", () => {
    expect(
      problems({
        fields: [{ name: "id" }, { name: "when", type: "string" }],
        primaryKey: ["id", "ref"],
        foreignKeys: [{ fields: ["id"], reference: { resource: "", fields: ["id"] } }],
        "dq:rowRules": [{ id: "r1", assert: { method: ["x", "constructor"] } }, { id: "r2", assert: { ">=": [{ var: "nope" }, 1] } }, { id: "r3" }],
        "dq:freshness": { field: "when", maxAgeDays: 7 },
        "dq:fail": "lots",
        "dq:thresold": "1%",
      }),
    ).toEqual([
      '"dq:thresold" is not a data quality property we know (known: dq:rowRules, dq:freshness, dq:warn, dq:fail, dq:recordKey)',
      'the rule set\'s dq:fail: "lots" is not a threshold (write "2%" or a number of failures such as 10)',
      'primaryKey names "ref", which is not a field',
      'foreign key 1 refers to this same table, which is not supported yet; name a reference list in "resource"',
      'row rule "r1": the operator "method" is not allowed (use var == != === !== < <= > >= and or ! !! in if + -)',
      'row rule "r2": it refers to the field "nope", which is not in the rules',
      'row rule "r3" has no "assert" (the condition every row must meet)',
      'dq:freshness: "when" must be a date or datetime field',
    ]);
  });

  it("reads a literal in a row rule as the type of the field it is compared with", () => {
    expect(problems({ fields: [{ name: "d", type: "date" }], "dq:rowRules": [{ id: "r", assert: { ">=": [{ var: "d" }, "not a date"] } }] })).toEqual([
      'row rule "r": "not a date" in ">=" cannot be read as the type of the field it is compared with',
    ]);
  });

  it("accepts a standard schema with prefixed extensions of other vocabularies, and returns it", () => {
    const schema = { fields: [{ name: "id", title: "ID", example: "CR1", "x:note": "ours" }], "odcs:owner": "Data team", missingValues: [{ value: "N/A", label: "not applicable" }] };
    expect(checkSchema(schema)).toBe(schema);
  });

  it("says all the problems in one message, starting with what it is", () => {
    try {
      compileSchema({ fields: [{ name: "a", type: "numbr" }] });
      throw new Error("accepted");
    } catch (error) {
      expect((error as Error).message).toMatch(/^The rules cannot be used: field 1 \("a"\): the type "numbr" is not supported/);
    }
  });
});
