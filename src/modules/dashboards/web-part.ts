import { type ConfiguredRoute, propertyText } from "../../core/domain/web-part-route";
import type { WebPartDefinition } from "../../core/module";

/** Dashboards on an intranet page: a department's catalogue, or one report by its catalogue number. */
export const dashboardsWebPart: WebPartDefinition = {
  paneDescription: "Power BI reports for each department, opened with the reader's own Power BI account.",
  fields: [
    {
      kind: "text",
      property: "department",
      label: "Department",
      description: "Shows that department's dashboards first, e.g. Customer Services. Leave empty for the reader's own department first.",
    },
    {
      kind: "text",
      property: "dashboardId",
      label: "One dashboard (its number)",
      description: "The number at the end of a dashboard's link (…#/dashboards/12). When set, the web part opens that report instead of the catalogue.",
      pattern: /^\d*$/,
      patternMessage: "Enter the dashboard's number only, e.g. 12.",
    },
  ],
  route: (properties): ConfiguredRoute => {
    const id = propertyText(properties.dashboardId);
    if (/^\d+$/.test(id)) return { rest: [id], params: {} };
    const department = propertyText(properties.department);
    const params: Record<string, string> = department ? { department } : {};
    return { rest: [], params };
  },
};
