import type { FluentIcon } from "@fluentui/react-icons";
import type { ComponentType } from "react";
import type { ItemInput } from "../../manifest/items";
import type { ListDeclaration, Role } from "../../manifest/schema";
import type { MeasureDefinition, MeasurePeriod } from "./domain/measures";
import type { AppServices } from "./services";
import type { ConfiguredRoute } from "./domain/web-part-route";
import type { OwnedWorkItem, WorkItem } from "./domain/work";

/**
 * The module contract: everything the app needs from a module, declared in the module's own
 * folder (`src/modules/<id>/module.ts`). The shell, the channel tab's settings, the SharePoint web
 * parts, Home and the strategy measures are all built from `MODULES`; what the module puts on the
 * site (its lists, seed and samples) is its `site.ts`, gathered in `MODULE_SITES` for the site
 * declaration, provisioning and the local tenant. Adding a module is a new folder plus one line in each.
 *
 * The app loads every definition before its first screen, so what a definition names directly stays
 * light: anything heavy (pages, Home tiles, measures) is loaded on demand, and the list declarations
 * are not named here at all (a screen imports the lists it reads).
 */
export interface ModuleDefinition {
  /** Route segment and stable id: `#/<id>`. Home's is "". */
  id: string;
  title: string;
  /** One line for the navigation and the page heading's description. */
  summary: string;
  /** Import it from `@fluentui/react-icons/svg/<name>`: the whole icon package would slow Node. */
  icon: FluentIcon;
  /** Loaded only when the module is opened, so one module's code never slows another. */
  load: () => Promise<{ default: ComponentType<ModulePageProps> }>;
  /** Planned modules show an honest "not yet available" page, quoting the strategy commitment. */
  planned?: { commitment: string; section: string };
  /** What each role may do in this module's screens (SharePoint's permissions still decide saves). */
  capabilities?: Readonly<Record<string, readonly Role[]>>;
  /** What a Teams channel tab can show of this module (the configuration page offers it). */
  channelView?: ChannelViewDefinition;
  /** The SharePoint web part that shows this module on intranet pages. */
  webPart?: WebPartDefinition;
  /** A card on Home, loaded with Home. */
  home?: HomeSlot;
  /** The strategy measures this module's data can compute, gathered by the measures module. */
  measures?: () => Promise<ModuleMeasures>;
  /**
   * What in this module needs the signed-in person now (My work, the top of Home, the count in the
   * navigation). Loaded with `import()` when My work is read, so no module's data code joins the
   * first screen's JavaScript.
   */
  work?: () => Promise<{ readWork: WorkReader; readOverdueForOthers?: OverdueReader }>;
  /** The navigation shows, beside this module's title, how many things need the person (My work). */
  countsWork?: boolean;
}

/** Who is asking, and when: what a work reader needs besides the clients. */
export interface WorkContext {
  /** The person's id on the Data Hub site (person columns hold it). */
  siteUserId: number;
  today: Date;
}

/**
 * Reads the items in one module that need the signed-in person, through the module's own data
 * helpers. A failure is reported by My work as a plain-English note; other modules still show.
 */
export type WorkReader = (services: Pick<AppServices, "sp" | "graph" | "person">, context: WorkContext) => Promise<WorkItem[]>;

/**
 * For the data lead: everyone's overdue items in this module, each with whoever is responsible, so
 * opening the hub can send their deadline reminders too (the same event keys as the person's own,
 * so nobody is reminded twice).
 */
export type OverdueReader = (services: Pick<AppServices, "sp" | "graph" | "person">, context: WorkContext) => Promise<OwnedWorkItem[]>;

/**
 * What a module puts on the Data Hub site, in its own `site.ts`: never imported by the app (the
 * layers lint forbids it), so the declarations of every list do not weigh on the first screen.
 */
