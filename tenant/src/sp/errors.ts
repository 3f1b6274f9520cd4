/**
 * Every error the local tenant's SharePoint REST answers with, built by name in this one file, so
 * each keeps SharePoint's own status, code and wording wherever it is raised.
 */
import type { ApiResponse } from "../http-types";
import { json } from "../http-types";
import type { MetadataLevel } from "./format";

/** A SharePoint REST error: its HTTP status, SharePoint's `code` ("-1, Namespace.Exception") and message. */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly spCode: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** SharePoint's error body, in the metadata level the client asked for; PnPjs shows its text in the thrown error. */
export function spErrorResponse(level: MetadataLevel, error: SpError): ApiResponse {
  const body = { code: error.spCode, message: { lang: "en-US", value: error.message } };
  return json(error.status, level === "verbose" ? { error: body } : { "odata.error": body }, error.headers);
}

const CODES = {
  accessDenied: "-2147024891, System.UnauthorizedAccessException",
  invalidQuery: "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
  resourceNotFound: "-1, Microsoft.SharePoint.Client.ResourceNotFoundException",
  argument: "-2147024809, System.ArgumentException",
  itemMissing: "-2130575338, System.ArgumentException",
  listMissing: "-2130575322, Microsoft.SharePoint.SPException",
  listExists: "-2130575342, Microsoft.SharePoint.SPException",
  spException: "-2130575340, Microsoft.SharePoint.SPException",
  fieldValidation: "-2130575162, Microsoft.SharePoint.SPFieldValidationException",
  clientService: "-1, Microsoft.SharePoint.Client.ClientServiceException",
  throttledQuery: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
  throttledRequest: "-2147024860, Microsoft.SharePoint.SPRequestThrottledException",
  unavailable: "-1, Microsoft.SharePoint.Client.ServiceUnavailableException",
  tooBig: "-2130575187, Microsoft.SharePoint.Client.ClientServiceException",
  userMissing: "-2146232832, Microsoft.SharePoint.SPException",
  duplicateValues: "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
  notSupported: "-1, System.NotSupportedException",
} as const;

