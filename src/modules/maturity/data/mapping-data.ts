import type { SPFI } from "@pnp/sp";
import { updateItem } from "../../../core/data/concurrency";
import { getItem, getItems } from "../../../core/data/lists";
import { type GroupRef } from "../domain/framework";
import { parseTargets, type PrincipleMapping, formatTargets } from "../domain/principles";
import { principleLinksList } from "../lists";

const LINK_SELECT = ["Id", "LinkKey", "PrincipleKey", "Heading", "Title", "Quote", "Targets", "LinkNote", "SortOrder"] as const;

/** One strategy label and what it points at, as the data lead edits it. */
export interface SiteLink {
  id: number;
  etag: string | null;
  principleKey: string;
  heading: string;
  label: string;
  quote: string;
  targets: GroupRef[];
  /** Lines of the Targets column that could not be read (shown to the data lead, never dropped). */
  unreadable: string[];
  note: string | null;
  order: number;
}

type LinkItem = Awaited<ReturnType<typeof getItems<typeof principleLinksList, (typeof LINK_SELECT)[number]>>>[number];

function linkFromItem(item: LinkItem): SiteLink {
  const { targets, unreadable } = parseTargets(item.Targets ?? "");
  return {
    id: item.Id,
    etag: item["odata.etag"] ?? null,
    principleKey: item.PrincipleKey ?? "",
    heading: item.Heading ?? "",
    label: item.Title ?? "",
    quote: item.Quote ?? "",
    targets,
    unreadable,
    note: item.LinkNote ?? null,
    order: item.SortOrder ?? item.Id,
  };
}

export async function loadLinks(sp: SPFI): Promise<SiteLink[]> {
  const items = await getItems(sp, principleLinksList, { select: LINK_SELECT, orderBy: [["Id", "asc"]], top: 5000 });
  return items.map(linkFromItem).sort((a, b) => a.order - b.order);
}

/** The links grouped into the mapping results are computed with, principles in the order their first label appears. */
export function mappingOfLinks(links: readonly SiteLink[]): PrincipleMapping {
  const principles: PrincipleMapping["principles"] = [];
  for (const link of links) {
    let entry = principles.find((p) => p.principleKey === link.principleKey);
    if (!entry) principles.push((entry = { principleKey: link.principleKey, heading: link.heading, links: [] }));
    entry.links.push({ label: link.label, quote: link.quote, targets: link.targets, note: link.note });
  }
  return { principles };
}

export async function loadPrincipleMapping(sp: SPFI): Promise<PrincipleMapping> {
  return mappingOfLinks(await loadLinks(sp));
}

/** Points a strategy label at other topics or themes, with the version the data lead saw (a 412 is a ConflictError). */
export async function saveLinkTargets(sp: SPFI, link: Pick<SiteLink, "id" | "etag">, targets: readonly GroupRef[]): Promise<SiteLink> {
  const reread = async () => linkFromItem(await getItem(sp, principleLinksList, link.id, { select: LINK_SELECT }));
  await updateItem(sp, principleLinksList, link, { Targets: formatTargets(targets) }, reread);
  return reread();
}
