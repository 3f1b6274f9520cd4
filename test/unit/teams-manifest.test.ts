import fs from "node:fs";
import path from "node:path";
import { scopesFor } from "../../src/core/auth/scopes";
import { CONFIGURE_ROUTE } from "../../src/hosts/teams/channel-views";
import { ACCENT } from "../../scripts/teams/icons";
import { fillPlaceholders, parseEnvFile, placeholdersIn, schemaPathFor, validateManifest } from "../../scripts/teams/app-package";
import { TEST_ENV } from "../support/teams-env";

const root = process.cwd();
const template = fs.readFileSync(path.join(root, "appPackage", "manifest.json"), "utf8");

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const filled = (): Manifest => JSON.parse(fillPlaceholders(template, TEST_ENV, "test env")) as Manifest;

describe("the Teams app manifest", () => {
  it("validates against the JSON schema of the version it declares, from @microsoft/app-manifest", () => {
    const manifest = filled();
    expect(manifest.manifestVersion).toBe("1.30");
    expect(fs.existsSync(schemaPathFor(manifest.manifestVersion))).toBe(true);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(validateManifest(manifest)).toEqual([]);
  });

  it("declares the newest manifest version shipped in @microsoft/app-manifest", () => {
    const schemasDir = path.dirname(path.dirname(schemaPathFor("1.30")));
    const versions = fs
      .readdirSync(schemasDir)
      .map((dir) => /^v(\d+)\.(\d+)$/.exec(dir))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [Number(m[1]), Number(m[2])] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const newest = versions.at(-1)!;
    expect(filled().manifestVersion).toBe(`${newest[0]}.${newest[1]}`);
  });

  it("is refused by the same validation when it breaks its schema", () => {
    const broken = { ...filled(), accentColor: "teal", staticTabs: [{ ...filled().staticTabs[0], colour: "teal" }] };
    const errors = validateManifest(broken);
    expect(errors.some((e) => e.startsWith("/accentColor"))).toBe(true);
    expect(errors.some((e) => e.startsWith("/staticTabs/0") && e.includes("additional"))).toBe(true);
    expect(validateManifest({ manifestVersion: 42 })).toEqual(['/manifestVersion: must be a string such as "1.30"']);
    expect(() => validateManifest({ manifestVersion: "9.99" })).toThrow(/no schema in @microsoft\/app-manifest/);
  });

  it("has the personal Data tab open the hub, and a channel tab configured at #/configure", () => {
    const manifest = filled();
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ name: "Data", contentUrl: "https://datahub.havant.example/tab/index.html#/", websiteUrl: "https://datahub.havant.example/tab/index.html#/", scopes: ["personal"] }),
    ]);
    expect(manifest.configurableTabs).toEqual([expect.objectContaining({ configurationUrl: `https://datahub.havant.example/tab/index.html#/${CONFIGURE_ROUTE}`, scopes: ["team"], canUpdateConfiguration: true })]);
  });

  it("offers the channel tab in shared and private channels, declaring the channel features Teams requires of 1.25+ team apps", () => {
    const manifest = filled();
    expect([...manifest.supportedChannelTypes].sort()).toEqual(["privateChannels", "sharedChannels"]);
    expect(manifest.supportsChannelFeatures).toBe("tier1");
  });

  it("lists only the tab's own domain as valid: Graph and SharePoint are called, never navigated to", () => {
    expect(filled().validDomains).toEqual(["datahub.havant.example"]);
  });

  it("names the Entra app and prefetches the first nested-app-auth token with the Graph scopes the tab asks for, in order", () => {
    const info = filled().webApplicationInfo;
    expect(info.id).toBe(TEST_ENV.AAD_APP_CLIENT_ID);
    expect(info.resource).toBe(`api://${TEST_ENV.AAD_APP_CLIENT_ID}`);
    expect(info.nestedAppAuthInfo).toEqual([{ redirectUri: "brk-multihub://datahub.havant.example", scopes: scopesFor("graph", { siteUrl: "https://x.sharepoint.com/sites/datahub" }) }]);
  });

  it("is written in British English for people: en-GB, no American spellings, descriptions within Teams' limits", () => {
    const manifest = filled();
    expect(manifest.localizationInfo.defaultLanguageTag).toBe("en-gb");
    const text = [manifest.name.short, manifest.name.full, manifest.description.short, manifest.description.full, ...manifest.staticTabs.map((t: { name: string }) => t.name)].join(" ");
    for (const american of [/\bcolor/i, /\borganization/i, /\bcenter\b/i, /\banalyz/i, /\bcustomiz/i, /\bfavorite/i, /\bprogram\b/i, /\bbehavior/i]) expect(text).not.toMatch(american);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full).toMatch(/keyboard and a screen reader/);
    expect(manifest.description.full).not.toBe(manifest.description.short);
  });

  it("uses the icon generator's colour as its accent", () => {
    expect(filled().accentColor).toBe(ACCENT);
  });
});

