import type { Theme } from "@fluentui/react-components";
import { type IReadonlyTheme, type ThemeChangedEventArgs, ThemeProvider } from "@microsoft/sp-component-base";
import { Version } from "@microsoft/sp-core-library";
import { type IPropertyPaneConfiguration, type IPropertyPaneField, PropertyPaneTextField } from "@microsoft/sp-property-pane";
import { BaseClientSideWebPart } from "@microsoft/sp-webpart-base";
import { createElement } from "react";
import { render as renderReact, unmountComponentAtNode } from "react-dom";
import type { ModuleDefinition } from "../shared/src/modules/module-definition";
import type { ConfiguredRoute } from "./route";
import { startWebPartServices } from "./services";
import { webPartTheme } from "./theme";
import { WebPartRoot } from "./WebPartRoot";

/** What every Data Hub web part can be given in its property pane, besides its own choices. */
export interface DataHubWebPartProperties {
  /** Overrides the tenant property's siteUrl for this web part (settings.ts). Usually empty. */
  siteUrl?: string;
}

/**
 * A Data Hub web part: a hub module's page on a SharePoint page. Each web part names its module,
 * how its properties choose the page's starting route, and its property pane fields; everything
 * else (sign-in, the shared clients, the section's theme, its own Fluent id prefix) is here.
 */
export abstract class DataHubWebPart<P extends DataHubWebPartProperties> extends BaseClientSideWebPart<P> {
  /** The hub module, imported from the same module.ts the Teams tab's navigation lists. */
  protected abstract readonly hubModule: ModuleDefinition;
  /** The page the web part's properties choose (route.ts). */
  protected abstract configuredRoute(properties: P): ConfiguredRoute;
  /** The property pane fields that choose the page. */
  protected abstract pageFields(): IPropertyPaneField<unknown>[];
  /** A line for the top of the property pane. */
  protected abstract readonly paneDescription: string;
  /** Route parameters that stay as configured while the reader moves around (route.ts). */
  protected pinnedParams: readonly string[] = [];

  private themeProvider: ThemeProvider | undefined;
  private sectionTheme: IReadonlyTheme | undefined;
  private sectionThemeV2: Theme | undefined;

  protected override async onInit(): Promise<void> {
    await super.onInit();
    // supportsThemeVariants (the manifest): SharePoint hands each section's variant through this service.
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.sectionTheme = this.themeProvider.tryGetTheme();
    this.sectionThemeV2 = this.themeProvider.tryGetThemeV2();
    this.themeProvider.themeChangedEvent.add(this, this.onSectionThemeChanged);
  }

  private readonly onSectionThemeChanged = (args: ThemeChangedEventArgs): void => {
    this.sectionTheme = args.theme;
    this.sectionThemeV2 = args.themeV2;
    this.render();
  };

  protected override render(): void {
    renderReact(
      createElement(WebPartRoot, {
        module: this.hubModule,
        configured: this.configuredRoute(this.properties),
        pinned: this.pinnedParams,
        theme: webPartTheme(this.sectionTheme, this.sectionThemeV2),
        idPrefix: `datahub-${this.hubModule.id}-${this.context.instanceId}-`,
        start: this.start,
      }),
      this.domElement,
    );
  }

  // The same function until the site property changes, so a re-render (a property, the theme) does not start again.
  private started: { siteUrl: string; start: () => ReturnType<typeof startWebPartServices> } | undefined;
  private get start() {
    const siteUrl = this.properties.siteUrl?.trim() ?? "";
    if (this.started?.siteUrl !== siteUrl) this.started = { siteUrl, start: () => startWebPartServices(this.context, siteUrl || undefined) };
    return this.started.start;
  }

  protected override onDispose(): void {
    this.themeProvider?.themeChangedEvent.remove(this, this.onSectionThemeChanged);
    unmountComponentAtNode(this.domElement);
    super.onDispose();
  }

  protected override get dataVersion(): Version {
    return Version.parse("1.0");
  }

  protected override getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: this.paneDescription },
          groups: [
            { groupName: "What it shows", groupFields: this.pageFields() },
            {
              groupName: "Data Hub site",
              isCollapsed: true,
              groupFields: [
                PropertyPaneTextField("siteUrl", {
                  label: "Data Hub site address",
                  description: "Leave empty: the tenant property DataHubConfig names the site for every page. Fill in only to point this web part at another Data Hub site.",
                  placeholder: "https://<tenant>.sharepoint.com/sites/datahub",
                  onGetErrorMessage: (value: string) => (!value.trim() || /^https:\/\/[^/\s]+(\/\S*)?$/.test(value.trim()) ? "" : "Enter the site's https address, or leave it empty."),
                  deferredValidationTime: 500,
                }),
              ],
            },
          ],
        },
      ],
    };
  }
}
