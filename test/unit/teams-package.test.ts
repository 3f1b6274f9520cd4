import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { PNG } from "pngjs";
import { buildAppPackage, checkEnvironment, environmentsIn, fillPlaceholders, iconProblems, PackageError, parseEnvFile } from "../../scripts/teams/app-package";
import { colourIcon, outlineIcon } from "../../scripts/teams/icons";
import { TEST_ENV, TEST_ENV_FILE } from "../support/teams-env";

const root = process.cwd();
const appPackageDir = path.join(root, "appPackage");

function failure(fn: () => unknown): PackageError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error("expected a PackageError");
}

/** A scratch copy of appPackage/ to break on purpose. */
function scratchAppPackage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "datahub-apppackage-"));
  for (const file of ["manifest.json", "color.png", "outline.png"]) fs.copyFileSync(path.join(appPackageDir, file), path.join(dir, file));
  return dir;
}

describe("environment files", () => {
  it("read as the Agents Toolkit writes them: comments, quotes and blank values", () => {
    expect(parseEnvFile('# a comment\nTEAMSFX_ENV=dev\nAPP_NAME_SUFFIX=" (dev)"\nexport TAB_DOMAIN=datahub.example # trailing note\nTEAMS_APP_ID=\n\nnot a line')).toEqual({
      TEAMSFX_ENV: "dev",
      APP_NAME_SUFFIX: " (dev)",
      TAB_DOMAIN: "datahub.example",
      TEAMS_APP_ID: "",
    });
  });

  it("are the packaged environments, without the .user files that hold secrets", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "datahub-env-"));
    for (const file of [".env.dev", ".env.prod", ".env.dev.user", "README.md"]) fs.writeFileSync(path.join(dir, file), "");
    expect(environmentsIn(dir)).toEqual(["dev", "prod"]);
    expect(environmentsIn(path.join(root, "env"))).toContain("dev");
  });
});

