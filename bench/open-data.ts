import { performance } from "node:perf_hooks";
import { checkTable } from "../src/modules/open-data/domain/checks";
import { buildPackage } from "../src/modules/open-data/domain/package";
import { blankMetadata } from "../src/modules/open-data/domain/metadata";
import { suppress } from "../src/modules/open-data/domain/suppression";
import type { DataTable, OpenDataSchema } from "../src/modules/open-data/domain/table";
import { seededRandom } from "../src/modules/kpis/seed/seeded-random";

export interface OpenDataReport {
  spendRows: number;
  /** Medians in milliseconds. */
  checkMs: number;
  packageMs: number;
  gridRows: number;
  gridCols: number;
  suppressed: number;
  suppressMs: number;
  runs: number;
}

const SCHEMA: OpenDataSchema = {
  fields: [
    { name: "OrganisationalUnit", constraints: { required: true } },
    { name: "BeneficiaryName", constraints: { required: true }, "od:redact": true },
    { name: "PaymentDate", type: "date", constraints: { required: true } },
    { name: "TransactionNumber" },
    { name: "Amount", type: "number", constraints: { required: true } },
    { name: "Purpose", constraints: { required: true } },
  ],
  primaryKey: ["TransactionNumber"],
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A spend file of `rows` payments (one in 500 to an individual, one in 700 with an e-mail address in its purpose), and a `gridRows` × 20 table of counts. */
export function measureOpenData(runs: number, rows = 100_000, gridRows = 400): OpenDataReport {
  const random = seededRandom(22);
  const suppliers = ["Acme Grounds Maintenance Ltd", "Portsmouth Water", "Southern Electric plc", "Havant Print Services", "Smith, Jones & Partners LLP"];
  const table: DataTable = {
    columns: SCHEMA.fields.map((f) => f.name),
    rows: Array.from({ length: rows }, (_, i) => [
      "Neighbourhood Services",
      i % 500 === 0 ? "Mrs J Smith" : suppliers[i % suppliers.length]!,
      `2026-07-${String((i % 28) + 1).padStart(2, "0")}`,
      `T${100000 + i}`,
      (random() * 10000 - 500).toFixed(2),
      i % 700 === 0 ? "Queries to someone@example.co.uk" : "Grounds maintenance, July",
    ]),
    rowNumbers: Array.from({ length: rows }, (_, i) => i + 2),
  };
  const grid = Array.from({ length: gridRows }, () => Array.from({ length: 20 }, () => (random() < 0.08 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 200))));
  const checkMs: number[] = [];
  const packageMs: number[] = [];
  const suppressMs: number[] = [];
  let suppressed = 0;
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    const result = checkTable(table, SCHEMA, { runDate: "2026-12-02", suppress: true });
    checkMs.push(performance.now() - started);
    started = performance.now();
    buildPackage({ metadata: { ...blankMetadata(), title: "Spend", description: "x".repeat(60), identifier: "https://hbc.example/spend", periodStart: "2026-07-01", periodEnd: "2026-07-31", fileName: "spend.csv" }, schema: SCHEMA, columns: table.columns, rows: result.published, rule: result.rule, issued: "2026-12-02T00:00:00Z" });
    packageMs.push(performance.now() - started);
    started = performance.now();
    const s = suppress(grid, { minCount: 5 });
    suppressMs.push(performance.now() - started);
    suppressed = s.primary + s.secondary;
  }
  return { spendRows: rows, checkMs: median(checkMs), packageMs: median(packageMs), gridRows, gridCols: 20, suppressed, suppressMs: median(suppressMs), runs };
}
