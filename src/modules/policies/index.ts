/** Policies and standards: the public face other modules may use. */
export { policiesModule } from "./module";
export { policyConfirmationsList, policyDocumentsList, policyOpensList } from "./lists";
