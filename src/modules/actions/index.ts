/** The action tracker's public face: what other modules may use. */
export { actionsModule } from "./module";
export { ACTION_STATUSES, type Action, type ActionStatus } from "./domain/action";
export { ragOf } from "./domain/rag";
export { actionsList } from "./lists";
/** Adds an action to the tracker (the focus group adds a meeting's actions arising); SharePoint's permissions decide who may. */
export { addAction } from "./data/actions-data";
