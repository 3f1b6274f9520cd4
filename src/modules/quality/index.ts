/** Data quality's public face: what other modules may use. */
export { qualityModule } from "./module";
export { QUALITY_LISTS, issuesList, reportsList, auditsList, runsList, ruleSetsList } from "./lists";
export { findPersonalIdentifiers, personalDataMessage } from "./domain/log/personal-data";
export { DIMENSIONS, DIMENSION_LABELS, DIMENSION_MEANINGS, type Dimension } from "./domain/log/issue";
