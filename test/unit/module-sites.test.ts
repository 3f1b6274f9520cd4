import fs from "node:fs";
import path from "node:path";
import { MODULES } from "../../src/modules";
import { MODULE_SITES } from "../../src/modules/sites";

const MODULES_DIR = path.join(__dirname, "../../src/modules");

describe("what the modules put on the site", () => {
  it("names every module folder that has a site.ts, once, in the navigation's order", () => {
    const withSite = fs.readdirSync(MODULES_DIR).filter((dir) => fs.existsSync(path.join(MODULES_DIR, dir, "site.ts")));
    const registered = MODULE_SITES.map((site) => site.moduleId);
    expect([...registered].sort()).toEqual(withSite.sort());
    expect(registered).toEqual(MODULES.map((m) => m.id).filter((id) => registered.includes(id)));
  });

  it("belongs to a module the app shows", () => {
    const ids = new Set(MODULES.map((m) => m.id));
    for (const site of MODULE_SITES) expect(ids.has(site.moduleId)).toBe(true);
  });

  it("declares each list once, in one module", () => {
    const titles = MODULE_SITES.flatMap((site) => site.lists.map((list) => list.title));
    expect(new Set(titles).size).toBe(titles.length);
  });
});
