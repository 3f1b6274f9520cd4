import type { TokenProvider } from "../../../core/auth/token-provider";

/**
 * The Power BI REST API, as much as the report picker needs, called with the data lead's own
 * Power BI token (Report.Read.All). Listing every workspace (GET /groups) would need
 * Workspace.Read.All as well, which Data Hub does not ask for: the data lead pastes a link from
 * inside the workspace instead, and picks from its reports.
 */

export class PowerBiApiError extends Error {
  constructor(
    readonly status: number,
    /** Power BI's error code, e.g. PowerBINotAuthorizedException, PowerBIEntityNotFound, TokenExpired. */
    readonly code: string,
  ) {
    super(`Power BI answered ${status}${code ? ` (${code})` : ""}.`);
    this.name = "PowerBiApiError";
  }
}

export interface PowerBiReportSummary {
  id: string;
  name: string;
  webUrl: string;
  embedUrl: string;
}

export interface PowerBiPage {
  name: string;
  displayName: string;
  order: number;
}

export interface PowerBiApi {
  listReports(workspaceId: string): Promise<PowerBiReportSummary[]>;
  listPages(workspaceId: string, reportId: string): Promise<PowerBiPage[]>;
}

const MAX_RETRIES = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createPowerBiApi(tokens: TokenProvider, apiOrigin: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): PowerBiApi {
  const base = `${apiOrigin.replace(/\/+$/, "")}/v1.0/myorg`;

  async function get<T>(path: string): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const token = await tokens.getToken("powerbi");
      const response = await fetchImpl(`${base}${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
      if (response.ok) return (await response.json()) as T;
      // Throttled or briefly unavailable: wait as asked, a few times.
      if ((response.status === 429 || response.status === 503) && attempt < MAX_RETRIES) {
        const seconds = Number(response.headers.get("Retry-After"));
        await sleep((Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 30) : 2 ** attempt) * 1000);
        continue;
      }
      let code = "";
      try {
        code = String(((await response.json()) as { error?: { code?: unknown } }).error?.code ?? "");
      } catch {
        // Power BI sometimes answers errors with no body.
      }
      throw new PowerBiApiError(response.status, code);
    }
  }

  const id = (value: string) => encodeURIComponent(value.trim());
  return {
    async listReports(workspaceId) {
      const body = await get<{ value: { id: string; name: string; webUrl: string; embedUrl: string; reportType?: string }[] }>(`/groups/${id(workspaceId)}/reports`);
      // Paginated (RDL) reports embed differently; the catalogue offers Power BI reports only.
      return body.value
        .filter((r) => !r.reportType || r.reportType === "PowerBIReport")
        .map((r) => ({ id: r.id, name: r.name, webUrl: r.webUrl, embedUrl: r.embedUrl }))
        .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
    },
    async listPages(workspaceId, reportId) {
      const body = await get<{ value: PowerBiPage[] }>(`/groups/${id(workspaceId)}/reports/${id(reportId)}/pages`);
      return [...body.value].sort((a, b) => a.order - b.order);
    },
  };
}

/** The picker's words for a failed call (access and "no such workspace" are the usual ones). */
export function describePickerFailure(error: unknown): string | null {
  if (!(error instanceof PowerBiApiError)) return null;
  if (error.status === 404 || error.code === "PowerBIEntityNotFound") return "There's no Power BI workspace with that id, or it has been deleted.";
  if (error.code === "TokenExpired") return null;
  if (error.status === 401 || error.status === 403) return "You don't have access to that workspace in Power BI. Ask its admin to add you, or check the link.";
  return null;
}
