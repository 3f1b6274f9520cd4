/**
 * Faults injected on demand, so tests and demos can prove the app copes with what
 * SharePoint and Graph really do: throttling, outages, expired tokens, conflicts, slowness, resets.
 */
export interface FaultRule {
  /** Which API the rule applies to. */
  readonly api: "sp" | "graph" | "any";
  /** Matched case-insensitively against the decoded request path (and query). */
  readonly pathContains?: string;
  readonly method?: string;
  /** Answer with this status instead of serving the request (429, 503, 401, 412…). */
  readonly status?: number;
  /** Seconds, sent as Retry-After with 429/503. */
  readonly retryAfter?: number;
  /** Added before the request is served (or faulted). */
  readonly latencyMs?: number;
  /** Close the connection without answering. */
  readonly drop?: boolean;
  /** How many matching requests the rule affects before it expires. */
  count: number;
}

export type FaultInput = Omit<FaultRule, "count" | "api"> & { api?: FaultRule["api"]; count?: number };

export class FaultInjector {
  private rules: FaultRule[] = [];

  add(input: FaultInput): void {
    if (input.status !== undefined && (input.status < 400 || input.status > 599)) throw new Error("A fault status must be 4xx or 5xx.");
    if (!input.status && !input.latencyMs && !input.drop) throw new Error("A fault needs a status, latencyMs or drop.");
    this.rules.push({ ...input, api: input.api ?? "any", count: input.count ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  /** Takes the first rule matching this request and uses up one of its count. */
  take(api: "sp" | "graph", method: string, path: string): FaultRule | undefined {
    const lowerPath = path.toLowerCase();
    const index = this.rules.findIndex(
      (r) =>
        (r.api === "any" || r.api === api) &&
        (!r.method || r.method.toUpperCase() === method.toUpperCase()) &&
        (!r.pathContains || lowerPath.includes(r.pathContains.toLowerCase())),
    );
    if (index < 0) return undefined;
    const rule = this.rules[index]!;
    rule.count -= 1;
    if (rule.count <= 0) this.rules.splice(index, 1);
    return rule;
  }
}

/** `--fault 429:items:3` or `--fault status=503,path=lists,retryAfter=2,count=1` on the command line. */
export function parseFaultSpec(spec: string): FaultInput {
  if (/^\d{3}:/.test(spec)) {
    const [status, path, count] = spec.split(":");
    return { api: "any", status: Number(status), pathContains: path || undefined, count: count ? Number(count) : 1, retryAfter: 1 };
  }
  const entries = Object.fromEntries(spec.split(",").map((kv) => kv.split("=") as [string, string]));
  return {
    api: (entries.api as FaultRule["api"]) ?? "any",
    status: entries.status ? Number(entries.status) : undefined,
    pathContains: entries.path,
    method: entries.method,
    retryAfter: entries.retryAfter ? Number(entries.retryAfter) : undefined,
    latencyMs: entries.latencyMs ? Number(entries.latencyMs) : undefined,
    drop: entries.drop === "true",
    count: entries.count ? Number(entries.count) : 1,
  };
}
