import type { models } from "powerbi-client";
import type { ReportFrameEvent, ReportPage } from "../domain/dashboard-view-state";

export type { ReportFrameEvent, ReportPage };

/**
 * What passes between the dashboard screen and the lazily loaded report frame. Types only: the
 * screen must not load Power BI's library; only ReportFrame.tsx (its own chunk) does.
 */

/** The embedded report, as the screen may drive it (all through the embedded instance: no re-embedding). */
export interface ReportController {
  pages(): Promise<ReportPage[]>;
  setPage(name: string): Promise<void>;
  /** Replaces the report-level filters (report.updateFilters ReplaceAll, or RemoveAll for none). */
  setFilters(filters: models.IBasicFilter[]): Promise<void>;
  fullscreen(): void;
  /** The report said its token expired: renew now, or give up to the sign-in state. */
  tokenExpired(): void;
}

export interface ReportFrameProps {
  /** Built once per opening and never changed: powerbi-client-react re-embeds on any change. */
  embedConfig: models.IReportEmbedConfiguration & { accessToken: string };
  /** The iframe's accessible name. */
  title: string;
  /**
   * Local mode: the embed page is the local tenant's stand-in, served over http, which
   * powerbi-client would refuse (it embeds only https://*.powerbi.com).
   */
  standIn: boolean;
  getToken(): Promise<string>;
  onEvent(event: ReportFrameEvent): void;
  onController(controller: ReportController | null): void;
  className?: string;
}
