/**
 * npm run provision -- --site <url> [--dry-run]
 *
 * Creates or updates the Data Hub lists, columns, indexes and seed content on a SharePoint site from
 * the one declaration in manifest/. Safe to run again: a second run changes nothing and says so.
 *
 * Sign-in:
 * - a local tenant (http://127.0.0.1:… or http://localhost:…) signs in as the data-lead persona;
 * - a real site needs DATAHUB_SP_TOKEN: a delegated SharePoint access token of an owner of the
 *   site, for example `az account get-access-token --resource https://<tenant>.sharepoint.com
 *   --query accessToken -o tsv`. Delegated, so SharePoint records a person as having made the change.
 */
import { parseArgs } from "node:util";
import { LocalTokenProvider } from "../src/core/auth/local-token-provider";
import type { TokenProvider } from "../src/core/auth/token-provider";
import { ApplyError } from "./provision/apply";
import { doneBeforeFailure } from "./provision/describe";
import { describeError } from "./provision/errors";
import { provision } from "./provision/run";

const USAGE = `Usage: npm run provision -- --site <url> [--dry-run]

  --site     the Data Hub site, e.g. https://<tenant>.sharepoint.com/sites/datahub,
             or a local tenant's site such as http://127.0.0.1:4100/sites/datahub
  --dry-run  print the plan and write nothing

For a real site, set DATAHUB_SP_TOKEN to a delegated SharePoint token of a site owner:
  export DATAHUB_SP_TOKEN=$(az account get-access-token --resource https://<tenant>.sharepoint.com --query accessToken -o tsv)`;

class UsageError extends Error {}
/** Arguments are fine but something the run needs is missing. */
class SetupError extends Error {}

function parse(): { site: URL; dryRun: boolean } | "help" {
  let values: { site?: string; "dry-run"?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { site: { type: "string" }, "dry-run": { type: "boolean", default: false }, help: { type: "boolean", default: false } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return "help";
  if (!values.site) throw new UsageError("--site is required.");
  let site: URL;
  try {
    site = new URL(values.site);
  } catch {
    throw new UsageError(`--site must be a full URL; "${values.site}" is not one.`);
  }
  if (site.protocol !== "https:" && !isLocal(site)) throw new UsageError("--site must use https (plain http is only for a local tenant).");
  return { site, dryRun: values["dry-run"] ?? false };
}

function isLocal(site: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]"].includes(site.hostname);
}

/** The data lead owns the local site; a real site takes the owner's own token, never stored by us. */
function tokensFor(site: URL): TokenProvider {
  if (isLocal(site)) return new LocalTokenProvider(site.origin, "data-lead");
  const token = process.env.DATAHUB_SP_TOKEN?.trim().replace(/^Bearer\s+/i, "");
  if (!token) {
    throw new SetupError(
      `DATAHUB_SP_TOKEN is not set. It must hold a delegated SharePoint access token of an owner of the site, for example:\n` +
        `  export DATAHUB_SP_TOKEN=$(az account get-access-token --resource ${site.origin} --query accessToken -o tsv)`,
    );
  }
  return { getToken: async () => token };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  let tokens: TokenProvider;
  try {
    args = parse();
    if (args === "help") {
      console.log(USAGE);
      return 0;
    }
    tokens = tokensFor(args.site);
  } catch (error) {
    if (error instanceof SetupError) {
      console.error(`Provisioning failed: ${error.message}`);
      return 1;
    }
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  try {
    await provision({ siteUrl: args.site.href.replace(/\/+$/, ""), tokens, dryRun: args.dryRun, log: (line) => console.log(line) });
    return 0;
  } catch (error) {
    const cause = error instanceof ApplyError ? error.cause : error;
    console.error(`Provisioning failed: ${describeError(cause)}`);
    if (error instanceof ApplyError) console.error(doneBeforeFailure(error.applied));
    return 1;
  }
}

process.exitCode = await main();
