/**
 * The Teams app package, built offline: fills `appPackage/manifest.json`'s `${{NAME}}` placeholders
 * from `env/.env.<env>` (as the Agents Toolkit does), validates the result against the JSON schema
 * of the manifest version it declares (shipped in `@microsoft/app-manifest`), checks the icons, and
 * zips exactly the manifest and its two icons. No network: nothing here fetches a schema.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { zipSync } from "fflate";
import { PNG } from "pngjs";

/** May be empty or absent: the production environment has no name suffix. */
export const OPTIONAL_VARIABLES: ReadonlySet<string> = new Set(["APP_NAME_SUFFIX"]);

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Fixed timestamps make the zip byte-for-byte repeatable for the same inputs.
const ZIP_MTIME = new Date("2025-01-01T00:00:00Z");

export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** A problem that whoever packages can fix at once: it names the file and what to change. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

/** `.env` syntax as the Agents Toolkit writes it: KEY=value, # comments, optional quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2]!;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2]!;
    else value = value.replace(/\s+#.*$/, "").trim();
    vars[match[1]!] = value;
  }
  return vars;
}

/** Every `${{NAME}}` a template uses, once each, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Replaces every placeholder, or throws naming every variable that is missing or empty (all at
 * once, so one run tells the whole story). Values are JSON-escaped: the template is JSON.
 */
export function fillPlaceholders(template: string, vars: Record<string, string | undefined>, source: string): string {
  const missing = placeholdersIn(template).filter((name) => !OPTIONAL_VARIABLES.has(name) && !vars[name]?.trim());
  if (missing.length) {
    throw new PackageError(
      `${source}: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set. ` +
        "Set TAB_ENDPOINT and TAB_DOMAIN by hand; `atk provision` writes TEAMS_APP_ID and AAD_APP_CLIENT_ID (README, \"Teams app\").",
    );
  }
  // Values are used as written: a quoted " (dev)" keeps its space, as the Agents Toolkit keeps it.
  return template.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(vars[name] ?? "").slice(1, -1));
}

/** Catches values that would produce a package Teams accepts but that cannot work. */
export function checkEnvironment(vars: Record<string, string | undefined>, source: string): void {
  const problems: string[] = [];
  for (const name of ["TEAMS_APP_ID", "AAD_APP_CLIENT_ID"]) {
    const value = vars[name]?.trim();
    if (value && !GUID.test(value)) problems.push(`${name} must be a GUID; got "${value}"`);
    if (value && /^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(value)) problems.push(`${name} is the empty GUID: use the id from provisioning`);
  }
  const endpoint = vars.TAB_ENDPOINT?.trim();
  const domain = vars.TAB_DOMAIN?.trim();
  if (endpoint) {
    let url: URL | null = null;
    try {
      url = new URL(endpoint);
    } catch {
      problems.push(`TAB_ENDPOINT must be an absolute URL; got "${endpoint}"`);
    }
    if (url) {
      if (url.protocol !== "https:") problems.push(`TAB_ENDPOINT must use https (Teams loads tabs over https only); got "${endpoint}"`);
      if (endpoint.endsWith("/")) problems.push(`TAB_ENDPOINT must not end with "/" (the manifest adds "/index.html"); got "${endpoint}"`);
      if (url.search || url.hash) problems.push(`TAB_ENDPOINT must not carry a query or fragment; got "${endpoint}"`);
      if (domain && url.host.toLowerCase() !== domain.toLowerCase()) problems.push(`TAB_DOMAIN must be TAB_ENDPOINT's host ("${url.host}"), the only valid domain; got "${domain}"`);
    }
  }
  if (domain && /[/:]|\s/.test(domain.replace(/:\d+$/, ""))) problems.push(`TAB_DOMAIN must be a host name only (no scheme or path); got "${domain}"`);
  if (problems.length) throw new PackageError(`${source}: ${problems.join("; ")}.`);
}

