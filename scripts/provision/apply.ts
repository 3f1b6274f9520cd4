/** Carries out a plan's steps on the site through PnPjs, in order, saying what it does as it goes. */
import type { SPFI } from "@pnp/sp";
import { AddFieldOptions } from "@pnp/sp/fields";
import { describeItems, describeStep, plural } from "./describe";
import { httpStatusOf } from "./errors";
import { countSteps, groupSteps, type ItemStep, type Step, type StepCounts, type StructuralStep } from "./plan";
import { readSeedKeys } from "./read-site";
import { fieldSchemaXml } from "./schema-xml";

/** SharePoint takes at most 100 requests in one $batch. */
const BATCH_SIZE = 100;
/** Tries per group of seed items; PnPjs retries the batch request itself, this covers requests inside it. */
const MAX_ATTEMPTS = 5;
const TRANSIENT = new Set([429, 503, 504]);

/**
 * Without AddFieldInternalNameHint SharePoint derives the internal name from DisplayName and ignores
 * Name; the other two flags put the column on the list's forms and default view, as adding it by hand would.
 */
const ADD_FIELD_OPTIONS = AddFieldOptions.AddFieldInternalNameHint | AddFieldOptions.AddToDefaultContentType | AddFieldOptions.AddFieldToDefaultView;

export interface ApplyOptions {
  readonly log: (line: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Thrown when a step fails: says what was done before it, since a re-run carries on from there. */
export class ApplyError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly applied: StepCounts,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ApplyError";
  }
}

export async function applyPlan(sp: SPFI, steps: readonly Step[], options: ApplyOptions): Promise<StepCounts> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const done: Step[] = [];
  try {
    for (const group of groupSteps(steps)) {
      if (group.kind !== "add-items") {
        options.log(describeStep(group));
        await applyStep(sp, group);
        done.push(group);
        continue;
      }
      options.log(describeItems(group.list, group.items.map((s) => s.key)));
      await addSeedItems(sp, group.items, options.log, sleep);
      done.push(...group.items);
    }
  } catch (error) {
    throw new ApplyError(error, countSteps(done));
  }
  return countSteps(done);
}

async function applyStep(sp: SPFI, step: StructuralStep): Promise<void> {
  const list = () => sp.web.lists.getByTitle(step.list);
  switch (step.kind) {
    case "create-list": {
      // SharePoint takes a new list's URL from its first title, so create it under the URL's name.
      const urlName = step.url.split("/").pop() || step.list;
      await sp.web.lists.add(urlName, step.description, 100, false);
      if (urlName !== step.list) await sp.web.lists.getByTitle(urlName).update({ Title: step.list });
      return;
    }
    case "set-versioning":
      await list().update({ EnableVersioning: true });
      return;
    case "add-field": {
      const { field } = step;
      // A lookup's target may have been created in this run, after the plan was made.
      const xml = field.kind === "Lookup" && field.lookupList ? fieldSchemaXml(field, await listId(sp, field.lookupList)) : step.schemaXml;
      const created = await list().fields.createFieldAsXml({ SchemaXml: xml, Options: ADD_FIELD_OPTIONS });
      if (created.InternalName && created.InternalName !== field.name) {
        throw new Error(`SharePoint named the new column "${created.InternalName}" rather than "${field.name}" in "${step.list}". Remove it by hand and run again.`);
      }
      // Not every SharePoint honours Indexed in schema XML; make sure, so a second run finds nothing to do.
      if (field.indexed && created.Indexed === false) await setIndexed(sp, step.list, field.name);
      return;
    }
    case "set-index":
      await setIndexed(sp, step.list, step.field);
      return;
    case "update-choices":
      // Choices lives on the derived type, so SharePoint must be told which one this is.
      await list()
        .fields.getByInternalNameOrTitle(step.field)
        .update({ "@odata.type": `#SP.Field${step.fieldKind}`, Choices: [...step.choices] }, `SP.Field${step.fieldKind}`);
      return;
  }
}

function setIndexed(sp: SPFI, list: string, field: string) {
  return sp.web.lists.getByTitle(list).fields.getByInternalNameOrTitle(field).update({ Indexed: true }, "SP.Field");
}

async function listId(sp: SPFI, title: string): Promise<string> {
  const { Id }: { Id: string } = await sp.web.lists.getByTitle(title).select("Id")();
  return Id;
}

interface Failure {
  readonly step: ItemStep;
  readonly error: unknown;
}

/**
 * Adds one list's seed items in batches. A request inside a batch can be throttled on its own;
 * those are tried again after Retry-After, but only once the list has been re-read, because a
 * failed answer does not always mean nothing was written. So every item lands exactly once.
 */
async function addSeedItems(sp: SPFI, steps: readonly ItemStep[], log: (line: string) => void, sleep: (ms: number) => Promise<void>): Promise<void> {
  const { list, seedKey } = steps[0]!;
  let pending = steps;
  for (let attempt = 1; pending.length; attempt++) {
    const failures = await addInBatches(sp, list, pending);
    if (!failures.length) return;
    const statuses = failures.map((f) => httpStatusOf(f.error));
    if (attempt >= MAX_ATTEMPTS || !statuses.every((s) => s !== undefined && TRANSIENT.has(s))) throw failures[0]!.error;
    const waitMs = retryAfterMs(failures);
    log(`  SharePoint asked for a pause (${statuses[0]}); trying ${plural(failures.length, "item")} again in ${Math.ceil(waitMs / 1000)} s.`);
    await sleep(waitMs);
    const landed = await readSeedKeys(sp, list, seedKey);
    pending = failures.map((f) => f.step).filter((s) => !landed.has(s.key));
  }
}

async function addInBatches(sp: SPFI, list: string, steps: readonly ItemStep[]): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (let start = 0; start < steps.length; start += BATCH_SIZE) {
    const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
    // One chain per request: PnPjs refuses to put the same object in a batch twice.
    const outcomes = steps.slice(start, start + BATCH_SIZE).map((step) =>
      batched.web.lists
        .getByTitle(list)
        .items.add({ ...step.values })
        .then(
          () => undefined,
          (error: unknown): Failure => ({ step, error }),
        ),
    );
    await execute();
    for (const outcome of await Promise.all(outcomes)) if (outcome) failures.push(outcome);
  }
  return failures;
}

/** The longest Retry-After asked for (seconds), within reason; two seconds if none was given. */
function retryAfterMs(failures: readonly Failure[]): number {
  const seconds = failures.map((f) => Number((f.error as { response?: Response }).response?.headers.get("Retry-After")));
  const longest = Math.max(0, ...seconds.filter((s) => Number.isFinite(s)));
  return Math.min(longest || 2, 120) * 1000;
}
