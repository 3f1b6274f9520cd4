import { DataHubWebPart, type DataHubWebPartProperties } from "../../host/DataHubWebPart";
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
}
