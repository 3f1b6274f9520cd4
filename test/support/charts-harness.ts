import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The chart kit's test page (test/support/charts-page): every chart with sample data, built by Vite
 * as the app builds, with the kit in a chunk of its own. `--react17 <node_modules>` builds it against
 * the React 17 in that folder (the web parts' own, webparts/node_modules) instead of the app's 18.
 *
 *   npx tsx test/support/charts-harness.ts [--out <dir>] [--react17 <node_modules>]   prints each chunk's size
 *
 * Jest cannot load Vite (ES modules only), so the browser test runs this file with tsx.
 */
const ROOT = process.cwd();
const PAGE = path.join(ROOT, "test", "support", "charts-page");

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

export function chunkSizes(outDir: string): ChunkSize[] {
  const assets = path.join(outDir, "assets");
  return fs
    .readdirSync(assets)
    .filter((f) => f.endsWith(".js"))
    .map((f) => {
      const bytes = fs.readFileSync(path.join(assets, f));
      return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Builds the page into `outDir` in a child process (tsx runs this file's main). */
export function buildChartsPage(outDir: string, options: { react17?: string } = {}): Promise<ChunkSize[]> {
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const args = [path.join(ROOT, "test", "support", "charts-harness.ts"), "--out", outDir, ...(options.react17 ? ["--react17", options.react17] : [])];
  return new Promise((resolve, reject) => {
    // As `vite build` ships it: Jest's NODE_ENV=test would give React's development build.
    const child = spawn(tsx, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_ENV: "production" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve(chunkSizes(outDir)) : reject(new Error(`Building the chart test page failed (exit ${code}):\n${output}`))));
  });
}

async function main(): Promise<void> {
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const react17 = option("--react17");
  const outDir = path.resolve(option("--out") ?? fs.mkdtempSync(path.join(os.tmpdir(), "datahub-charts-")));
  const { build } = await import("vite");
  const react = (await import("@vitejs/plugin-react")).default;
  // React 17: every import of react and react-dom (Fluent's too) from that folder, and the page
  // mounted with ReactDOM.render.
  const alias = react17
    ? [
        { find: /^\.\/mount$/, replacement: path.join(PAGE, "mount-react17.tsx") },
        { find: /^react-dom(\/.*)?$/, replacement: `${path.resolve(react17, "react-dom")}$1` },
        { find: /^react(\/.*)?$/, replacement: `${path.resolve(react17, "react")}$1` },
      ]
    : [];
  await build({
    configFile: false,
    root: PAGE,
    base: "./",
    logLevel: "error",
    plugins: [react()],
    resolve: { alias },
    build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false },
  });
  for (const chunk of chunkSizes(outDir)) console.log(`${chunk.file.padEnd(40)} ${(chunk.raw / 1024).toFixed(1).padStart(8)} KB ${(chunk.gzip / 1024).toFixed(1).padStart(7)} KB gzip`);
  console.log(`built: ${outDir}${react17 ? " (React 17)" : ""}`);
}

if (process.argv[1]?.endsWith("charts-harness.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
