/**
 * What a Data Hub channel tab can show, chosen on its configuration page: the focus group's page,
 * one department's dashboards, or the action tracker filtered to one principle. Pure: no React,
 * no teams-js, so the choices and the URLs they make are unit-tested.
 */

/** The configuration page's own route: `#/configure` (the manifest's configurationUrl). */
export const CONFIGURE_ROUTE = "configure";

/**
 * The action tracker's principle filter. The five principles are the keys of
 * `manifest/seed/principles.json` (a unit test holds them together); "what-next" gathers the
 * strategy's "What next?" commitments, which belong to no single principle.
 */
export const PRINCIPLE_CHOICES = [
  { key: "data-quality", title: "Data quality" },
  { key: "data-literacy", title: "Data literacy" },
  { key: "data-ethics", title: "Data ethics and responsibility" },
  { key: "data-standards", title: "Data standards" },
  { key: "data-leadership", title: "Leadership in data" },
  { key: "what-next", title: "What next?" },
] as const;

export type PrincipleKey = (typeof PRINCIPLE_CHOICES)[number]["key"];

export type ChannelView = { kind: "focus-group" } | { kind: "dashboards"; department: string } | { kind: "actions"; principle: PrincipleKey };

export type ChannelViewKind = ChannelView["kind"];

/** What the person has picked so far; the department may still be empty. */
export interface ChannelViewDraft {
  kind: ChannelViewKind | null;
  department: string;
  principle: PrincipleKey | null;
}

export const EMPTY_DRAFT: ChannelViewDraft = { kind: null, department: "", principle: null };

/** The configuration Teams stores for the tab (teams-js `pages.InstanceConfig`). */
export interface ChannelTabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

// Teams keeps entityId as given; 64 characters matches the manifest's own entityId limit.
const ENTITY_ID_MAX = 64;
// Long department names are kept whole in the URL but shortened in the tab's name.
const DISPLAY_NAME_MAX = 40;
const DEPARTMENT_MAX = 120;

const isPrincipleKey = (value: unknown): value is PrincipleKey => PRINCIPLE_CHOICES.some((p) => p.key === value);

export function principleTitle(key: PrincipleKey): string {
  return PRINCIPLE_CHOICES.find((p) => p.key === key)!.title;
}

/** Department names come from people's Microsoft 365 profiles: whitespace is tidied, case kept. */
export function normaliseDepartment(value: string): string {
  return value.replace(/\s+/g, " ").trim().slice(0, DEPARTMENT_MAX);
}

/** A complete choice, or null while something is missing (Teams' Save stays disabled). */
export function viewFromDraft(draft: ChannelViewDraft): ChannelView | null {
  switch (draft.kind) {
    case "focus-group":
      return { kind: "focus-group" };
    case "dashboards": {
      const department = normaliseDepartment(draft.department);
      return department ? { kind: "dashboards", department } : null;
    }
    case "actions":
      return draft.principle ? { kind: "actions", principle: draft.principle } : null;
    default:
      return null;
  }
}

/** The hash route the tab opens: `#/focus-group`, `#/dashboards?department=…`, `#/actions?principle=…`. */
export function viewRoute(view: ChannelView): string {
  switch (view.kind) {
    case "focus-group":
      return "#/focus-group";
    case "dashboards":
      return `#/dashboards?${new URLSearchParams({ department: view.department }).toString()}`;
    case "actions":
      return `#/actions?${new URLSearchParams({ principle: view.principle }).toString()}`;
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The tab's name as Teams first shows it (people may rename it). */
export function suggestedName(view: ChannelView): string {
  switch (view.kind) {
    case "focus-group":
      return "Focus group";
    case "dashboards":
      return shorten(`Dashboards: ${view.department}`, DISPLAY_NAME_MAX);
    case "actions":
      return shorten(`Actions: ${principleTitle(view.principle)}`, DISPLAY_NAME_MAX);
  }
}

/** Stable id of what the tab shows: `focus-group`, `dashboards:<department>`, `actions:<principle>`. */
export function entityIdFor(view: ChannelView): string {
  switch (view.kind) {
    case "focus-group":
      return "focus-group";
    case "dashboards":
      return `dashboards:${view.department}`.slice(0, ENTITY_ID_MAX);
    case "actions":
      return `actions:${view.principle}`;
  }
}

/**
 * The choice an existing tab was saved with (from its contentUrl, which keeps the department whole
 * where the entity id may be cut short), to preselect it when someone opens the tab's settings.
 */
export function viewFromContentUrl(contentUrl: string | undefined): ChannelView | null {
  if (!contentUrl) return null;
  let hash: string;
  try {
    hash = new URL(contentUrl).hash;
  } catch {
    return null;
  }
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const params = new URLSearchParams(query);
  if (path === "focus-group") return { kind: "focus-group" };
  if (path === "dashboards") {
    const department = normaliseDepartment(params.get("department") ?? "");
    return department ? { kind: "dashboards", department } : null;
  }
  const principle = params.get("principle");
  if (path === "actions" && isPrincipleKey(principle)) return { kind: "actions", principle };
  return null;
}

export function draftFromView(view: ChannelView | null): ChannelViewDraft {
  if (!view) return EMPTY_DRAFT;
  return {
    kind: view.kind,
    department: view.kind === "dashboards" ? view.department : "",
    principle: view.kind === "actions" ? view.principle : null,
  };
}

/**
 * The page that Teams will load in the channel: the same index.html the configuration page came
 * from (so the tab's domain is the one in the manifest's validDomains), at the chosen route.
 */
export function tabConfigFor(view: ChannelView, configurationPageUrl: string): ChannelTabConfig {
  const page = new URL(configurationPageUrl);
  page.search = "";
  page.hash = viewRoute(view);
  const contentUrl = page.href;
  return { entityId: entityIdFor(view), contentUrl, websiteUrl: contentUrl, suggestedDisplayName: suggestedName(view) };
}
