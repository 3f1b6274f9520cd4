import { setImmediate as nextTurn } from "node:timers/promises";
import type { ApiRequest, ApiResponse } from "../http-types";
import { json } from "../http-types";
import type { GraphCall } from "./call";
import { graphError, graphErrors } from "./errors";

const MAX_BATCH = 20;

export interface GraphBatchExecutor {
  executeInner(request: ApiRequest): Promise<ApiResponse>;
}

/** JSON `$batch`: up to 20 requests, `dependsOn` honoured, each answered on its own. */
export async function graphBatch(call: GraphCall, executor: GraphBatchExecutor): Promise<ApiResponse> {
  let input: { requests?: { id?: string; method?: string; url?: string; headers?: Record<string, string>; body?: unknown; dependsOn?: string[] }[] };
  try {
    input = JSON.parse(call.request.body) as typeof input;
  } catch {
    throw graphErrors.badRequest("Invalid JSON in the batch request.");
  }
  const requests = input.requests;
  if (!Array.isArray(requests) || requests.length === 0) throw graphErrors.badRequest("The batch must contain a 'requests' array.");
  if (requests.length > MAX_BATCH) throw graphErrors.badRequest(`The number of batch requests exceeds the limit of ${MAX_BATCH}.`);
  const statuses = new Map<string, number>();
  const responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[] = [];
  for (const item of requests) {
    const id = String(item.id ?? "");
    if (!id || !item.url || !item.method) throw graphErrors.badRequest("Each batch request needs an id, a method and a url.");
    const failedDependency = (item.dependsOn ?? []).some((d) => (statuses.get(d) ?? 424) >= 400);
    if (failedDependency) {
      statuses.set(id, 424);
      responses.push({ id, status: 424, headers: {}, body: { error: { code: "FailedDependency", message: "A request this one depends on failed." } } });
      continue;
    }
    const relative = item.url.startsWith("/") ? item.url : `/${item.url}`;
    const url = new URL(`${call.origin}${/^\/v1\.0\//i.test(relative) ? relative : `/v1.0${relative}`}`);
    const headers = Object.fromEntries(Object.entries(item.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const body = item.body === undefined ? "" : typeof item.body === "string" ? item.body : JSON.stringify(item.body);
    // Let other callers in between requests; one failing request answers 500 on its own.
    await nextTurn();
    let response: ApiResponse;
    try {
      response = await executor.executeInner({ method: item.method.toUpperCase(), url, headers, body, caller: call.request.caller });
    } catch (error) {
      console.error("local tenant: unexpected error in a Graph batch request", error);
      response = graphError(500, "InternalServerError", "The local tenant hit an unexpected error with this request.", { headers });
    }
    statuses.set(id, response.status);
    const text = typeof response.body === "string" ? response.body : response.body ? response.body.toString("base64") : "";
    const isJson = (response.headers["Content-Type"] ?? "").includes("json");
    responses.push({ id, status: response.status, headers: response.headers, body: text ? (isJson ? (JSON.parse(text) as unknown) : text) : undefined });
  }
  return json(200, { responses });
}
