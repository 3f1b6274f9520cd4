/** The focus group's public face: what other modules may use. */
export { focusGroupModule } from "./module";
export { FOCUS_GROUP_LISTS } from "./lists";
