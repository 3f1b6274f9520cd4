import { ConfigError, parseConfig } from "../../src/core/auth/config";

const group = (n: number) => `7d1e2f3a-4b5c-4d6e-9f00-${String(n).padStart(12, "0")}`;
const roleGroups = { staff: [group(1)], manager: [group(2)], "asset-owner": [group(3)], "data-lead": [group(4)], "focus-group": [group(5)], councillor: [group(6)] };
const entra = {
  mode: "entra",
  tenantId: "0f4a7c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
  clientId: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
  siteUrl: "https://havant.sharepoint.com/sites/datahub/",
  roleGroups,
};

function problemWith(json: unknown): ConfigError {
  try {
    parseConfig(json);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("parseConfig accepted it");
}

describe("parseConfig", () => {
  it("reads the README's production config, defaulting Graph and trimming the site's trailing slash", () => {
    expect(parseConfig(entra)).toEqual({ ...entra, siteUrl: "https://havant.sharepoint.com/sites/datahub", graphOrigin: "https://graph.microsoft.com" });
  });

  it("reads the local tenant's config, which has no app registration and runs over http", () => {
    const local = { mode: "local", siteUrl: "http://127.0.0.1:4100/sites/datahub", graphOrigin: "http://127.0.0.1:4100", roleGroups };
    expect(parseConfig(local)).toEqual(local);
  });

  it("accepts the tenant's domain in place of its id, and a redirect bridge page", () => {
    const config = parseConfig({ ...entra, tenantId: "havant.onmicrosoft.com", redirectUri: "https://datahub.havant.gov.uk/redirect.html" });
    expect(config).toMatchObject({ tenantId: "havant.onmicrosoft.com", redirectUri: "https://datahub.havant.gov.uk/redirect.html" });
  });

  it.each([
    ["a missing client id", { ...entra, clientId: undefined }, "clientId"],
    ["a client id that is not a GUID", { ...entra, clientId: "data-hub" }, "clientId"],
    ["a tenant id that is neither a GUID nor a domain", { ...entra, tenantId: "havant" }, "tenantId"],
    ["an unknown mode", { ...entra, mode: "teams" }, "mode"],
    ["a site over http with a real tenant", { ...entra, siteUrl: "http://havant.sharepoint.com/sites/datahub" }, "siteUrl"],
    ["a site that is not a URL", { ...entra, siteUrl: "sites/datahub" }, "siteUrl"],
    ["a Graph origin with a path", { ...entra, graphOrigin: "https://graph.microsoft.com/v1.0" }, "graphOrigin"],
    ["a role left out", { ...entra, roleGroups: { ...roleGroups, councillor: undefined } }, "roleGroups.councillor"],
    ["a misspelt role", { ...entra, roleGroups: { ...roleGroups, assetOwner: [group(3)] } }, "roleGroups.assetOwner"],
    ["a group given by name", { ...entra, roleGroups: { ...roleGroups, staff: ["Data Hub Staff"] } }, "roleGroups.staff[0]"],
    ["a misspelt optional setting", { ...entra, redirectURI: "https://datahub.havant.gov.uk/redirect.html" }, "redirectURI"],
    ["an app registration in local mode", { mode: "local", clientId: entra.clientId, siteUrl: "http://127.0.0.1:4100/sites/datahub", roleGroups }, "clientId"],
  ])("%s is refused, naming the field", (_, json, field) => {
    const error = problemWith(json);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`"${field}"`);
  });

  it("refuses something that is not an object at all", () => {
    expect(problemWith([entra]).field).toBe("(root)");
    expect(problemWith(null).field).toBe("(root)");
  });
});
