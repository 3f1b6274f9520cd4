import { factories, type models, Report, service } from "powerbi-client";

/**
 * powerbi-client's Service, one per page: each instance listens on the window for the report's
 * messages and never stops (window-post-message-proxy's stop() removes a different function), so
 * creating one per opening would pile up listeners. Imported only by ReportFrame.tsx.
 */
let powerBi: service.Service | undefined;
let standIn: StandInService | undefined;

export function powerBiService(): service.Service {
  powerBi ??= new service.Service(factories.hpmFactory, factories.wpmpFactory, factories.routerFactory);
  return powerBi;
}

/**
 * Local mode only. powerbi-client embeds only https URLs on Power BI's hosts (src/util.ts
 * validateEmbedUrl, checked in src/embed.ts setIframe when it creates the iframe), and the local
 * stand-in is served over http by the tenant. So for a new embed this service makes the iframe
 * itself and hands it to the client's own Report (its constructor takes an iframe, as
 * powerbi-client does for create-then-load): configuration, validation, /report/load, events,
 * setAccessToken, updateFilters, setPage and every other message are powerbi-client's own code.
 */
export class StandInService extends service.Service {
  override embed(element: HTMLElement, config: models.IReportEmbedConfiguration = {}): ReturnType<service.Service["embed"]> {
    const target = element as service.IPowerBiElement;
    if (target.powerBiEmbed || config.type !== "report") return super.embed(element, config);
    const iframe = document.createElement("iframe");
    iframe.style.width = "100%";
    iframe.style.height = "100%";
    iframe.setAttribute("allowfullscreen", "true");
    element.replaceChildren(iframe);
    // The constructor listens for the iframe's load event, so the source is set after it.
    const report = new Report(this, element, config, false, false, iframe);
    target.powerBiEmbed = report;
    this.addOrOverwriteEmbed(report, element);
    const url = new URL(report.config.embedUrl!);
    url.searchParams.set("uid", report.config.uniqueId!);
    iframe.src = url.href;
    return report;
  }
}

export function standInService(): StandInService {
  standIn ??= new StandInService(factories.hpmFactory, factories.wpmpFactory, factories.routerFactory);
  return standIn;
}
