import type { SPFI } from "@pnp/sp";
import { readModifyWrite } from "../../../core/data/concurrency";
import type { GraphService } from "../../../core/data/graph";
import { getItems, pageItems } from "../../../core/data/lists";
import { searchPeople } from "../../../core/data/people";
import { filterFor } from "../../../core/domain/odata";
import { tokens } from "../domain/normalise";
import { emptyCounts, isEmpty, mergeCounts, parseCounts, periodOf, tally, type UsageCounts, type UsageEvent, USAGE_SHARDS } from "../domain/usage";
import { glossaryUsageList } from "../lists";

/**
 * Usage counting without personal data.
 *
 * The problem: SharePoint stamps Created By and Modified By on every item, as the person whose
 * token wrote it. One item per search ("Sam searched 'redundancy pay'") would be a log of what
 * each person looked up. Even one item per search text per month names whoever searched it first.
 *
 * The design: one item per month per shard (8 shards), whose Counts column holds JSON totals
 * from everybody: searches, term opens, per-department counts and the texts of searches that
 * found nothing. A browser adds its own events to a random shard every 15 seconds, as one merged
 * write (read, add, write back with the ETag; on 412 read again and retry). So
 * - an item's Created By / Modified By name only the first and the latest of many contributors,
 *   never what they contributed: the list keeps no version history to diff;
 * - search texts are kept only for searches that found nothing, normalised, and dropped if they
 *   look like personal data (emails, numbers, postcodes: see domain/usage.ts) or hold the name of
 *   someone in the directory ("sam patel appraisal"): the count stays, the words go;
 * - nothing records when within the month anything happened.
 * What remains: in a quiet month, a shard touched by one person is that person's totals, and the
 * Modified By of a shard is whoever wrote last. Removing even that needs the writes made by a
 * service identity (a Power Automate flow or an Azure Function with Sites.Selected), which Data Hub
 * deliberately does not have: every call is made as the signed-in person.
 */
const f = filterFor(glossaryUsageList);

/**
 * Adds `delta` to one shard of a month. Concurrent writers meet as 412s and merge again from a
 * fresh read (core's readModifyWrite), so no increment is lost. Two writers creating the same
 * shard at once make two items: harmless, as readers sum every item of a month.
 */
export async function addToShard(sp: SPFI, period: string, shard: number, delta: UsageCounts, attempts = 10): Promise<void> {
  await readModifyWrite(
    sp,
    glossaryUsageList,
    {
      read: async () => {
        const [item] = await getItems(sp, glossaryUsageList, { select: ["Id", "Counts"], filter: f.and(f.eq("Period", period), f.eq("Shard", shard)), orderBy: [["Id", "asc"]], top: 1 });
        return item ? { id: item.Id, etag: item["odata.etag"] ?? null, value: parseCounts(item.Counts) } : null;
      },
      change: (counts) => (counts === null ? { Title: `${period} #${shard}`, Period: period, Shard: shard, Counts: JSON.stringify(delta) } : { Counts: JSON.stringify(mergeCounts(counts, delta)) }),
    },
    attempts,
  );
}

/** Every shard of the given months, summed. */
export async function loadUsage(sp: SPFI, periods: readonly string[]): Promise<UsageCounts> {
  if (periods.length === 0) return emptyCounts();
  let total = emptyCounts();
  for await (const page of pageItems(sp, glossaryUsageList, { select: ["Id", "Counts"], filter: f.anyOf("Period", periods), top: 500 })) {
    for (const item of page) total = mergeCounts(total, parseCounts(item.Counts));
  }
  return total;
}

/** Says whether a search text holds someone's name. */
export type NameScreen = (text: string) => Promise<boolean>;

/**
 * A name screen over the directory (Graph people search, as the people picker uses): true when any
 * word of the text is a given name or surname of someone the directory finds for it. Run only for
 * searches that found nothing, a few per session. If the directory cannot be asked, the answer is
 * "yes": when in doubt the words are not kept.
 */
export function directoryNameScreen(graph: GraphService): NameScreen {
  return async (text) => {
    const words = new Set(tokens(text));
    const candidates = [...words].filter((w) => w.length >= 3).slice(0, 4);
    try {
      const found = await Promise.all(candidates.map((w) => searchPeople(graph, w, 5)));
      return found.flat().some((person) => tokens(person.displayName).some((part) => part.length >= 3 && words.has(part)));
    } catch {
      return true;
    }
  };
}

export interface UsageRecorderOptions {
  /** Checks texts of searches that found nothing for people's names before they are kept. */
  screen?: NameScreen;
  /** How long events wait before they are written together. */
  flushMs?: number;
  now?: () => Date;
  random?: () => number;
}

/**
 * Collects usage events in the browser and writes them in batches. Failures are not the person's
 * problem: events that could not be written are kept for the next attempt and never shown as an error.
 */
export class UsageRecorder {
  private pending: UsageEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly flushMs: number;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly screen: NameScreen | undefined;

  constructor(
    private readonly sp: SPFI,
    private readonly department: string | null,
    options: UsageRecorderOptions = {},
  ) {
    this.flushMs = options.flushMs ?? 15_000;
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.screen = options.screen;
  }

  search(text: string, results: number): void {
    this.record({ type: "search", text, results, department: this.department });
  }

  open(key: string, fromSearch: boolean): void {
    this.record({ type: "open", key, fromSearch, department: this.department });
  }

  private record(event: UsageEvent): void {
    this.pending.push(event);
    this.timer ??= setTimeout(() => void this.flush(), this.flushMs);
  }

  /** Writes what is pending now (also called when the page closes). Resolves when written or given up. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.flushing.then(async () => {
      const events = this.pending;
      this.pending = [];
      const delta = tally(await this.screened(events));
      if (isEmpty(delta)) return;
      const shard = Math.floor(this.random() * USAGE_SHARDS);
      try {
        await addToShard(this.sp, periodOf(this.now()), shard, delta);
      } catch (error) {
        // Keep them for next time (bounded: usage is a nicety, memory is not).
        this.pending = [...events, ...this.pending].slice(-500);
        console.warn("Data Hub: dictionary usage could not be recorded yet", error);
      }
    });
    return this.flushing;
  }

  /** Searches that found nothing lose their words when those hold someone's name; the search is still counted. */
  private async screened(events: UsageEvent[]): Promise<UsageEvent[]> {
    const screen = this.screen;
    if (!screen) return events;
    const texts = [...new Set(events.flatMap((e) => (e.type === "search" && e.results === 0 && e.text.trim() ? [e.text] : [])))];
    const names = new Set<string>();
    await Promise.all(texts.map(async (text) => (await screen(text)) && names.add(text)));
    return events.map((e) => (e.type === "search" && names.has(e.text) ? { ...e, text: "" } : e));
  }
}
