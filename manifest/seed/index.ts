import type { ListDeclaration } from "../schema";
import { actionsList } from "../lists/actions";
import { dashboardsList } from "../lists/dashboards";
import { glossaryList } from "../lists/glossary";
import { measuresList } from "../lists/measures";
import { principlesList } from "../lists/principles";
import { coursesList, pathwaysList } from "../lists/training";
import actions from "./actions.json";
import measures from "./measures.json";
import principles from "./principles.json";
import courses from "./courses.json";
import pathways from "./pathways.json";
import terms from "./terms.json";
import { sampleDashboardItems } from "./sample-dashboards";

/**
 * Seed content, quoted from the strategy (test/unit/seed-quotes.test.ts proves every quote),
 * as list items keyed by wire name. Provisioning and the local tenant both add exactly these.
 * Statuses start at "Not started": the hub records progress, it does not invent it.
 */
export function seedItems(list: ListDeclaration): Record<string, unknown>[] {
  switch (list.title) {
    case principlesList.title:
      return principles.map((p) => ({ PrincipleKey: p.key, Title: p.title, Objective: p.objective, Summary: p.summary, SortOrder: p.order }));
    case actionsList.title:
      return actions.map((a) => ({
        ActionKey: a.key,
        Title: a.title,
        Detail: "description" in a ? (a as { description?: string }).description ?? null : null,
        PrincipleKey: a.principle,
        Source: a.source,
        Status: "Not started",
        SortOrder: a.order,
      }));
    case measuresList.title:
      return measures.map((m) => ({ MeasureKey: m.key, Title: m.title, PrincipleKey: m.principle, Description: m.description, Computable: m.computable, SortOrder: m.order }));
    case glossaryList.title:
      return terms.map((t) => ({
        TermKey: t.key,
        Title: t.title,
        Definition: t.definition,
        TermKind: t.kind,
        Acronym: t.acronym,
        Synonyms: t.synonyms.join("; ") || null,
        RelatedTerms: t.related.join("; ") || null,
        TermStatus: "Approved",
        StrategySection: t.section,
      }));
    case coursesList.title:
      return courses.map((c) => ({
        CourseKey: c.key,
        Title: c.title,
        Description: c.description,
        Topic: c.topic,
        Level: c.level,
        Format: c.format,
        Audiences: c.audiences,
        PrincipleKey: c.principle,
        Skills: c.skills.join("\n"),
        CompletionRule: c.completionRule,
        StrategySource: c.section,
        Active: true,
      }));
    case pathwaysList.title:
      return pathways.map((p) => ({ PathwayKey: p.key, Title: p.title, Description: p.description, Audience: p.audience, CourseKeys: p.courses.join("\n") }));
    case dashboardsList.title:
      return sampleDashboardItems();
    default:
      return [];
  }
}
