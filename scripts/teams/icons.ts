/**
 * Draws the Teams app icons: a stylised bar chart (three rising bars on a baseline). Teams wants a
 * 192×192 full-colour icon and a 32×32 outline icon that is white on transparent, alpha only.
 * Regenerate with `npx tsx scripts/teams/make-icons.ts`; the PNGs in appPackage/ are committed.
 */
import fs from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";

/** Deep teal: white on it has a contrast ratio above 6:1. Also the manifest's accentColor. */
export const ACCENT = "#0E6B74";

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius. */
  r: number;
}

/**
 * The mark on a 24-unit grid (so the 32×32 outline's edges fall on whole pixels): three bars
 * rising left to right, standing on a baseline.
 */
const GRID = 24;
const MARK: Rect[] = [
  { x: 0, y: 12, w: 6, h: 9, r: 1.2 },
  { x: 9, y: 7, w: 6, h: 14, r: 1.2 },
  { x: 18, y: 1, w: 6, h: 20, r: 1.2 },
  { x: 0, y: 22, w: 24, h: 2, r: 1 },
].map((rect) => ({ x: rect.x / GRID, y: rect.y / GRID, w: rect.w / GRID, h: rect.h / GRID, r: rect.r / GRID }));

function insideRoundedRect(px: number, py: number, { x, y, w, h, r }: Rect): boolean {
  if (px < x || px > x + w || py < y || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** How much of each pixel the mark covers (0–1), supersampled for smooth edges. */
function coverage(size: number, box: { x: number; y: number; size: number }): Float64Array {
  const SAMPLES = 8;
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = (px + (sx + 0.5) / SAMPLES - box.x) / box.size;
          const v = (py + (sy + 0.5) / SAMPLES - box.y) / box.size;
          if (MARK.some((rect) => insideRoundedRect(u, v, rect))) hits++;
        }
      }
      out[py * size + px] = hits / (SAMPLES * SAMPLES);
    }
  }
  return out;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** 192×192: the mark in white, 96×96 in the middle of a solid accent square (Teams' guidance). */
export function colourIcon(): PNG {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const cover = coverage(size, { x: 48, y: 48, size: 96 });
  const [r, g, b] = hexToRgb(ACCENT);
  for (let i = 0; i < size * size; i++) {
    const c = cover[i]!;
    png.data[i * 4] = Math.round(r + (255 - r) * c);
    png.data[i * 4 + 1] = Math.round(g + (255 - g) * c);
    png.data[i * 4 + 2] = Math.round(b + (255 - b) * c);
    png.data[i * 4 + 3] = 255;
  }
  return png;
}

/** 32×32: the same mark in white on transparent, 4 px clear all round; only alpha varies. */
export function outlineIcon(): PNG {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  const cover = coverage(size, { x: 4, y: 4, size: 24 });
  for (let i = 0; i < size * size; i++) {
    png.data[i * 4] = 255;
    png.data[i * 4 + 1] = 255;
    png.data[i * 4 + 2] = 255;
    png.data[i * 4 + 3] = Math.round(255 * cover[i]!);
  }
  return png;
}

export function writeIcons(appPackageDir: string): string[] {
  const written: string[] = [];
  for (const [name, png] of [["color.png", colourIcon()], ["outline.png", outlineIcon()]] as const) {
    const file = path.join(appPackageDir, name);
    fs.writeFileSync(file, PNG.sync.write(png, { colorType: 6 }));
    written.push(file);
  }
  return written;
}

