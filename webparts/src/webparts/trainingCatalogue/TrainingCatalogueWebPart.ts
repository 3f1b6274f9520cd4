import { type IPropertyPaneField, PropertyPaneDropdown } from "@microsoft/sp-property-pane";
import { DataHubWebPart, type DataHubWebPartProperties } from "../../host/DataHubWebPart";
import { type ConfiguredRoute, trainingRoute } from "../../host/route";
import { COURSE_AUDIENCES } from "../../shared/manifest/lists/training";
import { trainingModule } from "../../shared/src/modules/training/module";

export interface TrainingCatalogueWebPartProperties extends DataHubWebPartProperties {
  /** One of the course audiences (manifest/lists/training.ts), or empty for every course. */
  audience?: string;
}

/** The training catalogue (src/modules/training), for everyone or one audience such as councillors. */
export default class TrainingCatalogueWebPart extends DataHubWebPart<TrainingCatalogueWebPartProperties> {
  protected override readonly hubModule = trainingModule;
  protected override readonly paneDescription = "Courses, sessions and pathways to build data skills. Choose whom the page is for.";

  protected override configuredRoute(properties: TrainingCatalogueWebPartProperties): ConfiguredRoute {
    return trainingRoute(properties);
  }

  protected override pageFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneDropdown("audience", {
        label: "Audience",
        options: [{ key: "", text: "Everyone: every course" }, ...COURSE_AUDIENCES.map((audience) => ({ key: audience, text: audience }))],
      }),
    ];
  }
}
