import type { SPFI } from "@pnp/sp";
import { addItem, getItems, listOf } from "../../../core/data/lists";
import { type ActionOutcome, loadActionOutcomes } from "../../actions";
import type { ImprovementAction } from "../domain/change";
import type { GroupRef } from "../domain/framework";
import { parseTargets, formatTargets } from "../domain/principles";
import { teamKeyOf } from "../domain/answers";
import { actionLinksList } from "../lists";

/** An action tracker action linked to the topic or theme it sets out to improve. */
export interface ActionLink {
  id: number;
  etag: string | null;
  actionId: number;
  target: GroupRef;
}

const LINK_SELECT = ["Id", "ActionId", "Target"] as const;

export async function loadActionLinks(sp: SPFI): Promise<ActionLink[]> {
  const items = await getItems(sp, actionLinksList, { select: LINK_SELECT, orderBy: [["Id", "asc"]], top: 5000 });
  return items.flatMap((item) => {
    const target = parseTargets(item.Target ?? "").targets[0];
    return target && item.ActionId !== null ? [{ id: item.Id, etag: item["odata.etag"] ?? null, actionId: item.ActionId, target }] : [];
  });
}

/** Links an action to a topic or theme; the key is unique, so linking twice adds nothing. */
export async function addActionLink(sp: SPFI, actionId: number, target: GroupRef): Promise<void> {
  const Target = formatTargets([target]);
  await addItem(sp, actionLinksList, { LinkKey: `${actionId}|${Target}`, ActionId: actionId, Target, Title: Target });
}

/** Removes a link (the action itself is untouched), with the version the data lead saw. */
export async function removeActionLink(sp: SPFI, link: Pick<ActionLink, "id" | "etag">): Promise<void> {
  await listOf(sp, actionLinksList).items.getById(link.id).delete(link.etag ?? undefined);
}

/** The linked actions as the change view reads them: when each was completed, and for which team (its service). */
export interface LinkedActions {
  links: ActionLink[];
  outcomes: Map<number, ActionOutcome>;
  improvements: ImprovementAction[];
}

export async function loadLinkedActions(sp: SPFI): Promise<LinkedActions> {
  const links = await loadActionLinks(sp);
  const outcomes = new Map((await loadActionOutcomes(sp, links.map((l) => l.actionId))).map((o) => [o.id, o]));
  const improvements = links.flatMap((link): ImprovementAction[] => {
    const outcome = outcomes.get(link.actionId);
    if (!outcome) return [];
    return [{ key: `${link.actionId}|${link.target.kind}:${link.target.key}`, title: outcome.title, linked: link.target, completedOn: outcome.completedOn, teamKey: outcome.service ? teamKeyOf(outcome.service) : null }];
  });
  return { links, outcomes, improvements };
}
