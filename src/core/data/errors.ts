import { AuthError } from "../auth/token-provider";
import { isNetworkFailure } from "../domain/network";

/** What the person can do about a failure. */
export type Remedy = "retry" | "sign-in" | "reload" | "ask-for-access" | "refresh-and-reapply" | "narrow-view" | "fix-input" | "none";

export interface Failure {
  /** HTTP status where there was one; 0 for network failures. */
  status: number;
  title: string;
  detail: string;
  remedy: Remedy;
}

/** Reads the status from PnPjs' HttpRequestError, our GraphRequestError or a plain Response-like error. */
function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
  for (const candidate of [e?.status, e?.statusCode, e?.response?.status]) if (typeof candidate === "number" && candidate > 0) return candidate;
  return undefined;
}



/**
 * Turns a SharePoint, Graph, Power BI or sign-in failure into words a council officer
 * understands, and what to do next. Never shows raw server text: it can hold internals.
 */
export function describeFailure(error: unknown): Failure {
  if (error instanceof AuthError) {
    switch (error.failure) {
      case "popup-blocked":
        return { status: 0, title: "Your browser blocked the sign-in window", detail: "Allow pop-ups for Data Hub, then choose Sign in again.", remedy: "sign-in" };
      case "no-licence":
        return { status: 0, title: "You don't have a licence for this", detail: "Ask the IT service desk for the licence this needs.", remedy: "none" };
      case "unavailable":
        return { status: 0, title: "We couldn't reach the sign-in service", detail: "Check your connection, then try again.", remedy: "retry" };
      default:
        return { status: 0, title: "Please sign in to carry on", detail: "Your sign-in needs confirming. Nothing you typed has been lost.", remedy: "sign-in" };
    }
  }
  const status = statusOf(error);
  const message = String((error as { message?: unknown })?.message ?? "");
  if (status === undefined && isNetworkFailure(error)) {
    return { status: 0, title: "You appear to be offline", detail: "We couldn't reach Microsoft 365. Check your connection and try again; nothing you typed has been lost.", remedy: "retry" };
  }
  switch (status) {
    case 400:
      return { status, title: "That wasn't accepted", detail: "Something in the request wasn't valid. Check what you entered and try again.", remedy: "fix-input" };
    case 401:
      return { status, title: "Your sign-in has expired", detail: "Sign in again to carry on. Nothing you typed has been lost.", remedy: "sign-in" };
    case 403:
      return { status, title: "You don't have permission to do that", detail: "If you think you should, ask the data lead or the owner of this list.", remedy: "ask-for-access" };
    case 404:
      return { status, title: "We couldn't find that", detail: "It may have been deleted or moved by someone else.", remedy: "reload" };
    case 412:
      return { status, title: "Someone else changed this while you were editing", detail: "Review their changes, then apply yours again. Your edits are kept.", remedy: "refresh-and-reapply" };
    case 429:
      return { status, title: "Microsoft 365 is busy", detail: "We tried again several times. Please wait a minute and try again.", remedy: "retry" };
    case 500:
      if (/SPQueryThrottledException|list view threshold/i.test(message)) {
        return { status, title: "This view asks for too many items at once", detail: "Narrow it with a filter, such as a principle or a service.", remedy: "narrow-view" };
      }
      return { status, title: "Something went wrong at Microsoft 365", detail: "Please try again. If it keeps happening, tell the data lead.", remedy: "retry" };
    case 503:
    case 504:
      return { status, title: "Microsoft 365 is temporarily unavailable", detail: "Please try again in a few minutes.", remedy: "retry" };
    default:
      return { status: status ?? 0, title: "Something went wrong", detail: "Please try again. If it keeps happening, tell the data lead.", remedy: "retry" };
  }
}