export const spErrors = {
  accessDenied: () => new SpError(403, CODES.accessDenied, "Access denied. You do not have permission to perform this action or access this resource."),

  /** A malformed query or body that SharePoint's OData layer refuses. */
  invalidQuery: (message: string) => new SpError(400, CODES.invalidQuery, message),
  invalidJson: () => new SpError(400, CODES.invalidQuery, "Invalid JSON. The request body is not a JSON object."),
  fieldOrPropertyMissing: (name: string) => new SpError(400, CODES.invalidQuery, `The field or property '${name}' does not exist.`),
  propertyNotOnType: (property: string, type: string) =>
    new SpError(400, CODES.invalidQuery, `The property '${property}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),
  typeConversion: (property: string, edmType: string) =>
    new SpError(400, CODES.invalidQuery, `Cannot convert a primitive value to the expected type '${edmType}' for the property '${property}'. See the inner exception for more details.`),
  expandMissing: (part: string, head: string) =>
    new SpError(400, CODES.invalidQuery, `The query to field '${part}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`),

  listNotFound: (list: string, siteUrl: string) => new SpError(404, CODES.resourceNotFound, `List '${list}' does not exist at site with URL '${siteUrl}'.`),
  listGone: () => new SpError(404, CODES.listMissing, "List does not exist."),
  itemNotFound: () => new SpError(404, CODES.itemMissing, "Item does not exist. It may have been deleted by another user."),
  fieldNotFound: (name: string) => new SpError(404, CODES.argument, `Column '${name}' does not exist. It may have been deleted by another user.`),
  userNotFound: () => new SpError(404, CODES.resourceNotFound, "User cannot be found."),
  userNotResolved: (logonName: string) => new SpError(404, CODES.userMissing, `The specified user ${logonName} could not be found.`),


  /**
   * Real SharePoint serves it; the local tenant does not. Says so plainly, so a developer knows the
   * stand-in is the limit and not their code.
   */
  notSupported: (what: string) => new SpError(501, CODES.notSupported, `not supported by the local tenant: ${what}`),

  valueOutOfRange: (fieldTitle: string, minimum: number | undefined, maximum: number | undefined) =>
    new SpError(400, CODES.fieldValidation, `The value of the field '${fieldTitle}' must be ${minimum !== undefined && maximum !== undefined ? `between ${minimum} and ${maximum}` : minimum !== undefined ? `at least ${minimum}` : `at most ${maximum}`}.`),
  readOnlyProperty: (property: string) => new SpError(400, CODES.invalidQuery, `The property '${property}' is read-only and cannot be set.`),
  listTitleTooLong: (maxLength: number) => new SpError(400, CODES.argument, `The list title must be at most ${maxLength} characters.`),
  formulaSyntax: () => new SpError(400, CODES.spException, "The formula contains a syntax error or is not supported."),
  formulaUnknownColumn: () =>
    new SpError(400, CODES.spException, "The formula refers to a column that does not exist. Check the formula for spelling mistakes or change the non-existing column to an existing column."),
  uniqueNeedsIndex: (name: string) => new SpError(400, CODES.spException, `The column '${name}' must be indexed before it can enforce unique values.`),
  fieldTypeNotInstalled: (type: string) => new SpError(400, CODES.spException, `Field type ${type} is not installed properly. Go to the list settings page to delete this field.`),
  builtInFieldCannotChange: (name: string) => new SpError(400, CODES.spException, `The field '${name}' is built into every list and cannot be changed or deleted.`),
  cannotFind: (segment: string) => new SpError(404, CODES.resourceNotFound, `Cannot find resource for the request ${segment}.`),

  notAChoice: (fieldTitle: string, value: string) =>
    new SpError(400, CODES.fieldValidation, `The value '${value}' is not one of the choices of the field '${fieldTitle}', which does not allow values of its own.`),
  /** A person column naming nobody on the site: SharePoint's ensureUser-style refusal. */
  userDoesNotExist: () => new SpError(400, CODES.userMissing, "The user does not exist or is not unique."),
  /** SharePoint answers a broken EnforceUniqueValues with 500 and this body (as PnPjs reports it). */
  duplicateValues: (fieldNames: readonly string[]) =>
    new SpError(500, CODES.duplicateValues, `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fieldNames.join(", ")}].`),
  existingDuplicates: () => new SpError(400, CODES.spException, "This field contains duplicate values. Remove all duplicate values and try the operation again."),

  valueTooLong: (fieldTitle: string, maxLength: number) => new SpError(400, CODES.fieldValidation, `The value of the field '${fieldTitle}' is longer than ${maxLength} characters.`),
  etagMismatch: (wanted: string, current: string) => new SpError(412, CODES.clientService, `The request ETag value '${wanted}' does not match the object's ETag value '${current}'.`),
  thresholdExceeded: () => new SpError(500, CODES.throttledQuery, "The attempted operation is prohibited because it exceeds the list view threshold."),

  listTitleEmpty: () => new SpError(400, CODES.spException, "The list title must not be empty."),
  listTitleTaken: () =>
    new SpError(500, CODES.listExists, "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title."),
  duplicateFieldName: (name: string) => new SpError(500, CODES.spException, `A duplicate field name "${name}" was found.`),
  invalidInternalName: (name: string) => new SpError(400, CODES.argument, `The internal name '${name}' is not valid.`),
  badFieldDefinition: (message: string) => new SpError(400, CODES.argument, message),

  batchWithoutBoundary: () => new SpError(400, CODES.invalidQuery, "The batch request has no multipart boundary."),
  batchPartWithoutRequestLine: () => new SpError(400, CODES.invalidQuery, "A batch part has no valid request line."),
  batchTooLarge: (limit: number) => new SpError(400, CODES.invalidQuery, `A batch may hold at most ${limit} requests.`),

  requestTooLarge: () => new SpError(413, CODES.tooBig, "The request message is too big. The server does not allow messages larger than the limit."),
  throttled: (headers: Record<string, string> = {}) => new SpError(429, CODES.throttledRequest, "The request has been throttled. Please try again later.", headers),
  unavailable: (headers: Record<string, string> = {}) => new SpError(503, CODES.unavailable, "The service is temporarily unavailable.", headers),
  staleEtagFault: (headers: Record<string, string> = {}) => new SpError(412, CODES.clientService, "The request ETag value does not match the object's ETag value.", headers),
  unexpected: () => new SpError(500, CODES.clientService, "The local tenant hit an unexpected error with this request."),
  injectedFault: (status: number, headers: Record<string, string> = {}) => new SpError(status, CODES.clientService, "Injected fault from the local tenant.", headers),
};

/**
 * SharePoint's 401 is not an OData error: a bearer challenge and a one-line description.
 * `diagnostics` mimics the `x-ms-diagnostics` header SharePoint Online adds to expired-token answers.
 */
export function unauthorised(description: string, diagnostics?: string): ApiResponse {
  const headers: Record<string, string> = { "Content-Type": "application/json", "WWW-Authenticate": diagnostics ? 'Bearer realm="local", error="invalid_token"' : 'Bearer realm="local"' };
  if (diagnostics) headers["x-ms-diagnostics"] = diagnostics;
  return { status: 401, headers, body: JSON.stringify({ error_description: description }) };
}
