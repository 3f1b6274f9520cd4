import { parseArgs } from "node:util";
import { parseFaultSpec } from "./faults";
import { normaliseOrigin } from "./http/origin-policy";
import { startTenant } from "./server";

const USAGE = `Usage: npm run tenant -- [--port <n>] [--data <dir> | --memory] [--app <dir>] [--empty] [--fault <spec>]...

  --port    port on 127.0.0.1 (default 4100)
  --data    directory for the tenant's database (default .tenant-data; created readable by you only)
  --memory  keep everything in memory; nothing is written to disk
  --app     built Data Hub to serve at / (local mode)
  --source-maps       serve the app's .map files too (refused otherwise: they publish the source)
  --allow-origin <o>  let pages from this origin call the tenant, e.g. http://localhost:5173 for
                      npm run dev (repeatable; every other origin is refused)
  --allow-host <h>    answer requests addressed to this host name too (repeatable; 127.0.0.1,
                      localhost and [::1] always are)
  --empty   start with no lists, to try provisioning
  --fault   inject a fault, e.g. 429:items:3 or status=503,path=lists,retryAfter=2,count=1
  --bulk-actions <n>  add n sample actions to a fresh site (scale demos)`;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4100" },
    data: { type: "string" },
    memory: { type: "boolean", default: false },
    app: { type: "string" },
    "source-maps": { type: "boolean", default: false },
    "allow-origin": { type: "string", multiple: true },
    "allow-host": { type: "string", multiple: true },
    empty: { type: "boolean", default: false },
    fault: { type: "string", multiple: true },
    "bulk-actions": { type: "string" },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535.\n\n${USAGE}`);
  process.exit(2);
}

// Handlers first: a stop that arrives while the tenant starts still stops it cleanly.
let tenant: Awaited<ReturnType<typeof startTenant>> | undefined;
let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.error(`local tenant: ${signal}, stopping`);
  void (tenant ? tenant.close() : Promise.resolve()).then(() => process.exit(0));
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

for (const origin of values["allow-origin"] ?? []) {
  try {
    normaliseOrigin(origin);
  } catch (error) {
    console.error(`--allow-origin: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

tenant = await startTenant({
  port,
  sourceMaps: values["source-maps"],
  allowedOrigins: values["allow-origin"] ?? [],
  allowedHosts: values["allow-host"] ?? [],
  dataDir: values.memory ? null : (values.data ?? ".tenant-data"),
  appDir: values.app,
  empty: values.empty,
  faults: (values.fault ?? []).map(parseFaultSpec),
  bulkActions: values["bulk-actions"] ? Number(values["bulk-actions"]) : undefined,
});
if (stopping) await tenant.close().then(() => process.exit(0));
console.log(tenant.siteUrl);
if (values.app) console.log(`Data Hub: ${tenant.origin}/`);