describe("provisioning files", () => {
  const aad = fs.readFileSync(path.join(root, "aad.manifest.json"), "utf8");
  const yml = fs.readFileSync(path.join(root, "teamsapp.yml"), "utf8");
  const devEnv = parseEnvFile(fs.readFileSync(path.join(root, "env", ".env.dev"), "utf8"));

  it("env/.env.dev names every variable the manifest and the Entra manifest use", () => {
    for (const name of [...placeholdersIn(template), ...placeholdersIn(aad)]) expect(Object.keys(devEnv)).toContain(name);
    expect(devEnv.TEAMSFX_ENV).toBe("dev");
  });

  it("registers the SPA redirect URIs nested app authentication and MSAL's bridge page need", () => {
    const registration = JSON.parse(fillPlaceholders(aad, { ...TEST_ENV, AAD_APP_OBJECT_ID: "9d7c0c36-8b9a-4c1e-9d2f-1a2b3c4d5e6f" }, "aad")) as Manifest;
    expect(registration.signInAudience).toBe("AzureADMyOrg");
    expect(registration.spa.redirectUris).toEqual(["https://datahub.havant.example/tab/", "https://datahub.havant.example/tab/redirect.html", "brk-multihub://datahub.havant.example"]);
    expect(registration.web.redirectUris).toEqual([]);
  });

  it("asks for the delegated Graph and SharePoint permissions the tab requests, and no application permissions", () => {
    const registration = JSON.parse(aad) as Manifest;
    const graph = registration.requiredResourceAccess.find((r: { resourceAppId: string }) => r.resourceAppId === "Microsoft Graph");
    expect(graph.resourceAccess.map((a: { id: string }) => a.id)).toEqual(scopesFor("graph", { siteUrl: "https://x.sharepoint.com/sites/datahub" }));
    const sharePoint = registration.requiredResourceAccess.find((r: { resourceAppId: string }) => r.resourceAppId === "Office 365 SharePoint Online");
    expect(sharePoint.resourceAccess).toEqual([{ id: "AllSites.Write", type: "Scope" }]);
    for (const resource of registration.requiredResourceAccess) for (const access of resource.resourceAccess) expect(access.type).toBe("Scope");
  });

  it("teamsapp.yml provisions in the toolkit's order: Entra app, Teams app, permissions, validate, zip, validate, update", () => {
    const steps = (section: string) => {
      const body = yml.split(/^(?=\w+:)/m).find((s) => s.startsWith(`${section}:`)) ?? "";
      return [...body.matchAll(/- uses: (\S+)/g)].map((m) => m[1]);
    };
    expect(steps("provision")).toEqual(["aadApp/create", "teamsApp/create", "aadApp/update", "teamsApp/validateManifest", "teamsApp/zipAppPackage", "teamsApp/validateAppPackage", "teamsApp/update"]);
    expect(steps("publish").at(-1)).toBe("teamsApp/publishAppPackage");
    expect(yml).toMatch(/generateClientSecret: false/);
    expect(yml).toMatch(/outputZipPath: \.\/appPackage\/build\/appPackage\.\$\{\{TEAMSFX_ENV\}\}\.zip/);
  });
});

describe("the Teams activity feed", () => {
  it("declares each activity type Data Hub sends, with a template naming exactly the parameters the sender fills in", async () => {
    const { ACTIVITY_PARAMETERS, ACTIVITY_TYPES } = await import("../../src/modules/my-work/domain/notifications");
    const manifest = filled();
    const types = manifest.activities.activityTypes as { type: string; description: string; templateText: string }[];
    expect(types.map((t) => t.type)).toEqual([...ACTIVITY_TYPES]);
    for (const t of types) {
      const named = [...t.templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => n !== "actor");
      expect(named.sort()).toEqual([...ACTIVITY_PARAMETERS[t.type as keyof typeof ACTIVITY_PARAMETERS]].sort());
      expect(t.description.length).toBeLessThanOrEqual(128);
    }
  });
});
