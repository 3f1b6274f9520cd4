/**
 * @jest-environment ./test/support/jsdom-node-env.cjs
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { startTestTenant } from "../support/tenant";

/**
 * The SharePoint web parts (webparts/): `npm run build:webparts` builds the .sppkg offline; the
 * package holds exactly the four web parts and asks only for the API access the README justifies;
 * and the web parts render the tab's own module pages, copied byte for byte, never a fork.
 *
 * Builds the package first when it is missing or older than what it is built from. A clean build
 * (npm ci of webparts/ + SPFx) takes a few minutes here; an up-to-date package is only read. Then
 * renders each web part's host with the built tree's own React 17 against the local tenant.
 */
const root = process.cwd();
const webparts = path.join(root, "webparts");
const sppkgPath = path.join(webparts, "sharepoint", "solution", "data-hub-webparts.sppkg");
const sharedDir = path.join(webparts, "src", "shared");
/** What scripts/copy-shared.mjs copies, relative to the repository root. */
const SHARED = ["src/core", "src/modules", "manifest"];

const WEB_PARTS = [
  { folder: "actionTracker", alias: "ActionTrackerWebPart", id: "c1745a7a-e5ab-4408-922f-8e00951d67fa", title: "Data Hub: action tracker", module: "actions", page: "ActionsPage" },
  { folder: "dataDictionary", alias: "DataDictionaryWebPart", id: "ce7878f7-a146-4fcc-8e4c-253d099fd0b8", title: "Data Hub: data dictionary", module: "dictionary", page: "DictionaryPage" },
  { folder: "trainingCatalogue", alias: "TrainingCatalogueWebPart", id: "c275148c-9ae7-4390-b8f8-74ee38f1384b", title: "Data Hub: training catalogue", module: "training", page: "TrainingPage" },
  { folder: "dashboards", alias: "DashboardsWebPart", id: "2dca041e-bc7b-4f9c-b493-a2ed3230171f", title: "Data Hub: dashboards", module: "dashboards", page: "DashboardsPage" },
];

function files(dir: string, skip: (full: string) => boolean = () => false): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (skip(full)) return [];
    return entry.isDirectory() ? files(full, skip) : [full];
  });
}

/** Every source file the package is built from: the shared code and webparts/'s own. */
function buildInputs(): string[] {
  const own = files(path.join(webparts, "src"), (full) => full === sharedDir);
  const config = [...files(path.join(webparts, "config")), ...files(path.join(webparts, "scripts"))];
  const top = ["package.json", "package-lock.json", "tsconfig.json"].map((f) => path.join(webparts, f));
  return [...SHARED.flatMap((part) => files(path.join(root, part))), ...own, ...config, ...top];
}

/** Pairs of (copy, source) for the shared code, and what is on one side only. */
function sharedComparison() {
  const sources = SHARED.flatMap((part) => files(path.join(root, part))).map((f) => path.relative(root, f));
  const copies = files(sharedDir).map((f) => path.relative(sharedDir, f));
  const differing = sources.filter((rel) => copies.includes(rel) && !fs.readFileSync(path.join(root, rel)).equals(fs.readFileSync(path.join(sharedDir, rel))));
  return {
    missing: sources.filter((rel) => !copies.includes(rel)),
    extra: copies.filter((rel) => !sources.includes(rel)),
    differing,
    count: copies.length,
  };
}

function packageIsCurrent(): boolean {
  if (!fs.existsSync(sppkgPath)) return false;
  const built = fs.statSync(sppkgPath).mtimeMs;
  if (buildInputs().some((f) => fs.statSync(f).mtimeMs > built)) return false;
  const shared = sharedComparison();
  return shared.missing.length === 0 && shared.extra.length === 0 && shared.differing.length === 0;
}

let entries: Record<string, Uint8Array>;
const text = (name: string) => strFromU8(entries[name]!);
const xmlAttribute = (xml: string, name: string) => {
  const raw = new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1] ?? "";
  return raw.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
};

