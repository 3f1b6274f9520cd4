import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { ApiRequest, ApiResponse } from "../http-types";
import { STATUS_TEXT } from "../http-types";
import { SpError, spErrorResponse, spErrors } from "./errors";
import { metadataLevel } from "./format";

export interface InnerRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Requests in one `$batch`, as SharePoint Online takes them (provisioning sends at most this many). */
export const MAX_BATCH_REQUESTS = 100;
/**
 * Bytes of answers one batch may gather: past it, the remaining requests are answered 429 with
 * Retry-After, as SharePoint throttles a batch that costs too much, rather than exhausting memory.
 */
export const MAX_BATCH_RESPONSE_BYTES = 16 * 1024 * 1024;

function splitParts(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  return body
    .split(delimiter)
    .slice(1)
    .filter((part) => !part.startsWith("--"))
    .map((part) => part.replace(/^\r?\n/, ""));
}

/** Splits a part into its header block and the rest, at the first blank line. */
function splitHead(text: string): { head: string[]; rest: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { head: text.split(/\r?\n/).filter(Boolean), rest: "" };
  return { head: text.slice(0, match.index).split(/\r?\n/).filter(Boolean), rest: text.slice(match.index + match[0].length) };
}

function boundaryOf(contentType: string | undefined): string | undefined {
  return /boundary="?([^";]+)"?/i.exec(contentType ?? "")?.[1];
}

/** Reads the multipart/mixed body PnPjs' `batched()` sends: batch parts, some of them changesets. */
export function parseSpBatch(contentType: string | undefined, body: string): InnerRequest[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw spErrors.batchWithoutBoundary();
  const requests: InnerRequest[] = [];
  const readPart = (part: string) => {
    const { head, rest } = splitHead(part);
    const partType = head.find((h) => /^content-type:/i.test(h));
    const inner = partType && /multipart\/mixed/i.test(partType) ? boundaryOf(partType) : undefined;
    if (inner) {
      for (const sub of splitParts(rest, inner)) readPart(sub);
      return;
    }
    const { head: requestHead, rest: requestBody } = splitHead(rest);
    const requestLine = /^([A-Z]+)\s+(\S+)\s+HTTP\/[\d.]+$/i.exec(requestHead[0] ?? "");
    if (!requestLine) throw spErrors.batchPartWithoutRequestLine();
    const headers: Record<string, string> = {};
    for (const line of requestHead.slice(1)) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    requests.push({ method: requestLine[1]!.toUpperCase(), url: requestLine[2]!, headers, body: requestBody.replace(/\r?\n$/, "").trim() });
  };
  for (const part of splitParts(body, boundary)) if (part.trim()) readPart(part);
  return requests;
}

export function serialiseSpBatch(responses: ApiResponse[]): ApiResponse {
  const boundary = `batchresponse_${randomUUID()}`;
  const parts = responses.map((r) => {
    const headers = Object.entries(r.headers).map(([k, v]) => `${k.toUpperCase()}: ${v}`);
    return [`--${boundary}`, "Content-Type: application/http", "Content-Transfer-Encoding: binary", "", `HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? ""}`, ...headers, "", typeof r.body === "string" ? r.body : ""].join("\r\n");
  });
  return { status: 200, headers: { "Content-Type": `multipart/mixed; boundary=${boundary}` }, body: `${parts.join("\r\n")}\r\n--${boundary}--\r\n` };
}

export interface BatchExecutor {
  /** Serves one request of a batch, as if it had come on its own (faults included). */
  executeInner(request: ApiRequest): Promise<ApiResponse>;
}

/**
 * Runs each request of a SharePoint `$batch` in order and answers one part per request, each with
 * its own status: SharePoint's changesets are not atomic, so the client must learn which parts
 * were done. Between parts the event loop turns, so one big batch never holds up other callers.
 */
export async function handleSpBatch(executor: BatchExecutor, outer: ApiRequest): Promise<ApiResponse> {
  const inner = parseSpBatch(outer.headers["content-type"], outer.body);
  if (inner.length > MAX_BATCH_REQUESTS) throw spErrors.batchTooLarge(MAX_BATCH_REQUESTS);
  const responses: ApiResponse[] = [];
  let bytes = 0;
  for (const request of inner) {
    await nextTurn();
    const level = metadataLevel(request.headers.accept);
    if (bytes > MAX_BATCH_RESPONSE_BYTES) {
      responses.push(spErrorResponse(level, spErrors.throttled({ "Retry-After": "2" })));
      continue;
    }
    let response: ApiResponse;
    try {
      const url = new URL(request.url, outer.url);
      response = await executor.executeInner({ method: request.method, url, headers: request.headers, body: request.body, caller: outer.caller });
    } catch (error) {
      if (!(error instanceof SpError)) console.error("local tenant: unexpected error in a batch part", error);
      response = spErrorResponse(level, error instanceof SpError ? error : spErrors.unexpected());
    }
    bytes += typeof response.body === "string" ? Buffer.byteLength(response.body) : (response.body?.length ?? 0);
    responses.push(response);
  }
  return serialiseSpBatch(responses);
}
