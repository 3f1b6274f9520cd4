import { DataHubWebPart, type DataHubWebPartProperties } from "../../host/DataHubWebPart";
import { trainingModule } from "../../shared/src/modules/training/module";

export interface TrainingCatalogueWebPartProperties extends DataHubWebPartProperties {
  /** One of the course audiences (manifest/lists/training.ts), or empty for every course. */
  audience?: string;
}

/** The training catalogue (src/modules/training), for everyone or one audience such as councillors. */
export default class TrainingCatalogueWebPart extends DataHubWebPart<TrainingCatalogueWebPartProperties> {
  protected override readonly hubModule = trainingModule;
}
