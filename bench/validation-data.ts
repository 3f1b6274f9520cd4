import { createWriteStream } from "node:fs";
import type { TableSchema } from "../src/modules/quality/domain/validation/schema-types";

/**
 * A council-like case export for the validation bench: ids, a UPRN, a postcode, a ward and a service
 * from short lists, an amount, dates written as 25/11/2026, an officer's e-mail and a status, with
 * some blanks and invalid values in most columns. Deterministic (a seeded generator), so every run
 * of the bench reads the same file.
 */
export const BENCH_COLUMNS = ["record_id", "uprn", "postcode", "ward", "service", "amount", "received_date", "closed_date", "officer_email", "status"];

const WARDS = ["Abbey", "Brook", "Castle", "Downs", "East", "Fairfield", "Green", "Harbour", "Island", "Kings", "Meadow", "North", "Park", "Quay", "Ridge", "West"];
const SERVICES = ["Waste", "Housing", "Council Tax", "Planning", "Highways", "Parking", "Benefits", "Environmental Health"];
const STATUSES = ["Open", "Closed", "Pending"];
const OUTWARD = ["PO9", "PO8", "PO7", "PO10", "PO11", "PO6", "SO14", "GU32"];
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2020, 0, 1);
const RUN_DAY = Date.UTC(2026, 10, 25);
export const BENCH_RUN_DATE = "2026-11-25";

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ukDate(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}

/** The rows as arrays of text (header first), a chunk at a time. */
export function* benchRows(rows: number, seed = 15): Generator<string[][]> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  let chunk: string[][] = [BENCH_COLUMNS];
  for (let i = 1; i <= rows; i++) {
    let r = rnd();
    const id = r < 0.001 && i > 1 ? `CR${String(1 + Math.floor(rnd() * (i - 1))).padStart(8, "0")}` : `CR${String(i).padStart(8, "0")}`;
    r = rnd();
    const uprn = r < 0.02 ? "" : r < 0.025 ? "UNKNOWN" : String(100_000_000 + Math.floor(rnd() * 99_900_000_000));
    r = rnd();
    const good = `${pick(OUTWARD)} ${Math.floor(rnd() * 10)}${INWARD_LETTERS[Math.floor(rnd() * 20)]}${INWARD_LETTERS[Math.floor(rnd() * 20)]}`;
    const postcode = r < 0.015 ? "" : r < 0.025 ? pick(["N/A", "PO9", "12345", "QO9 1AB", "TBC"]) : good;
    r = rnd();
    const ward = r < 0.01 ? pick(["abbey", "Harbour ", "Kings Park", "Unknown"]) : pick(WARDS);
    const service = pick(SERVICES);
    r = rnd();
    const amount = r < 0.005 ? `-${(rnd() * 500).toFixed(2)}` : r < 0.008 ? pick(["£12.50", "n/a", "1,200.00"]) : r < 0.018 ? "" : (rnd() * 10_000).toFixed(2);
    r = rnd();
    const receivedMs = FIRST_DAY + Math.floor(rnd() * ((RUN_DAY - FIRST_DAY) / DAY)) * DAY;
    const received = r < 0.003 ? ukDate(RUN_DAY + (1 + Math.floor(rnd() * 300)) * DAY) : r < 0.005 ? pick(["31/02/2024", "2024-01-13", "yesterday"]) : ukDate(receivedMs);
    const status = pick(STATUSES);
    r = rnd();
    const closed = status === "Closed" ? ukDate(r < 0.005 ? receivedMs - (1 + Math.floor(rnd() * 30)) * DAY : receivedMs + Math.floor(rnd() * 60) * DAY) : "";
    r = rnd();
    const email = r < 0.01 ? pick(["j.smith@", "n/a", "jsmith.example.gov.uk"]) : `officer${Math.floor(rnd() * 400)}@example.gov.uk`;
    chunk.push([id, uprn, postcode, ward, service, amount, received, closed, email, status]);
    if (chunk.length === 10_000) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes the CSV (about 110 MB for a million rows). */
export async function writeBenchCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  for (const chunk of benchRows(rows)) {
    if (!out.write(`${chunk.map((row) => row.map(quote).join(",")).join("\n")}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  out.end();
  await new Promise<void>((resolve, reject) => out.on("finish", () => resolve()).on("error", reject));
}

/** 22 checks (ten fields, a primary key, two row rules, freshness), as an officer would set them for this export. */
export const BENCH_SCHEMA: TableSchema = {
  fields: [
    { name: "record_id", title: "Record ID", constraints: { required: true, pattern: "CR[0-9]{8}" } },
    { name: "uprn", title: "UPRN", format: "dq:uprn", constraints: { required: true } },
    { name: "postcode", title: "Postcode", format: "dq:uk-postcode", constraints: { required: true } },
    { name: "ward", title: "Ward", constraints: { enum: WARDS } },
    { name: "service", title: "Service", constraints: { enum: SERVICES } },
    { name: "amount", title: "Amount (£)", type: "number", constraints: { minimum: 0, maximum: 100_000 } },
    { name: "received_date", title: "Received", type: "date", format: "%d/%m/%Y", constraints: { required: true } },
    { name: "closed_date", title: "Closed", type: "date", format: "%d/%m/%Y" },
    { name: "officer_email", title: "Officer's e-mail", format: "email", constraints: { required: true } },
    { name: "status", title: "Status", constraints: { required: true, enum: STATUSES } },
  ],
  primaryKey: ["record_id"],
  "dq:rowRules": [
    { id: "closed-after-received", title: "Closed on or after the day it was received", when: { "!!": { var: "closed_date" } }, assert: { ">=": [{ var: "closed_date" }, { var: "received_date" }] } },
    { id: "closed-has-date", title: "A closed case has a closed date", when: { "==": [{ var: "status" }, "Closed"] }, assert: { "!!": { var: "closed_date" } } },
  ],
  "dq:freshness": { field: "received_date", notInFuture: true, maxAgeDays: 7 },
  "dq:warn": "0.5%",
  "dq:fail": "2%",
};
