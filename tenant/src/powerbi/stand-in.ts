import { randomUUID } from "node:crypto";
import { SAMPLE_REPORTS, SAMPLE_RESTRICTED_WORKSPACE_ID, SAMPLE_WORKSPACE_ID, type SampleReport } from "../../../src/modules/dashboards/seed/sample-dashboards";
import type { ApiResponse } from "../http-types";
import { json } from "../http-types";
import { type Person, type PersonaId, personForPersona } from "../identity/personas";
import { embedPageHtml, openInPowerBiHtml } from "./embed-page";

/**
 * The local tenant's Power BI stand-in. No Power BI service is reachable here, so this serves
 * just enough of two of its surfaces for Data Hub's real code paths to run against it:
 *
 * - the report embed page (`/_local/powerbi/reportEmbed`), an HTML page whose script answers
 *   powerbi-client's postMessage protocol (see embed-page.ts), rendering a clearly labelled
 *   "Sample report (local stand-in)" that shows its active page, filters and token renewals as text;
 * - the REST API's report listing (`/v1.0/myorg/groups/{id}/reports`, as api.powerbi.com serves it),
 *   which the data lead's report picker calls.
 *
 * It is not Power BI: no datasets, no DAX, no row-level security, no real licence checks. Faults
 * (`POST /_local/powerbi/faults`) make it answer as Power BI does when a licence or access is
 * missing, a report was deleted or a token expired, so the hub's states can be shown and tested.
 */

export type StandInFaultKind = "no-licence" | "no-access" | "deleted" | "token-expired" | "render-error";
export const STAND_IN_FAULT_KINDS: readonly StandInFaultKind[] = ["no-licence", "no-access", "deleted", "token-expired", "render-error"];

interface StandInFault {
  kind: StandInFaultKind;
  /** Only for this report (any report when absent). */
  reportId?: string;
  count: number;
}

/** What the embed page is told when a report cannot be shown: the IError shape of powerbi-models. */
export interface StandInError {
  message: string;
  detailedMessage: string;
  errorCode: string;
  level: number;
  technicalDetails: { requestId: string };
}

// powerbi-models TraceType.Error = 3 (node_modules/powerbi-models/dist/models.d.ts).
const TRACE_ERROR = 3;

/**
 * IError values as the embed page raises them. TokenExpired's wording is Microsoft's documented
 * example (learn.microsoft.com/javascript/api/overview/powerbi/troubleshoot-and-debug); the others
 * follow names seen from the service. The hub's classifier matches loosely on purpose.
 */
const EMBED_ERRORS: Record<Exclude<StandInFaultKind, "render-error">, Omit<StandInError, "technicalDetails" | "level">> = {
  "token-expired": { message: "TokenExpired", detailedMessage: "Access token has expired, resubmit with a new access token", errorCode: "403" },
  deleted: { message: "PowerBIEntityNotFound", detailedMessage: "PowerBI entity not found", errorCode: "404" },
  "no-access": { message: "LoadReportFailed", detailedMessage: "Fail to initialize - Could not resolve cluster", errorCode: "403" },
  "no-licence": { message: "PowerBINotLicensedException", detailedMessage: "The user does not have a Power BI license", errorCode: "401" },
};

const RENDER_ERROR = { message: "RenderingFailed", detailedMessage: "A visual on this page could not be rendered (local stand-in fault)", errorCode: "500" };

export interface StandInOptions {
  /** The tenant's token check (persona tokens stand in for Entra's Power BI tokens). */
  verify(authorization: string | undefined): { persona: PersonaId } | { error: "missing" | "invalid" | "expired" };
  /** The tenant's origin, known once it listens. */
  origin(): string;
}

const WORKSPACES = [
  { id: SAMPLE_WORKSPACE_ID, name: "Sample workspace (local stand-in)", members: "everyone" as const },
  { id: SAMPLE_RESTRICTED_WORKSPACE_ID, name: "Sample restricted workspace (local stand-in)", members: ["data-lead"] as PersonaId[] },
];

const isMember = (workspaceId: string, persona: PersonaId) => {
  const workspace = WORKSPACES.find((w) => w.id.toLowerCase() === workspaceId.toLowerCase());
  return Boolean(workspace && (workspace.members === "everyone" || workspace.members.includes(persona)));
};

const reportById = (id: string | null | undefined) => SAMPLE_REPORTS.find((r) => r.id.toLowerCase() === (id ?? "").toLowerCase());

