// `npm run build:webparts` at the root: installs webparts/'s own dependencies when they are missing
// or older than its lockfile (its own node_modules: SPFx needs React 17, the tab has 18, so
// webparts/ is not a workspace of the root), then copies the shared code and builds the .sppkg
// offline. Its npm scripts run on the Node 22 that webparts/ installs (SPFx 1.22 supports 22 only).
// `--install-only` stops after the install (the test script wants the packages early, the build later).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const webparts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const lock = path.join(webparts, "package-lock.json");
const installed = path.join(webparts, "node_modules", ".package-lock.json");

function run(args) {
  const result = spawnSync("npm", args, { cwd: webparts, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  run(["ci", "--no-audit", "--no-fund"]);
}
if (process.argv.includes("--install-only")) process.exit(0);
run(["run", "build"]);
console.log(`build:webparts: ${path.relative(path.dirname(webparts), path.join(webparts, "sharepoint", "solution", "data-hub-webparts.sppkg"))}`);
