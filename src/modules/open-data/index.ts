/** Open data's public face: what other modules may use. */
export { openDataModule } from "./module";
export { publicationsList, OPEN_DATA_LISTS } from "./lists";
export { PublicationsForReturn } from "./ui/PublicationsForReturn";
