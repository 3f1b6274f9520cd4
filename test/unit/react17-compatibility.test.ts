import fs from "node:fs";
import path from "node:path";

/**
 * SharePoint gives web parts React 17, and the web parts render the same feature components as
 * the tab. So code outside src/hosts/ must not use what React 18 added.
 */
const REACT_18_ONLY = ["useId", "useSyncExternalStore", "useTransition", "useDeferredValue", "useInsertionEffect", "startTransition", "createRoot", "hydrateRoot"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "hosts" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

it("shared components import nothing from React that React 17 lacks", () => {
  const offences: string[] = [];
  for (const file of sourceFiles(path.join(process.cwd(), "src"))) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"react(?:-dom(?:\/client)?)?"/g)) {
      for (const name of match[1]!.split(",").map((n) => n.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]!)) {
        if (REACT_18_ONLY.includes(name)) offences.push(`${path.relative(process.cwd(), file)}: ${name}`);
      }
    }
    if (/React\.(useId|useSyncExternalStore|useTransition|useDeferredValue|startTransition)\b/.test(text)) offences.push(`${path.relative(process.cwd(), file)}: React.* 18-only API`);
  }
  expect(offences).toEqual([]);
});

it("the check itself notices an 18-only import", () => {
  const sample = 'import { useId, useState } from "react";';
  const names = [...sample.matchAll(/import\s*\{([^}]*)\}\s*from\s*"react"/g)].flatMap((m) => m[1]!.split(",").map((n) => n.trim()));
  expect(names.filter((n) => REACT_18_ONLY.includes(n))).toEqual(["useId"]);
});