/** The schema file shipped for a manifest version, e.g. 1.30 → …/teams/v1.30/MicrosoftTeams.schema.json. */
export function schemaPathFor(manifestVersion: string, root = process.cwd()): string {
  const requireFromRoot = createRequire(path.join(root, "package.json"));
  const packageDir = path.dirname(requireFromRoot.resolve("@microsoft/app-manifest/package.json"));
  const file = path.join(packageDir, "build", "json-schemas", "teams", `v${manifestVersion}`, "MicrosoftTeams.schema.json");
  if (!/^\d+\.\d+$/.test(manifestVersion) || !fs.existsSync(file)) {
    throw new PackageError(`manifestVersion "${manifestVersion}" has no schema in @microsoft/app-manifest (looked for ${path.relative(root, file)}).`);
  }
  return file;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaFile: string): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8")) as object;
    // The Teams schemas are JSON Schema draft-04; these options are the ones @microsoft/app-manifest uses.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    validate = ajv.compile(schema);
    validators.set(schemaFile, validate);
  }
  return validate;
}

/** Errors against the schema of the version the manifest declares, as `path: message` lines; none when valid. */
export function validateManifest(manifest: unknown, root = process.cwd()): string[] {
  const version = (manifest as { manifestVersion?: unknown })?.manifestVersion;
  if (typeof version !== "string") return ["/manifestVersion: must be a string such as \"1.30\""];
  const validate = validatorFor(schemaPathFor(version, root));
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "is not valid"}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ""}`);
}

/** What Teams asks of the icons beyond the schema: sizes, and an outline that is white on transparent. */
export function iconProblems(kind: keyof typeof ICON_SIZES, file: string, bytes: Uint8Array): string[] {
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes));
  } catch {
    return [`${file} is not a PNG`];
  }
  const size = ICON_SIZES[kind];
  const problems: string[] = [];
  if (png.width !== size || png.height !== size) problems.push(`${file} must be ${size}×${size}; it is ${png.width}×${png.height}`);
  if (kind === "outline") {
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3]!;
      if (alpha === 0) transparent++;
      else if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) {
        problems.push(`${file} must be white on transparent: pixel ${(i / 4) % png.width},${Math.floor(i / 4 / png.width)} is not white`);
        break;
      }
    }
    if (transparent === 0) problems.push(`${file} must have a transparent background`);
  }
  return problems;
}

export interface BuiltPackage {
  manifest: Record<string, unknown>;
  /** The manifest as written into the zip. */
  manifestText: string;
  zip: Uint8Array;
  /** Names inside the zip. */
  files: string[];
}

/** Fills, validates and zips the package for one environment's variables. Throws PackageError with every problem found. */
export function buildAppPackage(options: { appPackageDir: string; vars: Record<string, string | undefined>; source: string; root?: string }): BuiltPackage {
  const { appPackageDir, vars, source } = options;
  const root = options.root ?? process.cwd();
  const template = fs.readFileSync(path.join(appPackageDir, "manifest.json"), "utf8");
  checkEnvironment(vars, source);
  const manifestText = fillPlaceholders(template, vars, source);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;

  const problems = validateManifest(manifest, root).map((e) => `manifest ${e}`);
  const icons = (manifest.icons ?? {}) as Record<string, string>;
  const files: Record<string, Uint8Array> = { "manifest.json": new TextEncoder().encode(manifestText) };
  for (const kind of Object.keys(ICON_SIZES) as (keyof typeof ICON_SIZES)[]) {
    const name = icons[kind];
    if (!name) continue; // the schema has already said it is required
    if (name.includes("/") || name.includes("\\")) {
      problems.push(`icons.${kind} must be a file beside manifest.json; got "${name}"`);
      continue;
    }
    const file = path.join(appPackageDir, name);
    if (!fs.existsSync(file)) {
      problems.push(`${path.relative(root, file)} is missing (regenerate with \`npx tsx scripts/teams/make-icons.ts\`)`);
      continue;
    }
    const bytes = new Uint8Array(fs.readFileSync(file));
    problems.push(...iconProblems(kind, name, bytes));
    files[name] = bytes;
  }
  if (problems.length) throw new PackageError(`${source}: the app package is not valid:\n  - ${problems.join("\n  - ")}`);

  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: ZIP_MTIME }]])), { level: 9 });
  return { manifest, manifestText, zip, files: Object.keys(files) };
}

/** Environments are the `.env.<name>` files in env/ (secrets live in `.env.<name>.user`, never packaged). */
export function environmentsIn(envDir: string): string[] {
  if (!fs.existsSync(envDir)) return [];
  return fs
    .readdirSync(envDir)
    .map((file) => /^\.env\.([A-Za-z0-9_-]+)$/.exec(file)?.[1])
    .filter((name): name is string => Boolean(name))
    .sort();
}
