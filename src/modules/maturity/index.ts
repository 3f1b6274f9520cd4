/** The data maturity module's public face: what other modules may use. */
export { maturityModule } from "./module";
