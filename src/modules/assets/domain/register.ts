import { compareText, sortByText } from "./text";
import { type Asset, isOwnAsset } from "./asset";
import { completenessOf } from "./completeness";
import type { Day } from "./dates";
import { reviewStateOf } from "./review";

/**
 * The register's filters, kept in the address (`#/assets?service=Planning&personal=Yes`) so a link
 * reopens the same view. The map and its list view share the first three: service, personal data, owner.
 */
export interface RegisterFilters {
  search: string;
  service: string;
  personal: "" | "Yes" | "No";
  /** A person's site user id (as IAO or IAM), or "mine". */
  owner: string;
  kind: string;
  review: "" | "overdue" | "due";
  documented: "" | "incomplete" | "complete";
  /** Disposed assets are hidden unless asked for. */
  disposed: boolean;
}

export const NO_FILTERS: RegisterFilters = { search: "", service: "", personal: "", owner: "", kind: "", review: "", documented: "", disposed: false };

export function filtersFromParams(params: URLSearchParams): RegisterFilters {
  const personal = params.get("personal");
  const review = params.get("review");
  const documented = params.get("documented");
  const owner = params.get("owner") ?? "";
  return {
    search: params.get("q") ?? "",
    service: params.get("service") ?? "",
    personal: personal === "Yes" || personal === "No" ? personal : "",
    owner: owner === "mine" || /^\d+$/.test(owner) ? owner : "",
    kind: params.get("kind") ?? "",
    review: review === "overdue" || review === "due" ? review : "",
    documented: documented === "incomplete" || documented === "complete" ? documented : "",
    disposed: params.get("disposed") === "yes",
  };
}

export function filtersToParams(filters: RegisterFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.search) params.q = filters.search;
  if (filters.service) params.service = filters.service;
  if (filters.personal) params.personal = filters.personal;
  if (filters.owner) params.owner = filters.owner;
  if (filters.kind) params.kind = filters.kind;
  if (filters.review) params.review = filters.review;
  if (filters.documented) params.documented = filters.documented;
  if (filters.disposed) params.disposed = "yes";
  return params;
}

/** The owner filter as a site user id, "mine" read as the viewer's. */
export function ownerIdOf(filters: Pick<RegisterFilters, "owner">, viewerId: number): number | null {
  if (!filters.owner) return null;
  return filters.owner === "mine" ? viewerId : Number(filters.owner);
}

/** The filters the map and the list view share: service, personal data, owner (and disposed assets left out). */
export function matchesMapFilters(asset: Asset, filters: RegisterFilters, viewerId: number): boolean {
  if (asset.status === "Disposed" && !filters.disposed) return false;
  if (filters.service && asset.service !== filters.service) return false;
  if (filters.personal && asset.personalData !== filters.personal) return false;
  const owner = ownerIdOf(filters, viewerId);
  return owner === null || isOwnAsset(asset, owner);
}

const normalise = (text: string) => text.toLocaleLowerCase("en-GB");

export function matchesRegister(asset: Asset, filters: RegisterFilters, viewerId: number, today: Day): boolean {
  if (!matchesMapFilters(asset, filters, viewerId)) return false;
  if (filters.kind && asset.kind !== filters.kind) return false;
  if (filters.review && reviewStateOf(asset, today) !== filters.review && !(filters.review === "due" && reviewStateOf(asset, today) === "overdue")) return false;
  if (filters.documented && completenessOf(asset).complete !== (filters.documented === "complete")) return false;
  if (filters.search) {
    const words = normalise(filters.search).split(/\s+/).filter(Boolean);
    const haystack = normalise(`${asset.name} ${asset.key} ${asset.system} ${asset.service} ${asset.description}`);
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

/** Register order: service, then name. */
export function sortRegister(assets: readonly Asset[]): Asset[] {
  return sortByText(assets, (a) => a.service, (a) => a.name, (a) => a.key);
}

/** The services named in the register, for the filter. */
export function servicesOf(assets: readonly Asset[]): string[] {
  return [...new Set(assets.map((a) => a.service).filter(Boolean))].sort((a, b) => compareText(a, b));
}

/** Everyone named as IAO or IAM, for the owner filter. */
export function ownersOf(assets: readonly Asset[]): { id: number; name: string }[] {
  const people = new Map<number, string>();
  for (const a of assets) for (const p of [a.owner, a.manager]) if (p) people.set(p.id, p.name || `Person ${p.id}`);
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => compareText(a.name, b.name));
}

