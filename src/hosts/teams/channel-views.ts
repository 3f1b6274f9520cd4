/**
 * What a Data Hub channel tab can show, chosen on its configuration page: any module that declares
 * a `channelView` (module.ts), with the values its fields ask for (a department, a principle).
 * Pure: no React, no teams-js, so the choices and the URLs they make are unit-tested.
 */
import type { ChannelViewField, ModuleDefinition } from "../../core/module";

/** The configuration page's own route: `#/configure` (the manifest's configurationUrl). */
export const CONFIGURE_ROUTE = "configure";

/** A complete choice: the module, and a tidied value for each of its fields. */
export interface ChannelView {
  moduleId: string;
  values: Readonly<Record<string, string>>;
}

/** What the person has picked so far; values may still be empty. */
export interface ChannelViewDraft {
  moduleId: string | null;
  values: Readonly<Record<string, string>>;
}

export const EMPTY_DRAFT: ChannelViewDraft = { moduleId: null, values: {} };

/** The configuration Teams stores for the tab (teams-js `pages.InstanceConfig`). */
export interface ChannelTabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

// Teams keeps entityId as given; 64 characters matches the manifest's own entityId limit.
const ENTITY_ID_MAX = 64;
// Long values (a department) are kept whole in the URL but shortened in the tab's name.
const DISPLAY_NAME_MAX = 40;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A field's value tidied and checked: whitespace folded for text, membership for choices; "" when unusable. */
function tidy(field: ChannelViewField, raw: string | null | undefined): string {
  const value = (raw ?? "").replace(/\s+/g, " ").trim();
  if (field.kind === "text") return value.slice(0, field.maxLength);
  return field.choices.some((c) => c.value === value) ? value : "";
}

/** The channel views the hub's modules offer, with everything the configuration page and the tab need. */
export function channelViews(modules: readonly ModuleDefinition[]) {
  const offering = modules.filter((m): m is ModuleDefinition & { channelView: NonNullable<ModuleDefinition["channelView"]> } => !!m.channelView);
  const byId = (id: string | null) => offering.find((m) => m.id === id);

  /** A complete choice, or null while something is missing (Teams' Save stays disabled). */
  function viewFromDraft(draft: ChannelViewDraft): ChannelView | null {
    const module = byId(draft.moduleId);
    if (!module) return null;
    const values: Record<string, string> = {};
    for (const field of module.channelView.fields ?? []) {
      const value = tidy(field, draft.values[field.param]);
      if (!value) return null;
      values[field.param] = value;
    }
    return { moduleId: module.id, values };
  }

  /** The hash route the tab opens: `#/focus-group`, `#/dashboards?department=…`, `#/actions?principle=…`. */
  function viewRoute(view: ChannelView): string {
    const query = new URLSearchParams(view.values).toString();
    return `#/${view.moduleId}${query ? `?${query}` : ""}`;
  }

  /** The tab's name as Teams first shows it (people may rename it). */
  function suggestedName(view: ChannelView): string {
    const module = byId(view.moduleId);
    return shorten(module ? module.channelView.suggestedName(view.values) : view.moduleId, DISPLAY_NAME_MAX);
  }

  /** Stable id of what the tab shows: the module id, then its values: `dashboards:<department>`. */
  function entityIdFor(view: ChannelView): string {
    return [view.moduleId, ...Object.values(view.values)].join(":").slice(0, ENTITY_ID_MAX);
  }

  /**
   * The choice an existing tab was saved with (from its contentUrl, which keeps values whole where
   * the entity id may be cut short), to preselect it when someone opens the tab's settings.
   */
  function viewFromContentUrl(contentUrl: string | undefined): ChannelView | null {
    if (!contentUrl) return null;
    let hash: string;
    try {
      hash = new URL(contentUrl).hash;
    } catch {
      return null;
    }
    const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
    const params = new URLSearchParams(query);
    const module = byId(path);
    if (!module) return null;
    return viewFromDraft({ moduleId: module.id, values: Object.fromEntries((module.channelView.fields ?? []).map((f) => [f.param, params.get(f.param) ?? ""])) });
  }

  /**
   * The page that Teams will load in the channel: the same index.html the configuration page came
   * from (so the tab's domain is the one in the manifest's validDomains), at the chosen route.
   */
  function tabConfigFor(view: ChannelView, configurationPageUrl: string): ChannelTabConfig {
    const page = new URL(configurationPageUrl);
    page.search = "";
    page.hash = viewRoute(view);
    const contentUrl = page.href;
    return { entityId: entityIdFor(view), contentUrl, websiteUrl: contentUrl, suggestedDisplayName: suggestedName(view) };
  }

  return {
    /** The options the configuration page lists, in navigation order. */
    choices: offering.map((m) => ({ moduleId: m.id, label: m.channelView.label, fields: m.channelView.fields ?? [] })),
    viewFromDraft,
    viewRoute,
    suggestedName,
    entityIdFor,
    viewFromContentUrl,
    draftFromView: (view: ChannelView | null): ChannelViewDraft => (view ? { moduleId: view.moduleId, values: { ...view.values } } : EMPTY_DRAFT),
    tabConfigFor,
  };
}

export type ChannelViews = ReturnType<typeof channelViews>;
