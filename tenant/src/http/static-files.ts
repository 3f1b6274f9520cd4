/**
 * Serves the built tab (local mode) from one folder: real paths only (no `..`, no symbolic links
 * out of it), `nosniff`, a content security policy for a Teams tab, and no source maps unless asked.
 */
import fs from "node:fs";
import path from "node:path";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

/** Pages that may frame the tab: itself, Teams (web, desktop, the new cloud.microsoft host) and SharePoint. */
export const FRAME_ANCESTORS = ["'self'", "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.teams.microsoft.us", "https://*.cloud.microsoft", "https://*.office.com", "https://*.microsoft365.com", "https://*.sharepoint.com", "https://*.skype.com"];

/** Where the tab may connect and what it may frame, from its config.json (any origin it names) and Microsoft's fixed hosts. */
export function contentSecurityPolicy(config: unknown): string {
  const named = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === "string" && /^https?:\/\//i.test(value)) {
      try {
        named.add(new URL(value).origin);
      } catch {
        // Not a URL after all: nothing to allow.
      }
    } else if (value && typeof value === "object") for (const v of Object.values(value)) collect(v);
  };
  collect(config);
  const microsoft = ["https://login.microsoftonline.com", "https://graph.microsoft.com", "https://*.sharepoint.com", "https://api.powerbi.com", "https://res.cdn.office.net"];
  const connect = ["'self'", ...named, ...microsoft];
  const frames = ["'self'", ...named, "https://app.powerbi.com", "https://login.microsoftonline.com"];
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Fluent UI writes its styles at run time; the boot shell has one inline style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    `frame-src ${frames.join(" ")}`,
    `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

export type StaticAnswer =
  | { readonly kind: "file"; readonly file: string; readonly headers: Record<string, string> }
  | { readonly kind: "not-found" }
  | { readonly kind: "bad-request" };

/**
 * The file a URL path names inside `root`, compared by real path (symbolic links resolved), or the
 * app's index.html for a route of the single-page app. Source maps only when `sourceMaps` is set.
 */
export function resolveStatic(root: string, urlPath: string, options: { sourceMaps: boolean; csp: string }): StaticAnswer {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: "bad-request" };
  }
  if (decoded.includes("\0")) return { kind: "bad-request" };
  const realRoot = fs.realpathSync(root);
  const inside = (candidate: string) => candidate === realRoot || candidate.startsWith(realRoot + path.sep);
  let file = path.resolve(realRoot, `.${decoded}`);
  if (!inside(file)) return { kind: "not-found" };
  if (fs.existsSync(file)) {
    const real = fs.realpathSync(file);
    if (!inside(real)) return { kind: "not-found" };
    file = real;
  }
  if (path.extname(file) === ".map" && !options.sourceMaps) return { kind: "not-found" };
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(realRoot, "index.html");
  const extension = path.extname(file);
  const immutable = path.relative(realRoot, file).startsWith(`assets${path.sep}`);
  const headers: Record<string, string> = {
    "Content-Type": MIME[extension] ?? "application/octet-stream",
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (extension === ".html") headers["Content-Security-Policy"] = options.csp;
  return { kind: "file", file, headers };
}
