/** One provisioning run: read the site, plan against the declaration, print, and apply unless it is a dry run. */
import { loadSiteSeed, SITE_LISTS } from "../../manifest/site";
import type { TokenProvider } from "../../src/core/auth/token-provider";
import { createSharePoint } from "../../src/core/data/sharepoint";
import { applyPlan } from "./apply";
import { describePlan, PERMISSIONS_NOTE, summary } from "./describe";
import { countSteps, type Declaration, type Plan, planProvisioning, type StepCounts } from "./plan";
import { readSite } from "./read-site";

export interface ProvisionOptions {
  readonly siteUrl: string;
  readonly tokens: TokenProvider;
  readonly dryRun?: boolean;
  /** Where the plain-English account goes; the CLI prints it, tests collect it. */
  readonly log?: (line: string) => void;
  /** The site declaration; the manifest's unless a test needs another. */
  readonly declaration?: Declaration;
  /** Waits between retries; tests may shorten it. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface ProvisionResult {
  readonly plan: Plan;
  /** What was done, or for a dry run what would be. */
  readonly counts: StepCounts;
  readonly summary: string;
}

/** The site declaration: every module's lists and seed content. */
export async function loadManifest(): Promise<Declaration> {
  return { lists: SITE_LISTS, seedItems: await loadSiteSeed() };
}

export async function provision(options: ProvisionOptions): Promise<ProvisionResult> {
  const log = options.log ?? (() => undefined);
  const declaration = options.declaration ?? (await loadManifest());
  const sp = createSharePoint(options.siteUrl, options.tokens);

  log(`Reading ${options.siteUrl} …`);
  const plan = planProvisioning(declaration, await readSite(sp, declaration.lists));
  for (const warning of plan.warnings) log(`Warning: ${warning}`);
  log(PERMISSIONS_NOTE);

  if (!plan.steps.length || options.dryRun) {
    if (plan.steps.length) {
      log("Plan (dry run, nothing will be written):");
      for (const line of describePlan(plan.steps)) log(`  ${line}`);
    }
    const counts = countSteps(plan.steps);
    const line = summary(counts, true);
    log(line);
    return { plan, counts, summary: line };
  }

  const counts = await applyPlan(sp, plan.steps, { log, ...(options.sleep ? { sleep: options.sleep } : {}) });
  const line = summary(counts, false);
  log(line);
  return { plan, counts, summary: line };
}
