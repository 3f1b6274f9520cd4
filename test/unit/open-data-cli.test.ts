import { spawnSync } from "node:child_process";
import path from "node:path";

/** `npm run publish-check` on the fixtures: exit 0 may publish, 1 a check failed, 2 unusable input. */
const root = path.join(__dirname, "..", "..");
const fixture = (name: string) => path.join("test", "fixtures", "open-data", name);

function publishCheck(...args: string[]) {
  return spawnSync("npm", ["run", "-s", "publish-check", "--", ...args], { cwd: root, encoding: "utf8" });
}

describe("npm run publish-check", () => {
  it("fails on small numbers (exit 1), naming the row and column; passes with --suppress, printing JSON", () => {
    const failed = publishCheck(fixture("homelessness.csv"), "--schema", fixture("homelessness.schema.json"));
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain("FAIL  No small numbers: 1 count is below 5");
    expect(failed.stdout).toContain("row 2, Relief: Below 5");

    const passed = publishCheck(fixture("homelessness.csv"), "--schema", fixture("homelessness.schema.json"), "--suppress", "--round5", "--json");
    expect(passed.status).toBe(0);
    const json = JSON.parse(passed.stdout) as { mayPublish: boolean; rule: string; checks: { id: string; passed: boolean }[] };
    expect(json.mayPublish).toBe(true);
    expect(json.rule).toMatch(/rounded to the nearest 5/);
    expect(json.checks.map((c) => c.passed)).toEqual([true, true, true]);
  }, 30_000);

  it("fails on personal data; --min-count raises the threshold; unusable input exits 2", () => {
    const personal = publishCheck(fixture("spend-personal.csv"), "--schema", fixture("spend.schema.json"), "--json");
    expect(personal.status).toBe(1);
    expect(JSON.parse(personal.stdout).checks[1]).toMatchObject({ id: "personal-data", passed: false, total: 2 });
    expect(personal.stdout).not.toContain("bloggs");

    expect(publishCheck(fixture("homelessness-grouped.csv"), "--schema", fixture("homelessness.schema.json")).status).toBe(0);
    expect(publishCheck(fixture("homelessness-grouped.csv"), "--schema", fixture("homelessness.schema.json"), "--min-count", "20").status).toBe(1);

    const missing = publishCheck(fixture("missing.csv"), "--schema", fixture("spend.schema.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('The file "test/fixtures/open-data/missing.csv" does not exist.');
    const badCount = publishCheck(fixture("spend-clean.csv"), "--schema", fixture("spend.schema.json"), "--min-count", "0");
    expect(badCount.status).toBe(2);
    expect(badCount.stderr).toContain("Usage:");
  }, 60_000);
});
