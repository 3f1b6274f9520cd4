/** The strategy measures' public face: what other modules may use. */
export { measuresModule } from "./module";
export { measuresList } from "./lists";
