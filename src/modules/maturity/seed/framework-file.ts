import type { Framework } from "../domain/framework";
import { parseFrameworkText } from "../domain/framework-import";
import { FRAMEWORK_FILE_ENV, FRAMEWORK_FILE_FROM_REPO_ROOT } from "./index";

/**
 * Node only (local mode's samples, the bench, tests): reads the shared copy of the framework file,
 * which lives beside the repository because its text is licensed data the repository must not hold.
 * Node's modules are taken from `process`, not imported, so the browser bundle never sees them.
 */
export function frameworkFilePath(): string {
  const path = process.getBuiltinModule("node:path");
  return process.env[FRAMEWORK_FILE_ENV] ?? path.join(process.cwd(), FRAMEWORK_FILE_FROM_REPO_ROOT);
}

/** The shared framework, or null (with the reason) when the file is not there or not a framework. */
export function readSharedFramework(): { framework: Framework } | { framework: null; reason: string } {
  const fs = process.getBuiltinModule("node:fs");
  const file = frameworkFilePath();
  if (!fs.existsSync(file)) return { framework: null, reason: `the framework file ${file} is not there (set ${FRAMEWORK_FILE_ENV} to point at a copy)` };
  const imported = parseFrameworkText(fs.readFileSync(file, "utf8"));
  return imported.ok ? { framework: imported.framework } : { framework: null, reason: `${file}: ${imported.summary} ${imported.problems[0]?.message ?? ""}` };
}
