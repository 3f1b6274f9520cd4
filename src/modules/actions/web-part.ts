import { PRINCIPLES, WHAT_NEXT_PRINCIPLE } from "../../core/domain/principles";
import { propertyText } from "../../core/domain/web-part-route";
import type { WebPartDefinition } from "../../core/module";
import { ACTION_VIEWS, VIEW_LABELS } from "./domain/views";

/** The action tracker on an intranet page: one principle (or "What next?"), and a view (mine, my service, overdue, due soon). */
export const actionsWebPart: WebPartDefinition = {
  paneDescription: "The strategy's commitments as tracked actions. Choose a principle and a view; readers can still change them on the page.",
  fields: [
    { kind: "dropdown", property: "principle", label: "Principle", options: [{ key: "", text: "All principles" }, ...[...PRINCIPLES, WHAT_NEXT_PRINCIPLE].map((p) => ({ key: p.key, text: p.title }))] },
    { kind: "dropdown", property: "view", label: "View", options: ACTION_VIEWS.map((view) => ({ key: view, text: VIEW_LABELS[view] })) },
  ],
  route: (properties) => {
    const params: Record<string, string> = {};
    const principle = propertyText(properties.principle);
    const view = propertyText(properties.view);
    if (principle) params.principle = principle;
    if (view && view !== "principle") params.view = view;
    return { rest: [], params };
  },
};