beforeAll(() => {
  if (!packageIsCurrent()) {
    const started = Date.now();
    // Built as `npm run build:webparts` builds it by hand: without the NODE_ENV=test Jest sets.
    const env = { ...process.env };
    delete env.NODE_ENV;
    const build = spawnSync("npm", ["run", "build:webparts"], { cwd: root, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (build.status !== 0) throw new Error(`npm run build:webparts failed (${build.status}):\n${(build.stdout + build.stderr).slice(-6000)}`);
    console.log(`webparts-package: built the .sppkg in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  entries = unzipSync(new Uint8Array(fs.readFileSync(sppkgPath)));
}, 20 * 60_000);

describe("the .sppkg", () => {
  it("holds exactly the four Data Hub web parts, each supporting section theme variants", () => {
    const components = Object.keys(entries)
      .filter((name) => /\/WebPart_[0-9a-f-]+\.xml$/.test(name))
      .map((name) => {
        const xml = text(name);
        expect(xml.match(/<ClientSideComponent\b/g)).toHaveLength(1);
        return { name: xmlAttribute(xml, "Name"), id: xmlAttribute(xml, "Id"), manifest: JSON.parse(xmlAttribute(xml, "ComponentManifest")) };
      });
    expect(components.map((c) => c.id).sort()).toEqual(WEB_PARTS.map((w) => w.id).sort());
    for (const part of WEB_PARTS) {
      const component = components.find((c) => c.id === part.id)!;
      expect(component.name).toBe(part.title);
      expect(component.manifest).toMatchObject({ id: part.id, alias: part.alias, componentType: "WebPart", supportsThemeVariants: true, supportedHosts: ["SharePointWebPart"] });
      expect(component.manifest.preconfiguredEntries[0].title.default).toBe(part.title);
      // Its code ships inside the package (no CDN to deploy): the bundle it loads is there.
      const entry = component.manifest.loaderConfig.entryModuleId as string;
      const bundle = component.manifest.loaderConfig.scriptResources[entry].path as string;
      expect(Object.keys(entries)).toContain(`ClientSideAssets/${bundle}`);
      // React comes from SharePoint, version 17.0.1: the shared code runs on React 17.
      expect(component.manifest.loaderConfig.scriptResources.react).toMatchObject({ type: "component", version: "17.0.1" });
    }
  });

  it("asks only for Graph User.Read and User.ReadBasic.All and Power BI Report.Read.All", () => {
    const app = text("AppManifest.xml");
    expect(app).toContain('IsClientSideSolution="true"');
    const requests = [...app.matchAll(/<WebApiPermissionRequest ResourceId="([^"]+)" Scope="([^"]+)"/g)].map((m) => `${m[1]}: ${m[2]}`);
    // SharePoint needs none: PnPjs' SPFx behaviour calls it with the page's own session (README).
    expect(requests.sort()).toEqual(["Microsoft Graph: User.Read", "Microsoft Graph: User.ReadBasic.All", "Power BI Service: Report.Read.All"]);
  });

  it("loads Power BI's libraries only with a report: not in the web parts' entry bundle", () => {
    const assets = Object.keys(entries).filter((name) => /^ClientSideAssets\/.*\.js$/.test(name));
    const entry = assets.find((name) => name.startsWith("ClientSideAssets/data-hub-web-parts_"))!;
    expect(text(entry)).not.toMatch(/powerbi-client|reportEmbed/);
    expect(assets.some((name) => name !== entry && /reportEmbed/.test(text(name)))).toBe(true);
  });
});

describe("one implementation for the tab and the web parts", () => {
  it("every file the web parts compile from src/ and manifest/ is a byte-for-byte copy", () => {
    const shared = sharedComparison();
    expect(shared).toMatchObject({ missing: [], extra: [], differing: [] });
    expect(shared.count).toBeGreaterThan(50);
    // The hosts are the tab's own; the web parts are their own host.
    expect(fs.existsSync(path.join(sharedDir, "src", "hosts"))).toBe(false);
  });

  it("each web part renders its module's page from the shared copy, through the same module definition the tab lists", () => {
    for (const part of WEB_PARTS) {
      const entry = fs.readFileSync(path.join(webparts, "src", "webparts", part.folder, `${part.alias}.ts`), "utf8");
      expect(entry).toContain(`from "../../shared/src/modules/${part.module}/module"`);
      // The tab's navigation lists the same definition, whose load() is the page both render.
      const definition = fs.readFileSync(path.join(root, "src", "modules", part.module, "module.ts"), "utf8");
      expect(definition).toMatch(new RegExp(`load: \\(\\) => import\\("\\./ui/${part.page}"\\)`));
      expect(fs.readFileSync(path.join(root, "src", "modules", "index.ts"), "utf8")).toContain(`from "./${part.module}/module"`);
    }
    const host = fs.readFileSync(path.join(webparts, "src", "host", "WebPartRoot.tsx"), "utf8");
    // The page comes through the very function the tab's shell uses, from the shared copy.
    expect(host).toContain('import { pageFor } from "../shared/src/core/ui/module-pages";');
    expect(fs.readFileSync(path.join(root, "src", "core", "ui", "AppShell.tsx"), "utf8")).toContain('import { pageFor } from "./module-pages";');
  });

  it("the web parts add no screens of their own: outside the shared copy there is only the host wrapper", () => {
    const own = files(path.join(webparts, "src"), (full) => full === sharedDir).map((f) => path.relative(webparts, f));
    expect(own.filter((f) => f.endsWith(".tsx"))).toEqual([path.join("src", "host", "WebPartRoot.tsx")]);
    // Nothing imports a module's screens directly, around its module definition.
    for (const file of own.filter((f) => /\.tsx?$/.test(f))) expect(fs.readFileSync(path.join(webparts, file), "utf8")).not.toMatch(/shared\/src\/modules\/[^"]+\/ui\//);
  });
});

describe("web part settings (the tenant property DataHubConfig)", () => {
  // Typed here, not imported: settings.ts compiles only once the shared copy exists (after the build).
  type Settings = { siteUrl: string; roleGroups: Record<string, string[]>; fromTenantProperty: boolean };
  let parseHubSettings: (stored: string | undefined, pageSiteUrl: string, siteUrlProperty?: string) => Settings;
  const group = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
  const roleGroups = { staff: [], manager: [group], "asset-owner": [], "data-lead": [], "focus-group": [], councillor: [] };

  beforeAll(async () => {
    // Read from the built tree: settings.ts uses the tab's own config validator from the shared copy.
    const modulePath = path.join(webparts, "src", "host", "settings.ts");
    ({ parseHubSettings } = (await import(modulePath)) as { parseHubSettings: typeof parseHubSettings });
  });

  it("without a tenant property, the page's own site and no role groups", () => {
    expect(parseHubSettings(undefined, "https://havant.sharepoint.com/sites/datahub")).toMatchObject({ siteUrl: "https://havant.sharepoint.com/sites/datahub", fromTenantProperty: false, roleGroups: { manager: [] } });
  });

  it("accepts the short form and the Teams tab's whole config.json", () => {
    const short = JSON.stringify({ siteUrl: "https://havant.sharepoint.com/sites/datahub/", roleGroups });
    expect(parseHubSettings(short, "https://havant.sharepoint.com/sites/intranet")).toMatchObject({ siteUrl: "https://havant.sharepoint.com/sites/datahub", roleGroups: { manager: [group] }, fromTenantProperty: true });
    const tab = JSON.stringify({ mode: "entra", tenantId: "havant.onmicrosoft.com", clientId: group, siteUrl: "https://havant.sharepoint.com/sites/datahub", roleGroups });
    expect(parseHubSettings(tab, "https://havant.sharepoint.com/sites/intranet").siteUrl).toBe("https://havant.sharepoint.com/sites/datahub");
  });

  it("the web part's own site property wins", () => {
    const short = JSON.stringify({ siteUrl: "https://havant.sharepoint.com/sites/datahub", roleGroups });
    expect(parseHubSettings(short, "https://havant.sharepoint.com/sites/a", "https://havant.sharepoint.com/sites/datahub-test").siteUrl).toBe("https://havant.sharepoint.com/sites/datahub-test");
  });

  it("names what an administrator must fix: not JSON, a misspelt field, a missing role, plain http, local mode", () => {
    const page = "https://havant.sharepoint.com/sites/intranet";
    expect(() => parseHubSettings("{siteUrl:", page)).toThrow(/tenant property DataHubConfig is not JSON/);
    expect(() => parseHubSettings(JSON.stringify({ siteURL: "https://havant.sharepoint.com", roleGroups }), page)).toThrow(/DataHubConfig: "siteURL" is not a setting/);
    expect(() => parseHubSettings(JSON.stringify({ roleGroups: { staff: [] } }), page)).toThrow(/"roleGroups\.manager" must be a list/);
    expect(() => parseHubSettings(JSON.stringify({ siteUrl: "http://havant.sharepoint.com/sites/datahub", roleGroups }), page)).toThrow(/"siteUrl" must use https/);
    expect(() => parseHubSettings(JSON.stringify({ mode: "local", siteUrl: "https://havant.sharepoint.com/sites/datahub", graphOrigin: "https://graph.microsoft.com", roleGroups }), page)).toThrow(/"mode" must be "entra"/);
    expect(() => parseHubSettings(undefined, page, "http://insecure.example/sites/x")).toThrow(/web part's Data Hub site property: "siteUrl" must use https/);
    // The page's session reaches only its own tenant's SharePoint.
    expect(() => parseHubSettings(JSON.stringify({ siteUrl: "https://contoso.sharepoint.com/sites/datahub", roleGroups }), page)).toThrow(/"siteUrl" must be a site on https:\/\/havant\.sharepoint\.com/);
  });
});

describe("the web parts render the tab's module pages on React 17", () => {
  // Everything from the built tree, so it runs on webparts/'s own packages: React 17.0.1 (what
  // SharePoint supplies), its Fluent, PnPjs and Graph client. Only the sign-in differs from SharePoint:
  // the local tenant's persona token stands in for the page's session and SPFx's token provider.
  // Required only once the build has run (the first beforeAll): a fresh clone has neither yet.
  const load = (relative: string) => require(path.join(webparts, "src", relative));
  let React: { version: string; createElement: (...args: unknown[]) => unknown };
  let ReactDOM: { render: (element: unknown, container: Element) => void; unmountComponentAtNode: (container: Element) => boolean };
  let tenant: Awaited<ReturnType<typeof startTestTenant>>;
  let services: unknown;
  const mounted: HTMLElement[] = [];

  beforeAll(async () => {
    // React 17 warns about updates outside act() whenever Jest is present; here they come from
    // network responses, as on a real page. Every other console.error still shows.
    const original = console.error;
    jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes("not wrapped in act(")) original(...args);
    });
    React = require(path.join(webparts, "node_modules", "react"));
    ReactDOM = require(path.join(webparts, "node_modules", "react-dom"));
    tenant = await startTestTenant();
    const { LocalTokenProvider } = load("shared/src/core/auth/local-token-provider.ts");
    const { createSharePoint } = load("shared/src/core/data/sharepoint.ts");
    const { createGraphService } = load("shared/src/core/data/graph.ts");
    const { createAppServices } = load("shared/src/core/data/app-services.ts");
    const { MODULES } = load("shared/src/modules/index.ts");
    const config = (await (await fetch(`${tenant.origin}/_local/config.json`)).json()) as { roleGroups: Record<string, string[]>; powerBi: unknown };
    const tokens = new LocalTokenProvider(tenant.origin, "manager");
    const graph = createGraphService(tokens, { origin: tenant.origin, retryDelaySeconds: 1 });
    services = await createAppServices({ hostKind: "sharepoint", sp: createSharePoint(tenant.siteUrl, tokens), graph, tokens, roleGroups: config.roleGroups, modules: MODULES, cache: undefined, cacheKey: "test", powerBi: config.powerBi });
  });

  afterEach(() => {
    for (const container of mounted.splice(0)) ReactDOM.unmountComponentAtNode(container);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await tenant?.close();
  });

  /** A web part as SharePoint would render it: the module's own web part definition turns its properties into the page's route. */
  async function renderWebPart(moduleFile: string, moduleExport: string, properties: Record<string, unknown>) {
    const { WebPartRoot } = load("host/WebPartRoot.tsx");
    const { webPartTheme } = load("host/theme.ts");
    const hubModule = load(`shared/src/modules/${moduleFile}/module.ts`)[moduleExport] as { id: string; webPart: { route: (p: Record<string, unknown>) => unknown; pinned?: string[] } };
    const configured = hubModule.webPart.route(properties);
    const pinned = hubModule.webPart.pinned ?? [];
    const container = document.createElement("div");
    document.body.appendChild(container);
    mounted.push(container);
    // A "neutral" section of SharePoint's default theme.
    const theme = webPartTheme({ isInverted: false, semanticColors: { bodyBackground: "#f3f2f1", bodyText: "#323130" } });
    const idPrefix = `datahub-${hubModule.id}-test-`;
    ReactDOM.render(React.createElement(WebPartRoot, { module: hubModule, configured, pinned, theme, idPrefix, start: () => Promise.resolve(services) }), container);
    // Ready when the page's heading is there and nothing is loading.
    for (let waited = 0; !(container.querySelector("h1") && !container.querySelector('[role="progressbar"]')); waited += 50) {
      if (waited > 20_000) throw new Error(`${hubModule.id}: no page after 20 s: ${container.textContent}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(container.querySelector('[role="alert"]')).toBeNull();
    return { container, idPrefix };
  }

  it("is React 17.0.1, as SharePoint supplies", () => {
    expect(React.version).toBe("17.0.1");
  });

  it("the action tracker web part shows the configured principle's actions, with its own Fluent id prefix and the section's colours", async () => {
    const { container, idPrefix } = await renderWebPart("actions", "actionsModule", { principle: "data-quality" });
    const expected = (JSON.parse(fs.readFileSync(path.join(root, "src", "modules", "actions", "seed", "actions.json"), "utf8")) as { principle: string | null }[]).filter((a) => a.principle === "data-quality").length;
    for (let waited = 0; !/Showing \d+ action/.test(container.textContent ?? "") && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toContain(`Showing ${expected} actions`);
    // FluentProvider writes its theme into a <style> named by its id: prefixed, so a second Fluent v9
    // web part on the page cannot overwrite it. It holds the section's background.
    const themeStyle = document.querySelector<HTMLStyleElement>(`style[id^="${idPrefix}"]`);
    const rules = [...(themeStyle?.sheet?.cssRules ?? [])].map((rule) => rule.cssText).join("\n");
    expect(rules).toMatch(/--colorNeutralBackground1: ?#f3f2f1/);
  });

  it("the training web part shows the courses for the configured audience", async () => {
    const { container } = await renderWebPart("training", "trainingModule", { audience: "Councillors" });
    const courses = JSON.parse(fs.readFileSync(path.join(root, "src", "modules", "training", "seed", "courses.json"), "utf8")) as { title: string; audiences: string[] }[];
    for (const course of courses.filter((c) => c.audiences.includes("Councillors"))) expect(container.textContent).toContain(course.title);
    const notForCouncillors = courses.find((c) => !c.audiences.includes("Councillors"))!;
    expect(container.textContent).not.toContain(notForCouncillors.title);
  });

  it("the data dictionary and dashboards web parts open their pages, side by side on one page", async () => {
    const dictionary = await renderWebPart("dictionary", "dictionaryModule", { plainLanguage: true });
    const dashboards = await renderWebPart("dashboards", "dashboardsModule", { department: "" });
    // Each keeps its own Fluent provider: two themes, two ids.
    expect(document.querySelector(`style[id^="${dictionary.idPrefix}"]`)).not.toBeNull();
    expect(document.querySelector(`style[id^="${dashboards.idPrefix}"]`)).not.toBeNull();
  });
});
