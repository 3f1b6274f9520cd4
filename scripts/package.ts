/**
 * npm run package [-- --env <name> | --env-file <path>]
 *
 * Builds the Teams app package offline: appPackage/build/appPackage.<env>.zip (manifest.json,
 * color.png, outline.png) and appPackage/build/manifest.<env>.json beside it, the names the Agents
 * Toolkit's teamsApp/zipAppPackage uses. Without options, every environment in env/ is packaged.
 * Fails, naming the file and the variables, when a placeholder has no value.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildAppPackage, environmentsIn, PackageError, parseEnvFile } from "./teams/app-package";

const USAGE = `Usage: npm run package [-- --env <name> | --env-file <path>]

  (no option)        package every environment: each env/.env.<name>
  --env <name>       package one environment from env/.env.<name>
  --env-file <path>  package from any .env file (its TEAMSFX_ENV, or "custom", names the output)`;

const root = fileURLToPath(new URL("..", import.meta.url));
const appPackageDir = path.join(root, "appPackage");
const envDir = path.join(root, "env");
const buildDir = path.join(appPackageDir, "build");

function packageOne(envName: string, envFile: string): void {
  const source = path.relative(process.cwd(), envFile) || envFile;
  if (!fs.existsSync(envFile)) throw new PackageError(`${source} does not exist.`);
  const vars = parseEnvFile(fs.readFileSync(envFile, "utf8"));
  const built = buildAppPackage({ appPackageDir, vars, source, root });
  fs.mkdirSync(buildDir, { recursive: true });
  const zipFile = path.join(buildDir, `appPackage.${envName}.zip`);
  fs.writeFileSync(zipFile, built.zip);
  fs.writeFileSync(path.join(buildDir, `manifest.${envName}.json`), built.manifestText);
  const kb = (built.zip.byteLength / 1024).toFixed(1);
  console.log(`${envName}: ${path.relative(process.cwd(), zipFile)} (${kb} kB: ${built.files.join(", ")}); manifest ${String(built.manifest.manifestVersion)} valid against its schema`);
}

function main(): number {
  let options: { env?: string; "env-file"?: string; help?: boolean };
  try {
    options = parseArgs({ options: { env: { type: "string" }, "env-file": { type: "string" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const jobs: [string, string][] = [];
  if (options["env-file"]) {
    const file = path.resolve(options["env-file"]);
    const named = fs.existsSync(file) ? parseEnvFile(fs.readFileSync(file, "utf8")).TEAMSFX_ENV : undefined;
    jobs.push([named || "custom", file]);
  } else if (options.env) {
    jobs.push([options.env, path.join(envDir, `.env.${options.env}`)]);
  } else {
    const names = environmentsIn(envDir);
    if (!names.length) {
      console.error(`No environments: add env/.env.<name> (see README, "Teams app").`);
      return 1;
    }
    for (const name of names) jobs.push([name, path.join(envDir, `.env.${name}`)]);
  }
  let failed = 0;
  for (const [name, file] of jobs) {
    try {
      packageOne(name, file);
    } catch (error) {
      if (!(error instanceof PackageError)) throw error;
      failed++;
      console.error(`${name}: not packaged. ${error.message}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
