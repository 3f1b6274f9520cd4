import { execFileSync } from "node:child_process";

/**
 * The layer rule (eslint/layers.js) on small files placed where real ones live, through ESLint's own
 * API with the project's config: one Node process lints every case (ESLint is ES modules only, so it
 * runs outside Jest's CommonJS).
 */
interface Case {
  file: string;
  code: string;
}

function layerProblems(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint();
    const RULES = ["layers/boundaries", "no-restricted-imports", "no-restricted-properties"];
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.file });
      out.push(result.messages.filter((m) => RULES.includes(m.ruleId)).map((m) => m.message));
    }
    console.log(JSON.stringify(out));`;
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(cases)], { encoding: "utf8" });
  return JSON.parse(output) as string[][];
}

describe("the layers, module boundaries and React 17 limits ESLint enforces", () => {
  let results: string[][];
  const cases: Record<string, Case> = {
    coreImportsModule: { file: "src/core/ui/Probe.tsx", code: 'import { actionsModule } from "../../modules/actions/module";\nexport const x = actionsModule;\n' },
    coreImportsRegistry: { file: "src/core/data/probe.ts", code: 'import { MODULES } from "../../modules";\nexport const x = MODULES;\n' },
    moduleReachesInternals: { file: "src/modules/dictionary/ui/Probe.tsx", code: 'import { ragOf } from "../../actions/domain/rag";\nexport const x = ragOf;\n' },
    moduleUsesPublicFace: { file: "src/modules/dictionary/ui/Probe.tsx", code: 'import { ragOf } from "../../actions";\nexport const x = ragOf;\n' },
    moduleImportsRegistry: { file: "src/modules/home/ui/Probe.tsx", code: 'import { MODULES } from "../..";\nexport const x = MODULES;\n' },
    domainImportsReact: { file: "src/modules/actions/domain/probe.ts", code: 'import { useState } from "react";\nexport const x = useState;\n' },
    domainImportsData: { file: "src/modules/actions/domain/probe.ts", code: 'import { getAction } from "../data/actions-data";\nexport const x = getAction;\n' },
    domainTypeOnlyClient: { file: "src/modules/actions/domain/probe.ts", code: 'import type { SPFI } from "@pnp/sp";\nexport type X = SPFI;\n' },
    dataImportsFluent: { file: "src/modules/actions/data/probe.ts", code: 'import { Button } from "@fluentui/react-components";\nexport const x = Button;\n' },
    uiBuildsClient: { file: "src/modules/actions/ui/Probe.tsx", code: 'import { createSharePoint } from "../../../core/data/sharepoint";\nexport const x = createSharePoint;\n' },
    hostBuildsClient: { file: "src/hosts/local/probe.ts", code: 'import { createSharePoint } from "../../core/data/sharepoint";\nexport const x = createSharePoint;\n' },
    hostImportsSites: { file: "src/hosts/local/probe.ts", code: 'import { MODULE_SITES } from "../../modules/sites";\nexport const x = MODULE_SITES;\n' },
    screenImportsItsSite: { file: "src/modules/actions/ui/Probe.tsx", code: 'import { actionsSite } from "../site";\nexport const x = actionsSite;\n' },
    screenImportsItsLists: { file: "src/modules/actions/ui/Probe.tsx", code: 'import { actionsList } from "../lists";\nexport const x = actionsList;\n' },
    registryOfSites: { file: "src/modules/sites.ts", code: 'import { actionsSite } from "./actions/site";\nexport const x = [actionsSite];\n' },
    react18Hook: { file: "src/modules/actions/ui/Probe.tsx", code: 'import { useId as id, useState } from "react";\nexport const x = [id, useState];\n' },
    react18Namespace: { file: "src/core/ui/Probe.tsx", code: 'import React from "react";\nexport const x = React.useSyncExternalStore;\n' },
    react18Root: { file: "src/core/ui/probe.ts", code: 'import { createRoot } from "react-dom/client";\nexport const x = createRoot;\n' },
    react18InHost: { file: "src/hosts/probe.tsx", code: 'import { createRoot } from "react-dom/client";\nexport const x = createRoot;\n' },
  };
  beforeAll(() => {
    results = layerProblems(Object.values(cases));
  }, 60_000);
  const problemsFor = (name: keyof typeof cases) => results[Object.keys(cases).indexOf(name)]!;

  it("keeps core free of modules and of the registry", () => {
    expect(problemsFor("coreImportsModule")).toEqual([expect.stringContaining("core must not import a module")]);
    expect(problemsFor("coreImportsRegistry")).toEqual([expect.stringContaining("core must not import a module")]);
  });

  it("lets a module reach another only through its index.ts, and never the registry", () => {
    expect(problemsFor("moduleReachesInternals")).toEqual([expect.stringContaining("src/modules/actions/index.ts")]);
    expect(problemsFor("moduleUsesPublicFace")).toEqual([]);
    expect(problemsFor("moduleImportsRegistry")).toEqual([expect.stringContaining("module registry")]);
  });

  it("keeps what modules put on the site out of the app, while screens import the lists they read", () => {
    expect(problemsFor("hostImportsSites")).toEqual([expect.stringContaining("never imports what a module puts on the site")]);
    expect(problemsFor("screenImportsItsSite")).toEqual([expect.stringContaining("never imports what a module puts on the site")]);
    expect(problemsFor("screenImportsItsLists")).toEqual([]);
    expect(problemsFor("registryOfSites")).toEqual([]);
  });

  it("keeps domain code pure, allowing types", () => {
    expect(problemsFor("domainImportsReact")).toEqual([expect.stringContaining("no react")]);
    expect(problemsFor("domainImportsData")).toEqual([expect.stringContaining("must not import data")]);
    expect(problemsFor("domainTypeOnlyClient")).toEqual([]);
  });

  it("keeps React out of data code and client building out of screens", () => {
    expect(problemsFor("dataImportsFluent")).toEqual([expect.stringContaining("no React")]);
    expect(problemsFor("uiBuildsClient")).toEqual([expect.stringContaining("builds no client")]);
    expect(problemsFor("hostBuildsClient")).toEqual([]);
  });

  it("keeps React 18-only APIs out of code the web parts share, aliased or not, and allows them in the tab's hosts", () => {
    expect(problemsFor("react18Hook")).toEqual([expect.stringContaining("React 18 only")]);
    expect(problemsFor("react18Namespace")).toEqual([expect.stringContaining("React 18 only")]);
    expect(problemsFor("react18Root")).toEqual([expect.stringContaining("React 18 only")]);
    expect(problemsFor("react18InHost")).toEqual([]);
  });
});
