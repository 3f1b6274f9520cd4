import type { Embed, Report, service } from "powerbi-client";
import { type EventHandler, PowerBIEmbed } from "powerbi-client-react";
import { useEffect, useRef, useState } from "react";
import { FILTERS_REMOVE_ALL, FILTERS_REPLACE_ALL } from "../domain/embed-config";
import type { ReportErrorLike } from "../domain/problems";
import { startTokenRenewal, type TokenRenewal } from "../domain/token-renewal";
import { powerBiService, standInService } from "./powerbi-services";
import type { ReportFrameProps } from "./report-frame-types";

/**
 * The embedded report. The only module that loads Power BI's libraries, so it is loaded (as its own
 * chunk) only when a dashboard is opened: the rest of the hub never pays for them.
 *
 * Follows powerbi-client-react's v2 rule: the embed configuration never changes after the first
 * render (any change re-embeds the report); new tokens go to the embedded instance with
 * setAccessToken, filters with updateFilters, pages with setPage.
 */
export default function ReportFrame(props: ReportFrameProps) {
  const latest = useRef(props);
  latest.current = props;
  const renewal = useRef<TokenRenewal | null>(null);

  // Fixed at first render on purpose (see above), as are the handlers: powerbi-client-react
  // compares handler maps by their source text, so closures must read props through a ref.
  const [embedConfig] = useState(() => props.embedConfig);
  const [service] = useState<service.Service>(() => (props.standIn ? standInService() : powerBiService()));
  const [eventHandlers] = useState(
    () =>
      new Map<string, EventHandler>([
        ["loaded", () => latest.current.onEvent({ type: "loaded" })],
        ["rendered", () => latest.current.onEvent({ type: "rendered" })],
        [
          "pageChanged",
          (event) => {
            const page = (event?.detail as { newPage?: { name: string; displayName: string } } | undefined)?.newPage;
            if (page) latest.current.onEvent({ type: "page-changed", page: { name: page.name, displayName: page.displayName } });
          },
        ],
        ["error", (event) => latest.current.onEvent({ type: "error", error: (event?.detail ?? {}) as ReportErrorLike })],
      ]),
  );

  const onEmbedded = (embed: Embed) => {
    const report = embed as Report;
    report.setComponentTitle(latest.current.title);
    renewal.current?.stop();
    renewal.current = startTokenRenewal({
      initialToken: embedConfig.accessToken,
      getToken: () => latest.current.getToken(),
      apply: async (token) => {
        await report.setAccessToken(token);
      },
      onRenewed: (_token, renewals) => latest.current.onEvent({ type: "renewed", renewals }),
      onFailure: (error) => latest.current.onEvent({ type: "renewal-failed", error }),
    });
    latest.current.onController({
      async pages() {
        return (await report.getPages()).map((p) => ({ name: p.name, displayName: p.displayName }));
      },
      async setPage(name) {
        await report.setPage(name);
      },
      async setFilters(filters) {
        // powerbi-models FiltersOperations (numbers; see domain/embed-config.ts).
        if (filters.length) await report.updateFilters(FILTERS_REPLACE_ALL as never, filters);
        else await report.updateFilters(FILTERS_REMOVE_ALL as never);
      },
      fullscreen: () => report.fullscreen(),
      tokenExpired: () => void renewal.current?.checkNow("report-expired"),
    });
  };

  useEffect(() => {
    // A tab in the background has its timers slowed or frozen: check as soon as it is seen again.
    const onVisible = () => document.visibilityState === "visible" && void renewal.current?.checkNow("visible");
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      renewal.current?.stop();
      latest.current.onController(null);
    };
  }, []);

  return <PowerBIEmbed embedConfig={embedConfig} eventHandlers={eventHandlers} getEmbeddedComponent={onEmbedded} service={service} cssClassName={props.className} />;
}
