/** Turns what PnPjs, fetch and the token provider throw into a sentence a site owner can act on. */
import { AuthError } from "../../src/core/auth/token-provider";

interface HttpFailure {
  readonly status: number;
  readonly message: string;
  readonly response?: Response;
}

/** PnPjs' HttpRequestError, recognised by shape: it may come from another copy of the package. */
export function httpStatusOf(error: unknown): number | undefined {
  const e = error as Partial<HttpFailure> & { isHttpRequestError?: boolean };
  return e && typeof e === "object" && e.isHttpRequestError && typeof e.status === "number" ? e.status : undefined;
}

/** SharePoint's own words from the error body PnPjs puts after "::>", when it sent any. */
function sharePointMessage(message: string): string | undefined {
  const body = message.split("::>")[1]?.trim();
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as { "odata.error"?: { message?: { value?: string } }; error?: { message?: { value?: string } }; error_description?: string };
    return parsed["odata.error"]?.message?.value ?? parsed.error?.message?.value ?? parsed.error_description;
  } catch {
    return undefined;
  }
}

const STATUS_WORDS: Record<number, string> = {
  401: "SharePoint did not accept the sign-in (401). The token is missing, expired or for another resource: get a fresh one for https://<tenant>.sharepoint.com and try again.",
  403: "SharePoint refused access (403). Run this as an owner of the site: creating lists and columns needs the Manage Lists permission.",
  404: "SharePoint could not find it (404). Check the site URL: it should be the site itself, such as https://<tenant>.sharepoint.com/sites/datahub.",
  429: "SharePoint is throttling requests (429) and still was after several retries. Wait a few minutes and run the command again; it carries on where it stopped.",
  503: "SharePoint is unavailable just now (503). Wait a few minutes and run the command again; it carries on where it stopped.",
};

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: "nothing answered at that address",
  ENOTFOUND: "that host name does not exist",
  ETIMEDOUT: "the connection timed out",
  ECONNRESET: "the connection was cut off",
  UND_ERR_SOCKET: "the connection was cut off",
  UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
};

export function describeError(error: unknown): string {
  if (error instanceof AuthError) return error.message;
  const status = httpStatusOf(error);
  if (status !== undefined) {
    const detail = sharePointMessage((error as HttpFailure).message);
    const words = STATUS_WORDS[status] ?? `SharePoint answered ${status}.`;
    return detail ? `${words} SharePoint said: ${detail}` : words;
  }
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) {
    const code = cause?.code ?? "";
    return `Could not reach the site: ${NETWORK_WORDS[code] ?? "the network request failed"}${code ? ` (${code})` : ""}. Check the URL and your connection.`;
  }
  return error instanceof Error ? error.message : String(error);
}
