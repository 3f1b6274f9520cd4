// Copies the code the web parts share with the Teams tab into src/shared/, because SPFx compiles
// only files under webparts/src (toolchain.md): importing ../src directly fails. The copies are
// byte-for-byte (test/integration/webparts-package.test.ts checks it) and ignored by git, so there
// is one implementation and no fork. src/hosts/ is not copied: the web parts are their own host.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const webparts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const root = path.resolve(webparts, "..");
const target = path.join(webparts, "src", "shared");

/** What is copied, as paths relative to the repository root; the same layout under src/shared/ keeps relative imports working. */
export const SHARED = ["src/core", "src/modules", "manifest"];

// Start from nothing so a file deleted or renamed in src/ does not live on in the copy.
rmSync(target, { recursive: true, force: true });
let files = 0;
for (const part of SHARED) {
  const from = path.join(root, part);
  if (!existsSync(from)) throw new Error(`copy-shared: ${from} is missing`);
  const to = path.join(target, part);
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true, preserveTimestamps: true });
  files += count(to);
}
console.log(`copy-shared: ${files} files from ${SHARED.join(", ")} into ${path.relative(root, target)}/`);

function count(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? count(path.join(dir, entry.name)) : 1), 0);
}
