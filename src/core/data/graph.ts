import { Client, type Context, HTTPMessageHandler, type Middleware, RetryHandler, RetryHandlerOptions } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../auth/token-provider";

export const GRAPH_ORIGIN = "https://graph.microsoft.com";

export interface GraphBatchStep {
  id: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the version root, e.g. `/me?$select=id`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

export interface GraphBatchResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Thrown for a Graph response that is not a success, carrying what the UI needs to explain it. */
export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "GraphRequestError";
  }
}

/**
 * Our whole dependency on Microsoft Graph: a handful of verbs. The SDK underneath
 * (@microsoft/microsoft-graph-client, no release since 2023) can be swapped without touching modules.
 */
export interface GraphService {
  get<T>(path: string, headers?: Record<string, string>): Promise<T>;
  /** Follows `@odata.nextLink` until the collection is complete. */
  getAll<T>(path: string, headers?: Record<string, string>): Promise<T[]>;
  /** Binary content such as `/me/photo/$value`; null when Graph has none (404). */
  getBlob(path: string): Promise<Blob | null>;
  post<T>(path: string, body: unknown): Promise<T>;
  /** JSON `$batch`; requests throttled inside the batch are retried after their Retry-After. */
  batch(steps: GraphBatchStep[]): Promise<Map<string, GraphBatchResult>>;
}

/** Always attaches the bearer token: the SDK's own handler skips non-Graph hosts served over http. */
class BearerMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly tokens: TokenProvider) {}
  async execute(context: Context): Promise<void> {
    const token = await this.tokens.getToken("graph");
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set("Authorization", `Bearer ${token}`);
    options.headers = Object.fromEntries(headers.entries());
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_BATCH_RETRIES = 3;

function toError(error: unknown): unknown {
  const e = error as { statusCode?: number; code?: string; message?: string };
  if (typeof e?.statusCode === "number" && e.statusCode > 0) return new GraphRequestError(e.statusCode, e.code ?? "", e.message ?? "Graph request failed.");
  return error;
}

export interface GraphServiceOptions {
  /** `https://graph.microsoft.com` in production; the local tenant's origin in local mode and tests. */
  origin?: string;
  /** Fixed delay (seconds) when a throttled response has no Retry-After. */
  retryDelaySeconds?: number;
}

export function createGraphService(tokens: TokenProvider, options: GraphServiceOptions = {}): GraphService {
  const origin = (options.origin ?? GRAPH_ORIGIN).replace(/\/+$/, "");
  const auth = new BearerMiddleware(tokens);
  const retry = new RetryHandler(new RetryHandlerOptions(options.retryDelaySeconds ?? 3, 3));
  auth.setNext(retry);
  retry.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: auth, baseUrl: `${origin}/`, defaultVersion: "v1.0" });

  /** Next links are absolute; the SDK mangles absolute http URLs, so hand it the relative part. */
  const relative = (link: string) => link.replace(/^https?:\/\/[^/]+\/v1\.0/i, "");

  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    // Token first: the SDK wraps anything thrown inside its middleware into its own error, and
    // the UI needs a sign-in failure to stay an AuthError to offer "Sign in". MSAL answers from cache.
    await tokens.getToken("graph");
    try {
      return await run();
    } catch (error) {
      throw toError(error);
    }
  };

  return {
    get: <T>(path: string, headers?: Record<string, string>) => call(() => client.api(path).headers(headers ?? {}).get() as Promise<T>),
    async getAll<T>(path: string, headers?: Record<string, string>) {
      const items: T[] = [];
      let next: string | undefined = path;
      while (next) {
        const page: { value: T[]; "@odata.nextLink"?: string } = await call(() => client.api(next!).headers(headers ?? {}).get());
        items.push(...page.value);
        next = page["@odata.nextLink"] ? relative(page["@odata.nextLink"]) : undefined;
      }
      return items;
    },
    async getBlob(path: string) {
      await tokens.getToken("graph");
      try {
        return (await client.api(path).responseType("blob" as never).get()) as Blob;
      } catch (error) {
        const mapped = toError(error);
        if (mapped instanceof GraphRequestError && mapped.status === 404) return null;
        throw mapped;
      }
    },
    post: <T>(path: string, body: unknown) => call(() => client.api(path).post(body) as Promise<T>),
    async batch(steps: GraphBatchStep[]) {
      const results = new Map<string, GraphBatchResult>();
      let pending = steps;
      for (let attempt = 0; pending.length > 0; attempt++) {
        const response: { responses: GraphBatchResult[] } = await call(() => client.api("/$batch").post({ requests: pending.map((s) => ({ ...s, dependsOn: s.dependsOn?.filter((d) => !results.has(d)) })) }));
        const throttled = response.responses.filter((r) => r.status === 429 || r.status === 503);
        for (const r of response.responses) if (!throttled.includes(r) || attempt === MAX_BATCH_RETRIES) results.set(r.id, r);
        if (throttled.length === 0 || attempt === MAX_BATCH_RETRIES) break;
        // The SDK retries whole requests, not steps throttled inside a batch: wait as Graph asks, then resend those.
        const waitSeconds = Math.max(...throttled.map((r) => Number(Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === "retry-after")?.[1] ?? options.retryDelaySeconds ?? 3)));
        await sleep(waitSeconds * 1000);
        const retryIds = new Set(throttled.map((r) => r.id));
        // Steps that failed only because a throttled step failed (424) go again too.
        for (const r of response.responses) {
          if (r.status !== 424) continue;
          retryIds.add(r.id);
          results.delete(r.id);
        }
        pending = steps.filter((s) => retryIds.has(s.id));
      }
      return results;
    },
  };
}
