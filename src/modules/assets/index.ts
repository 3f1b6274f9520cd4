/** The asset register's public face: what other modules may use. */
export { assetsModule } from "./module";
export { ASSET_LISTS, assetsList, restrictedAssetsList, flowsList, restrictedFlowsList, reviewsList, disposalsList } from "./lists";
export type { Asset } from "./domain/asset";
export { parseStoredSchema, personalFieldsOf, PERSONAL_DATA, GLOSSARY_TERM, NATIONAL_STANDARD } from "./domain/schema";
