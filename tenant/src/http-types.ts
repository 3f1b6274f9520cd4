import type { Role } from "../../manifest/schema";
import type { Person } from "./identity/personas";

/** A request as the API handlers see it: already authenticated, body read. Batches build these too. */
export interface ApiRequest {
  readonly method: string;
  readonly url: URL;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  readonly caller: Caller;
}

export interface Caller {
  readonly person: Person;
  readonly roles: readonly Role[];
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { "Content-Type": "application/json;charset=utf-8", ...headers }, body: JSON.stringify(value) };
}

export const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  412: "Precondition Failed",
  413: "Payload Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
};
