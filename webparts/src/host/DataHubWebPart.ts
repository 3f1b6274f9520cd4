import type { Theme } from "@fluentui/react-components";
import { type IReadonlyTheme, type ThemeChangedEventArgs, ThemeProvider } from "@microsoft/sp-component-base";
import { Version } from "@microsoft/sp-core-library";
import { type IPropertyPaneConfiguration, type IPropertyPaneField, PropertyPaneDropdown, PropertyPaneTextField, PropertyPaneToggle } from "@microsoft/sp-property-pane";
import { BaseClientSideWebPart } from "@microsoft/sp-webpart-base";
import { createElement } from "react";
import { render as renderReact, unmountComponentAtNode } from "react-dom";
import type { ModuleDefinition, WebPartDefinition, WebPartField } from "../shared/src/core/module";
import { startWebPartServices } from "./services";
import { webPartTheme } from "./theme";
import { WebPartRoot } from "./WebPartRoot";

/** What every Data Hub web part can be given in its property pane, besides its own choices. */
export interface DataHubWebPartProperties {
  /** Overrides the tenant property's siteUrl for this web part (settings.ts). Usually empty. */
  siteUrl?: string;
}

/** A property pane control for a field the module describes as data (module.ts `webPart.fields`). */
function paneField(field: WebPartField): IPropertyPaneField<unknown> {
  switch (field.kind) {
    case "dropdown":
      return PropertyPaneDropdown(field.property, { label: field.label, options: field.options.map((o) => ({ key: o.key, text: o.text })) });
    case "toggle":
      return PropertyPaneToggle(field.property, { label: field.label, onText: field.onText, offText: field.offText });
    case "text": {
      const { pattern, patternMessage } = field;
      return PropertyPaneTextField(field.property, {
        label: field.label,
        ...(field.description ? { description: field.description } : {}),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        ...(pattern ? { onGetErrorMessage: (value: string) => (pattern.test(value.trim()) ? "" : (patternMessage ?? "This value is not valid.")) } : {}),
      });
    }
  }
}

/**
 * A Data Hub web part: a hub module's page on a SharePoint page. Each web part names its module;
 * the module says (module.ts `webPart`) how its properties choose the page's starting route and
 * which property pane fields it has. Everything else (sign-in, the shared clients, the section's
 * theme, its own Fluent id prefix) is here.
 */
export abstract class DataHubWebPart<P extends DataHubWebPartProperties> extends BaseClientSideWebPart<P> {
  /** The hub module, imported from the same module.ts the Teams tab's navigation lists. */
  protected abstract readonly hubModule: ModuleDefinition;

  private get definition(): WebPartDefinition {
    if (!this.hubModule.webPart) throw new Error(`${this.hubModule.title} has no web part.`);
    return this.hubModule.webPart;
  }

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
        configured: this.definition.route(this.properties as Readonly<Record<string, unknown>>),
        pinned: this.definition.pinned ?? [],
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
          header: { description: this.definition.paneDescription },
          groups: [
            { groupName: "What it shows", groupFields: this.definition.fields.map(paneField) },
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
