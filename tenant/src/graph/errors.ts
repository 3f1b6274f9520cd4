/** Microsoft Graph's error body (`error.code`, `error.message`, `innerError`), built in one place. */
import { randomUUID } from "node:crypto";
import type { ApiResponse } from "../http-types";
import { json } from "../http-types";

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function graphError(status: number, code: string, message: string, request?: { headers: Readonly<Record<string, string | undefined>> }, headers: Record<string, string> = {}): ApiResponse {
  const requestId = randomUUID();
  return json(status, { error: { code, message, innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ""), "request-id": requestId, "client-request-id": request?.headers["client-request-id"] ?? requestId } } }, { "request-id": requestId, ...headers });
}

export const graphErrors = {
  resourceNotFound: (id: string) => new GraphError(404, "Request_ResourceNotFound", `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`),
  segmentNotFound: (segment: string) => new GraphError(400, "BadRequest", `Resource not found for the segment '${segment}'.`),
  /** Real Graph serves it; the local tenant does not. Says so, so nobody debugs their own code for it. */
  notSupported: (what: string) => new GraphError(501, "NotImplemented", `not supported by the local tenant: ${what}`),
  unsupportedQuery: (message: string) => new GraphError(400, "Request_UnsupportedQuery", message),
  badRequest: (message: string) => new GraphError(400, "BadRequest", message),
  invalidFilter: (message: string) => new GraphError(400, "BadRequest", `Invalid filter clause: ${message}`),
  imageNotFound: () => new GraphError(404, "ImageNotFound", "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."),
  teamOrChannelNotFound: () => new GraphError(404, "NotFound", "Team or channel not found."),
  notChannelMember: () => new GraphError(403, "Forbidden", "User is not a member of the channel's team."),
};
