import type { FaultInjector, FaultRule } from "../faults";
import { graphError } from "../graph/errors";
import type { ApiResponse } from "../http-types";
import { spErrorResponse, spErrors, unauthorised } from "../sp/errors";
import { metadataLevel } from "../sp/format";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Applies a matching fault rule; returns a response to send instead, "drop", or undefined to carry on. */
export async function applyFault(
  faults: FaultInjector,
  api: "sp" | "graph",
  request: { method: string; url: URL; headers: Readonly<Record<string, string | undefined>> },
): Promise<ApiResponse | "drop" | undefined> {
  const rule: FaultRule | undefined = faults.take(api, request.method, decodeURIComponent(request.url.pathname + request.url.search));
  if (!rule) return undefined;
  if (rule.latencyMs) await sleep(rule.latencyMs);
  if (rule.drop) return "drop";
  if (!rule.status) return undefined;
  const retry: Record<string, string> = rule.retryAfter !== undefined ? { "Retry-After": String(rule.retryAfter) } : {};
  if (api === "graph") {
    const codes: Record<number, string> = { 401: "InvalidAuthenticationToken", 412: "PreconditionFailed", 429: "TooManyRequests", 503: "ServiceUnavailable" };
    return graphError(rule.status, codes[rule.status] ?? "generalException", rule.status === 401 ? "Access token has expired or is not yet valid." : "Injected fault from the local tenant.", request, retry);
  }
  if (rule.status === 401) return unauthorised("Invalid JWT token. The token is expired.", '2000003;reason="Invalid audience Uri."');
  const error =
    rule.status === 412 ? spErrors.staleEtagFault(retry) : rule.status === 429 ? spErrors.throttled(retry) : rule.status === 503 ? spErrors.unavailable(retry) : spErrors.injectedFault(rule.status, retry);
  return spErrorResponse(metadataLevel(request.headers.accept), error);
}