describe("filling the manifest's placeholders", () => {
  it("replaces every ${{NAME}}, keeping the value exactly and JSON-safe", () => {
    expect(fillPlaceholders('{"a":"${{A}}","b":"x${{ B }}y"}', { A: 'say "hi"', B: " (dev)" }, "env")).toBe('{"a":"say \\"hi\\"","b":"x (dev)y"}');
  });

  it("fails naming the file and every missing or empty variable at once", () => {
    const error = failure(() => fillPlaceholders("${{TEAMS_APP_ID}} ${{TAB_DOMAIN}} ${{AAD_APP_CLIENT_ID}}", { TEAMS_APP_ID: "  " , TAB_DOMAIN: "x" }, "env/.env.dev"));
    expect(error.message).toMatch(/^env\/\.env\.dev: TEAMS_APP_ID, AAD_APP_CLIENT_ID are not set\./);
  });

  it("lets the name suffix be empty, as production's is", () => {
    expect(fillPlaceholders("Data Hub${{APP_NAME_SUFFIX}}", {}, "env")).toBe("Data Hub");
  });

  it("refuses values that would build a package Teams accepts but that cannot work", () => {
    expect(() => checkEnvironment(TEST_ENV, "env")).not.toThrow();
    expect(failure(() => checkEnvironment({ ...TEST_ENV, TAB_ENDPOINT: "http://datahub.havant.example" }, "env")).message).toMatch(/must use https/);
    expect(failure(() => checkEnvironment({ ...TEST_ENV, TAB_ENDPOINT: "https://datahub.havant.example/" }, "env")).message).toMatch(/must not end with "\/"/);
    expect(failure(() => checkEnvironment({ ...TEST_ENV, TAB_DOMAIN: "elsewhere.example" }, "env")).message).toMatch(/TAB_DOMAIN must be TAB_ENDPOINT's host/);
    expect(failure(() => checkEnvironment({ ...TEST_ENV, TAB_DOMAIN: "https://datahub.havant.example" }, "env")).message).toMatch(/host name only/);
    expect(failure(() => checkEnvironment({ ...TEST_ENV, TEAMS_APP_ID: "datahub" }, "env")).message).toMatch(/TEAMS_APP_ID must be a GUID/);
    expect(failure(() => checkEnvironment({ ...TEST_ENV, AAD_APP_CLIENT_ID: "00000000-0000-0000-0000-000000000000" }, "env")).message).toMatch(/empty GUID/);
  });
});

describe("the app package", () => {
  const built = () => buildAppPackage({ appPackageDir, vars: TEST_ENV, source: "test env" });

  it("holds exactly manifest.json, color.png and outline.png, at the top of the zip", () => {
    const entries = unzipSync(built().zip);
    expect(Object.keys(entries).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
  });

  it("carries the filled, valid manifest: no placeholder left", () => {
    const entries = unzipSync(built().zip);
    const text = new TextDecoder().decode(entries["manifest.json"]);
    expect(text).not.toContain("${{");
    expect(JSON.parse(text).id).toBe(TEST_ENV.TEAMS_APP_ID);
    expect(JSON.parse(text).name.short).toBe("Data Hub (test)");
  });

  it("has a 192×192 colour icon and a 32×32 outline icon that is white on transparent", () => {
    const entries = unzipSync(built().zip);
    const colour = PNG.sync.read(Buffer.from(entries["color.png"]!));
    const outline = PNG.sync.read(Buffer.from(entries["outline.png"]!));
    expect([colour.width, colour.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
      if (outline.data[i + 3] === 0) transparent++;
      if (outline.data[i + 3] === 255) opaque++;
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(opaque).toBeGreaterThan(32 * 32 * 0.2);
    // The colour icon is full colour and opaque: no see-through corners for Teams to show.
    for (let i = 3; i < colour.data.length; i += 4) expect(colour.data[i]).toBe(255);
  });

  it("is the same bytes every time for the same inputs", () => {
    expect(Buffer.from(built().zip).equals(Buffer.from(built().zip))).toBe(true);
  });

  it("is refused, saying why, when an icon is the wrong size or the outline is coloured", () => {
    const dir = scratchAppPackage();
    fs.writeFileSync(path.join(dir, "color.png"), PNG.sync.write(new PNG({ width: 100, height: 100 })));
    const outline = outlineIcon();
    outline.data[0] = 0; // one opaque-channel pixel turned cyan
    outline.data[3] = 255;
    fs.writeFileSync(path.join(dir, "outline.png"), PNG.sync.write(outline));
    const message = failure(() => buildAppPackage({ appPackageDir: dir, vars: TEST_ENV, source: "test env" })).message;
    expect(message).toContain("color.png must be 192×192; it is 100×100");
    expect(message).toContain("outline.png must be white on transparent");
  });

  it("is refused when the manifest breaks its schema", () => {
    const dir = scratchAppPackage();
    const manifest = fs.readFileSync(path.join(dir, "manifest.json"), "utf8").replace('"accentColor": "#0E6B74"', '"accentColor": "teal"');
    fs.writeFileSync(path.join(dir, "manifest.json"), manifest);
    expect(failure(() => buildAppPackage({ appPackageDir: dir, vars: TEST_ENV, source: "test env" })).message).toMatch(/manifest \/accentColor: must match pattern/);
  });

  it("an outline with no transparent background is refused", () => {
    const solid = new PNG({ width: 32, height: 32 });
    solid.data.fill(255);
    expect(iconProblems("outline", "outline.png", PNG.sync.write(solid))).toEqual(["outline.png must have a transparent background"]);
  });
});

describe("the committed icons", () => {
  it("are exactly what scripts/teams/icons.ts draws, so the artwork has one source", () => {
    for (const [file, drawn] of [["color.png", colourIcon()], ["outline.png", outlineIcon()]] as const) {
      const committed = PNG.sync.read(fs.readFileSync(path.join(appPackageDir, file)));
      expect(Buffer.from(committed.data).equals(Buffer.from(drawn.data))).toBe(true);
    }
  });
});

describe("npm run package", () => {
  it("stops with the environment's missing variables named, and writes nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "datahub-env-"));
    const file = path.join(dir, ".env.half");
    fs.writeFileSync(file, TEST_ENV_FILE.replace(/^AAD_APP_CLIENT_ID=.*$/m, "AAD_APP_CLIENT_ID=").replace("TEAMSFX_ENV=test", "TEAMSFX_ENV=half-provisioned"));
    const run = spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/package.ts", "--env-file", file], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/half-provisioned: not packaged\. .*\.env\.half: AAD_APP_CLIENT_ID is not set\./);
    expect(fs.existsSync(path.join(appPackageDir, "build", "appPackage.half-provisioned.zip"))).toBe(false);
  });
});
