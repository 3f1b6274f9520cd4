import { DataHubWebPart, type DataHubWebPartProperties } from "../../host/DataHubWebPart";
import { dictionaryModule } from "../../shared/src/modules/dictionary/module";

export interface DataDictionaryWebPartProperties extends DataHubWebPartProperties {
  /** The plain-language glossary (`?view=plain`): plain English first, no proposals or approvals. */
  plainLanguage?: boolean;
}

/** The data dictionary (src/modules/dictionary): the whole dictionary, or the plain-language glossary for councillors. */
export default class DataDictionaryWebPart extends DataHubWebPart<DataDictionaryWebPartProperties> {
  protected override readonly hubModule = dictionaryModule;
}