export interface ModuleSite {
  /** The `id` of the module's definition. */
  moduleId: string;
  /**
   * The module's lists on the Data Hub site, in the order they are created (a lookup's target
   * first).
   */
  lists: readonly ListDeclaration[];
  /**
   * Content every Data Hub site starts with (quoted from the strategy), per list. Loaded on demand
   * by provisioning and the local tenant; the app never fetches it.
   */
  seed?: () => Promise<{ seed: ModuleSeed }>;
  /**
   * Local mode only: clearly labelled SAMPLE content (never presented as the council's), added by the
   * local tenant when it creates the module's lists, so screens show something on first start.
   * Provisioning never adds it to a real site.
   */
  samples?: () => Promise<{ samples: SampleSeed }>;
}

export interface ModulePageProps {
  /** The module being shown (a planned module's page quotes its commitment). */
  module: ModuleDefinition;
  /** Path segments after the module id, e.g. an item id. */
  rest: string[];
  params: URLSearchParams;
}

export interface HomeSlot {
  /** Cards are shown in this order. */
  order: number;
  /**
   * The card, and optionally the reads it starts as soon as the person is signed in, before Home
   * renders (a `screenRead`'s `readAhead`, core/ui/screen-read.ts; the card's `useScreenRead` takes it).
   */
  load: () => Promise<{ default: ComponentType; readAheadOnHome?: (services: AppServices) => void }>;
}

/** A choice a channel tab's configuration asks for besides the module itself; it becomes a route parameter. */
export type ChannelViewField =
  | { kind: "text"; param: string; label: string; hint?: string; maxLength: number }
  | { kind: "choice"; param: string; label: string; placeholder: string; choices: readonly { value: string; label: string }[] };

export interface ChannelViewDefinition {
  /** The option's label on the configuration page. */
  label: string;
  /** At most a few fields; each is required. */
  fields?: readonly ChannelViewField[];
  /** The tab's name as Teams first shows it, from the chosen values (already tidied and checked). */
  suggestedName: (values: Readonly<Record<string, string>>) => string;
}

/** A property pane field of a module's web part, described as data so one SPFx host builds them all. */
export type WebPartField =
  | { kind: "dropdown"; property: string; label: string; options: readonly { key: string; text: string }[] }
  | { kind: "text"; property: string; label: string; description?: string; placeholder?: string; pattern?: RegExp; patternMessage?: string }
  | { kind: "toggle"; property: string; label: string; onText: string; offText: string };

export interface WebPartDefinition {
  /** A line for the top of the property pane. */
  paneDescription: string;
  fields: readonly WebPartField[];
  /** The page the web part's properties choose, as route parameters the module page already reads. */
  route: (properties: Readonly<Record<string, unknown>>) => ConfiguredRoute;
  /** Route parameters that keep their configured value while the reader moves around. */
  pinned?: readonly string[];
}

/** A module's figures for the strategy measures: its data read once, then every figure computed from it. */
export interface ModuleMeasures<D = unknown> {
  /** Reads what the figures need for a period (counts and indexed, windowed reads). */
  load(services: Pick<AppServices, "sp" | "graph">, period: MeasurePeriod): Promise<D>;
  figures: readonly MeasureDefinition<D>[];
}

/** Seed items for one list, typed by its declaration so a renamed column fails to compile here too. */
export interface SeedList<L extends ListDeclaration = ListDeclaration> {
  list: L;
  items: () => readonly ItemInput<L>[];
}

export type ModuleSeed = readonly SeedList[];

/** What sample content may depend on: today's date, and the local personas' site user ids. */
export interface SampleContext {
  today: Date;
  siteUserIdOf(role: Role): number;
}

export type SampleSeed = (context: SampleContext) => ModuleSeed;

/** Keeps a list's seed typed by its own declaration. */
export function seedList<L extends ListDeclaration>(list: L, items: () => readonly ItemInput<L>[]): SeedList {
  return { list, items } as unknown as SeedList;
}