function html(body: string): ApiResponse {
  // The embed page is framed by the hub (same origin locally); nothing else needs to frame it.
  return { status: 200, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": "frame-ancestors 'self'" }, body };
}

/** A Power BI REST error body: `{"error":{"code":…,"pbi.error":{…}}}`. */
function restError(status: number, code: string, message?: string): ApiResponse {
  const requestId = randomUUID();
  return json(status, { error: { code, ...(message ? { message } : {}), "pbi.error": { code, parameters: {}, details: [], exceptionCulprit: 1 } } }, { RequestId: requestId });
}

export class PowerBiStandIn {
  private faults: StandInFault[] = [];

  constructor(private readonly options: StandInOptions) {}

  /** The paths the stand-in answers: its own pages under /_local/powerbi/, and Power BI REST under /v1.0/myorg/ (checked before Graph's /v1.0/). */
  static handles(pathname: string): boolean {
    return /^\/_local\/powerbi(\/|$)/i.test(pathname) || /^\/v1\.0\/myorg(\/|$)/i.test(pathname);
  }

  addFault(input: { kind: unknown; reportId?: unknown; count?: unknown }): void {
    if (!STAND_IN_FAULT_KINDS.includes(input.kind as StandInFaultKind)) throw new Error(`A Power BI fault's kind is one of ${STAND_IN_FAULT_KINDS.join(", ")}.`);
    const count = input.count === undefined ? 1 : Number(input.count);
    if (!Number.isInteger(count) || count < 1) throw new Error("A Power BI fault's count is a whole number from 1.");
    this.faults.push({ kind: input.kind as StandInFaultKind, count, ...(typeof input.reportId === "string" ? { reportId: input.reportId.toLowerCase() } : {}) });
  }

  private takeFault(reportId: string, kinds: readonly StandInFaultKind[]): StandInFaultKind | undefined {
    const index = this.faults.findIndex((f) => kinds.includes(f.kind) && (!f.reportId || f.reportId === reportId.toLowerCase()));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    if (--fault.count <= 0) this.faults.splice(index, 1);
    return fault.kind;
  }

  private embedBase(): string {
    return `${this.options.origin()}/_local/powerbi`;
  }

  async handle(method: string, url: URL, headers: Record<string, string | undefined>, body: string): Promise<ApiResponse> {
    const path = url.pathname.replace(/\/+$/, "");
    if (/^\/v1\.0\/myorg(\/|$)/i.test(path)) return this.rest(method, url, path, headers);
    const local = path.replace(/^\/_local\/powerbi/i, "");
    if (local === "/reportEmbed" && method === "GET") return html(embedPageHtml());
    if (local === "/session" && method === "POST") return this.session(headers, body);
    if (local === "/faults") return this.faultRoute(method, body);
    const open = /^\/groups\/([^/]+)\/reports\/([^/]+)(?:\/([^/]+))?$/i.exec(local);
    if (open && method === "GET") {
      const report = reportById(open[2]);
      return html(openInPowerBiHtml({ reportName: report?.name ?? null, pageName: open[3] ?? null, filter: url.searchParams.get("filter") }));
    }
    return json(404, { error: "Not found in the local Power BI stand-in." });
  }

  private faultRoute(method: string, body: string): ApiResponse {
    if (method === "GET") return json(200, this.faults);
    if (method === "DELETE") {
      this.faults = [];
      return { status: 204, headers: {} };
    }
    if (method === "POST") {
      try {
        const input = JSON.parse(body || "{}") as { kind: unknown; reportId?: unknown; count?: unknown } | { kind: unknown }[];
        for (const f of Array.isArray(input) ? input : [input]) this.addFault(f);
        return json(201, this.faults);
      } catch (error) {
        return json(400, { error: (error as Error).message });
      }
    }
    return json(405, { error: "Use GET, POST or DELETE." });
  }

  /**
   * The embed page's check of a token against a report, as Power BI's own backend would make it:
   * a valid token, a licence, a report that exists, membership of its workspace.
   */
  private session(headers: Record<string, string | undefined>, body: string): ApiResponse {
    let request: { reportId?: unknown; groupId?: unknown; purpose?: unknown };
    try {
      request = JSON.parse(body || "{}") as typeof request;
    } catch {
      return json(400, { error: "The body must be JSON." });
    }
    const reportId = typeof request.reportId === "string" ? request.reportId : "";
    const fail = (kind: keyof typeof EMBED_ERRORS) => json(kind === "deleted" ? 404 : 403, { error: { ...EMBED_ERRORS[kind], level: TRACE_ERROR, technicalDetails: { requestId: randomUUID() } } satisfies StandInError });
    const verdict = this.options.verify(headers.authorization);
    if ("error" in verdict) return fail("token-expired");
    // A renewal only checks the token; faults are about opening a report.
    if (request.purpose !== "token") {
      const fault = this.takeFault(reportId, ["no-licence", "no-access", "deleted", "token-expired"]);
      if (fault && fault !== "render-error") return fail(fault);
    }
    const report = reportById(reportId);
    if (!report) return fail("deleted");
    if (!isMember(report.workspaceId, verdict.persona)) return fail("no-access");
    const person: Person = personForPersona(verdict.persona);
    const renderError = request.purpose === "token" ? undefined : this.takeFault(reportId, ["render-error"]);
    return json(200, {
      report: { id: report.id, name: report.name, workspaceId: report.workspaceId, pages: report.pages },
      viewer: { displayName: person.displayName, department: person.department },
      ...(renderError ? { renderError: { ...RENDER_ERROR, level: TRACE_ERROR, technicalDetails: { requestId: randomUUID() } } } : {}),
    });
  }

  private reportResource(report: SampleReport): Record<string, unknown> {
    const base = this.embedBase();
    return {
      id: report.id,
      reportType: "PowerBIReport",
      name: report.name,
      webUrl: `${base}/groups/${report.workspaceId}/reports/${report.id}`,
      embedUrl: `${base}/reportEmbed?reportId=${report.id}&groupId=${report.workspaceId}`,
      isFromPbix: true,
      isOwnedByMe: false,
      datasetId: report.id.replace(/^5a3b1e00/, "da7a5e70"),
      datasetWorkspaceId: report.workspaceId,
      users: [],
      subscriptions: [],
    };
  }

  /** Power BI REST, the part the report picker reads: workspaces, their reports, a report's pages. */
  private rest(method: string, url: URL, path: string, headers: Record<string, string | undefined>): ApiResponse {
    const verdict = this.options.verify(headers.authorization);
    if ("error" in verdict) {
      return verdict.error === "expired" ? restError(403, "TokenExpired", "Access token has expired, resubmit with a new access token") : restError(401, "PowerBINotAuthorizedException");
    }
    if (method !== "GET") return restError(405, "MethodNotAllowed", "The local stand-in serves GET only.");
    const context = (what: string) => `${this.options.origin()}/v1.0/myorg/${what}`;
    const route = path.replace(/^\/v1\.0\/myorg/i, "");
    if (route === "/groups") {
      const value = WORKSPACES.filter((w) => isMember(w.id, verdict.persona)).map((w) => ({ id: w.id, isReadOnly: false, isOnDedicatedCapacity: false, type: "Workspace", name: w.name }));
      return json(200, { "@odata.context": context("$metadata#groups"), "@odata.count": value.length, value });
    }
    const match = /^\/groups\/([^/]+)\/reports(?:\/([^/]+))?(\/pages)?$/i.exec(route);
    if (!match) return restError(404, "PowerBIEntityNotFound", `The local stand-in does not serve ${url.pathname}.`);
    const [, workspaceId = "", reportId, pages] = match;
    if (!WORKSPACES.some((w) => w.id.toLowerCase() === workspaceId.toLowerCase())) return restError(404, "PowerBIEntityNotFound");
    if (!isMember(workspaceId, verdict.persona)) return restError(401, "PowerBINotAuthorizedException");
    const inWorkspace = SAMPLE_REPORTS.filter((r) => r.workspaceId.toLowerCase() === workspaceId.toLowerCase());
    if (!reportId) return json(200, { "@odata.context": context(`groups/${workspaceId}/$metadata#reports`), value: inWorkspace.map((r) => this.reportResource(r)) });
    const report = inWorkspace.find((r) => r.id.toLowerCase() === reportId.toLowerCase());
    if (!report) return restError(404, "PowerBIEntityNotFound");
    if (!pages) return json(200, { "@odata.context": context(`groups/${workspaceId}/$metadata#reports/$entity`), ...this.reportResource(report) });
    return json(200, { "@odata.context": context(`groups/${workspaceId}/reports/${report.id}/$metadata#pages`), value: report.pages.map((p, order) => ({ name: p.name, displayName: p.displayName, order })) });
  }
}
