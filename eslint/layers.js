/**
 * Data Hub's layers, enforced (docs/architecture.md):
 * - core never imports a module or a host;
 * - a module reaches another module only through that module's index.ts (its public face), and never
 *   the registry (src/modules/index.ts) or a host;
 * - domain/ is pure: no React, no Fluent, no SharePoint, Graph, sign-in or Teams client, and nothing
 *   from a data/ or ui/ folder;
 * - data/ has no React and nothing from a ui/ folder;
 * - ui/ builds no client: it takes the host's shared ones from useServices();
 * - what a module puts on the site (its site.ts, gathered in src/modules/sites.ts) is never imported by
 *   the app, only by the site declaration, provisioning, the tenant and tests, so list declarations
 *   stay out of the first screen's JavaScript.
 * Paths are compared as written (resolved against the importing file), so the rule needs no resolver.
 */
import path from "node:path";

const ROOT = process.cwd();
const UI_PACKAGES = [/^react(-dom)?(\/|$)/, /^@fluentui\//];
const CLIENT_PACKAGES = [/^@pnp\//, /^@microsoft\/microsoft-graph-client/, /^@azure\/msal-browser/, /^@microsoft\/teams-js/, /^powerbi-client/];
/** Where the shared clients are built: only hosts (and core's own assembly) may call these. */
const CLIENT_BUILDERS = { "src/core/data/sharepoint": ["createSharePoint", "BearerToken"], "src/core/data/graph": ["createGraphService"], "src/core/data/app-services": ["createAppServices"] };

/** Sign-in's pure parts (the token seam and its error, JWT reading, configuration, scopes) may be used by domain code. */
const PURE_AUTH = ["src/core/auth/token-provider", "src/core/auth/jwt", "src/core/auth/config", "src/core/auth/scopes"];

const rel = (file) => path.relative(ROOT, file).split(path.sep).join("/");
const withoutExtension = (p) => p.replace(/\.(tsx?|jsx?|mjs|cjs)$/, "");

/**
 * Where a file or import target sits (a path without its extension; a folder means its index):
 * its area (core, module <name>, hosts, registry) and layer (domain, data, ui, other).
 */
function placeOf(target) {
  const parts = target.split("/");
  if (parts.at(-1) === "index") parts.pop();
  if (parts[0] !== "src") return null;
  const layerAt = (i) => (["domain", "data", "ui"].includes(parts[i]) ? parts[i] : "other");
  if (parts[1] === "core") return { area: "core", layer: layerAt(2) };
  if (parts[1] === "hosts") return { area: "hosts", layer: "other" };
  if (parts[1] === "modules") {
    // src/modules/index.ts (the modules) and src/modules/sites.ts (what they put on the site).
    if (parts.length === 2 || (parts.length === 3 && parts[2] === "sites")) return { area: "registry", layer: "other" };
    return { area: "module", module: parts[2], layer: layerAt(3) };
  }
  return null;
}

function problemsOf(file, source, importedNames, typeOnly) {
  const from = placeOf(withoutExtension(file));
  if (!from) return [];
  const problems = [];
  const relative = source.startsWith(".");
  const target = relative ? withoutExtension(path.posix.normalize(path.posix.join(path.posix.dirname(file), source))) : null;
  const to = target ? placeOf(target) : null;

  const sitePart = target !== null && (target === "src/modules/sites" || /^src\/modules\/[^/]+\/site$/.test(target));
  if (sitePart && withoutExtension(file) !== "src/modules/sites") problems.push("the app never imports what a module puts on the site (its site.ts, src/modules/sites.ts): that is for provisioning, the local tenant and the tests, and would put every list declaration in the first screen's JavaScript.");
  if (from.area === "core" && to && (to.area === "module" || to.area === "registry" || to.area === "hosts")) problems.push("core must not import a module or a host: modules plug into core through the module contract (src/core/module.ts).");
  if (from.area === "module" && to) {
    if (to.area === "registry" || to.area === "hosts") problems.push("a module must not import the module registry or a host: the shell hands it what it needs (useModules, useServices).");
    if (to.area === "module" && to.module !== from.module) {
      const isIndex = target === `src/modules/${to.module}` || target === `src/modules/${to.module}/index`;
      if (!isIndex) problems.push(`reach the ${to.module} module only through its public face, src/modules/${to.module}/index.ts.`);
    }
  }
  if (from.layer === "domain" && !typeOnly) {
    if (!relative && [...UI_PACKAGES, ...CLIENT_PACKAGES].some((p) => p.test(source))) problems.push(`domain code is pure: no ${source} (no React, no clients).`);
  }
  const signIn = target?.startsWith("src/core/auth/") && !PURE_AUTH.includes(target);
  if (from.layer === "domain" && to && (to.layer === "data" || to.layer === "ui" || signIn)) problems.push("domain code is pure: it must not import data, ui or sign-in code.");
  if (from.layer === "data" && !typeOnly && !relative && UI_PACKAGES.some((p) => p.test(source))) problems.push(`data code has no React: no ${source}.`);
  if (from.layer === "data" && to && to.layer === "ui") problems.push("data code must not import ui code.");
  if (from.layer === "ui" && !typeOnly) {
    const builders = target ? CLIENT_BUILDERS[target] : undefined;
    const built = builders ? importedNames.filter((n) => builders.includes(n)) : [];
    if (built.length) problems.push(`ui code builds no client (${built.join(", ")}): take the host's shared clients from useServices().`);
    if (!relative && source === "@pnp/sp" && importedNames.includes("spfi")) problems.push("ui code builds no client (spfi): take the host's shared clients from useServices().");
  }
  return problems;
}

const boundaries = {
  meta: { type: "problem", docs: { description: "Data Hub's layers and module boundaries" }, schema: [] },
  create(context) {
    const file = rel(context.filename);
    const check = (node, source, importedNames, typeOnly) => {
      if (typeof source !== "string") return;
      for (const message of problemsOf(file, source, importedNames, typeOnly)) context.report({ node, message });
    };
    return {
      ImportDeclaration(node) {
        const names = node.specifiers.filter((s) => s.type === "ImportSpecifier").map((s) => s.imported.name ?? s.imported.value);
        const typeOnly = node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
        check(node, node.source.value, names, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, [], node.exportKind === "type");
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, [], node.exportKind === "type");
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value, [], false);
      },
    };
  },
};

export default { meta: { name: "datahub-layers" }, rules: { boundaries } };
