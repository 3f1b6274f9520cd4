import { type IPropertyPaneField, PropertyPaneDropdown } from "@microsoft/sp-property-pane";
import { DataHubWebPart, type DataHubWebPartProperties } from "../../host/DataHubWebPart";
import { actionsRoute, type ConfiguredRoute } from "../../host/route";
import principles from "../../shared/manifest/seed/principles.json";
import { ACTION_VIEWS, VIEW_LABELS, WHAT_NEXT } from "../../shared/src/modules/actions/domain/views";
import { actionsModule } from "../../shared/src/modules/actions/module";

export interface ActionTrackerWebPartProperties extends DataHubWebPartProperties {
  /** A principle key from the strategy, "what-next", or empty for every principle. */
  principle?: string;
  /** principle (all), mine, service (the reader's own service), overdue, due-soon. */
  view?: string;
}

/** The action tracker (src/modules/actions), for one principle or one view of the strategy's commitments. */
export default class ActionTrackerWebPart extends DataHubWebPart<ActionTrackerWebPartProperties> {
  protected override readonly hubModule = actionsModule;
  protected override readonly paneDescription = "The strategy's commitments as tracked actions. Choose a principle and a view; readers can still change them on the page.";

  protected override configuredRoute(properties: ActionTrackerWebPartProperties): ConfiguredRoute {
    return actionsRoute(properties);
  }

  protected override pageFields(): IPropertyPaneField<unknown>[] {
    const byOrder = [...principles].sort((a, b) => a.order - b.order);
    return [
      PropertyPaneDropdown("principle", {
        label: "Principle",
        options: [{ key: "", text: "All principles" }, ...byOrder.map((p) => ({ key: p.key, text: p.title })), { key: WHAT_NEXT, text: "What next?" }],
      }),
      PropertyPaneDropdown("view", {
        label: "View",
        options: ACTION_VIEWS.map((view) => ({ key: view, text: VIEW_LABELS[view] })),
      }),
    ];
  }
}
