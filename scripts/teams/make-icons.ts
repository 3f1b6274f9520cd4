/** Writes appPackage/color.png and appPackage/outline.png from scripts/teams/icons.ts: `npx tsx scripts/teams/make-icons.ts`. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeIcons } from "./icons";

const dir = fileURLToPath(new URL("../../appPackage", import.meta.url));
fs.mkdirSync(dir, { recursive: true });
for (const file of writeIcons(dir)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
