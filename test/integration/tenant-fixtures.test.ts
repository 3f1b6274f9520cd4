import fs from "node:fs";
import path from "node:path";
import type { PersonaId } from "../../src/core/auth/local-token-provider";
import type { Tenant } from "../../tenant/src/server";
import { rawRequest, startTestTenant } from "../support/tenant";

interface FixtureRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Fixture {
  name: string;
  source: string;
  persona: PersonaId;
  /** Requests that build what the fixture's request needs (the item it deletes, the list it adds to). */
  setup?: FixtureRequest[];
  request: FixtureRequest;
  response: { status: number; headers?: Record<string, string>; shape?: unknown; values?: Record<string, unknown>; batchStatuses?: number[] };
}

/**
 * Shapes: "string" | "number" | "boolean" | "null" | "array" | "object" name a type; "=x" is an exact value;
 * an array holds the shape every element must have; an object lists keys that must be present.
 */
function shapeErrors(shape: unknown, actual: unknown, at: string): string[] {
  if (typeof shape === "string") {
    if (shape.startsWith("=")) return String(actual) === shape.slice(1) ? [] : [`${at}: expected ${shape.slice(1)}, got ${JSON.stringify(actual)}`];
    const type = actual === null ? "null" : Array.isArray(actual) ? "array" : typeof actual;
    return type === shape ? [] : [`${at}: expected ${shape}, got ${type}`];
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(actual) || actual.length === 0) return [`${at}: expected a non-empty array`];
    return actual.flatMap((element, i) => shapeErrors(shape[0], element, `${at}[${i}]`));
  }
  if (typeof actual !== "object" || actual === null) return [`${at}: expected an object`];
  return Object.entries(shape as Record<string, unknown>).flatMap(([key, sub]) =>
    key in actual ? shapeErrors(sub, (actual as Record<string, unknown>)[key], `${at}.${key}`) : [`${at}.${key}: missing`],
  );
}

const valueAt = (root: unknown, dotted: string) => dotted.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], root);

function load(api: string): Fixture[] {
  const dir = path.join(process.cwd(), "test", "fixtures", api);
  return fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Fixture);
}

function send(tenant: Tenant, persona: PersonaId, request: FixtureRequest) {
  const body = request.body === undefined ? undefined : typeof request.body === "string" ? request.body.replaceAll("{origin}", tenant.origin) : JSON.stringify(request.body);
  return rawRequest(tenant, persona, request.path, { method: request.method, headers: request.headers, body });
}

// Every fixture gets a fresh tenant and builds what it needs in its own `setup`, so none depends on
// another having run first: they run here in reverse file order to keep it that way.
let tenant: Tenant;
beforeEach(async () => {
  tenant = await startTestTenant();
});
afterEach(() => tenant.close());

describe.each(["sharepoint", "graph"])("%s fixtures recorded from Microsoft's documentation and PnPjs' own requests", (api) => {
  it.each(load(api).reverse().map((f) => [f.name, f] as const))("%s", async (_name, fixture) => {
    const { request, response } = fixture;
    for (const step of fixture.setup ?? []) {
      const prepared = await send(tenant, fixture.persona, step);
      expect({ setup: `${step.method} ${step.path}`, ok: prepared.status < 300 }).toEqual({ setup: `${step.method} ${step.path}`, ok: true });
    }
    const actual = await send(tenant, fixture.persona, request);
    expect({ status: actual.status, source: fixture.source }).toEqual({ status: response.status, source: fixture.source });
    for (const [name, expected] of Object.entries(response.headers ?? {})) {
      expect(shapeErrors(expected, actual.headers.get(name), `header ${name}`)).toEqual([]);
    }
    if (response.shape) expect(shapeErrors(response.shape, actual.json(), "body")).toEqual([]);
    for (const [dotted, expected] of Object.entries(response.values ?? {})) expect(valueAt(actual.json(), dotted)).toEqual(expected);
    if (response.batchStatuses) {
      const statuses = [...actual.text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
      expect(statuses).toEqual(response.batchStatuses);
      expect(actual.text.trimEnd()).toMatch(/--batchresponse_[0-9a-f-]+--$/);
    }
  });
});
