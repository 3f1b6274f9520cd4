import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleReport {
  initial: { files: string[]; raw: number; gzip: number };
  lazy: { file: string; raw: number; gzip: number }[];
}

/** The initial JavaScript is what index.html loads before anything runs: the entry and its preloads. */
export function measureBundle(distDir: string): BundleReport {
  const html = fs.readFileSync(path.join(distDir, "index.html"), "utf8");
  const initialFiles = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const size = (file: string) => {
    const bytes = fs.readFileSync(path.join(distDir, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const initial = initialFiles.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const assets = fs.readdirSync(path.join(distDir, "assets")).filter((f) => f.endsWith(".js"));
  const lazy = assets
    .map((f) => `assets/${f}`)
    .filter((f) => !initialFiles.includes(f))
    .map((file) => ({ file, ...size(file) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { initial: { files: initialFiles, ...initial }, lazy };
}
