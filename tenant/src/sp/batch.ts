import { randomUUID } from "node:crypto";
import type { ApiRequest, ApiResponse } from "../http-types";
import { STATUS_TEXT } from "../http-types";
import { spErrors } from "./errors";

export interface InnerRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const MAX_BATCH_REQUESTS = 1000;

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

/** Runs each request of a SharePoint `$batch` in order and answers one flat part per request. */
export async function handleSpBatch(executor: BatchExecutor, outer: ApiRequest): Promise<ApiResponse> {
  const inner = parseSpBatch(outer.headers["content-type"], outer.body);
  if (inner.length > MAX_BATCH_REQUESTS) {
    throw spErrors.batchTooLarge(MAX_BATCH_REQUESTS);
  }
  const responses: ApiResponse[] = [];
  for (const request of inner) {
    const url = new URL(request.url, outer.url);
    responses.push(await executor.executeInner({ method: request.method, url, headers: request.headers, body: request.body, caller: outer.caller }));
  }
  return serialiseSpBatch(responses);
}
