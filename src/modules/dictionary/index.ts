/** The data dictionary's public face: what other modules may use. */
export { getTermsByKeys } from "./data/terms-data";
export type { Term } from "./domain/term";
