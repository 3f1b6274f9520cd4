import { type IPropertyPaneField, PropertyPaneToggle } from "@microsoft/sp-property-pane";
import { DataHubWebPart, type DataHubWebPartProperties } from "../../host/DataHubWebPart";
import { type ConfiguredRoute, dictionaryRoute } from "../../host/route";
import { dictionaryModule } from "../../shared/src/modules/dictionary/module";

export interface DataDictionaryWebPartProperties extends DataHubWebPartProperties {
  /** The plain-language glossary (`?view=plain`): plain English first, no proposals or approvals. */
  plainLanguage?: boolean;
}

/** The data dictionary (src/modules/dictionary): the whole dictionary, or the plain-language glossary for councillors. */
export default class DataDictionaryWebPart extends DataHubWebPart<DataDictionaryWebPartProperties> {
  protected override readonly hubModule = dictionaryModule;
  protected override readonly paneDescription = "One agreed definition for every term, metric and KPI, searchable as you type.";
  // A councillors' page stays plain-language when a reader opens a term.
  protected override pinnedParams = ["view"] as const;

  protected override configuredRoute(properties: DataDictionaryWebPartProperties): ConfiguredRoute {
    return dictionaryRoute(properties);
  }

  protected override pageFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneToggle("plainLanguage", {
        label: "Plain language for councillors",
        onText: "Plain English first; no proposals or approvals",
        offText: "The full dictionary, with proposals and approvals for those who may",
      }),
    ];
  }
}
