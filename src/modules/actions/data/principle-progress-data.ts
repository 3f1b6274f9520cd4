import type { SPFI } from "@pnp/sp";
import { pageItems } from "../../../core/data/lists";
import { loadPrinciples, type Principle } from "../../../core/data/principles";
import type { ActionStatusRow } from "../domain/principle-progress";
import { actionsList } from "../lists";

async function readAllActionStatuses(sp: SPFI): Promise<ActionStatusRow[]> {
  const actions: ActionStatusRow[] = [];
  // Pages of 5,000 in Id order (always indexed): within the list view threshold at any list size.
  for await (const page of pageItems(sp, actionsList, { select: ["PrincipleKey", "Status", "StartDate", "DueDate", "PercentComplete", "ActionOwnerId"], top: 5000 })) {
    actions.push(...page);
  }
  return actions;
}

/** The principles and every action's principle and status, read in parallel. */
export async function loadPrincipleProgress(sp: SPFI): Promise<{ principles: Principle[]; actions: ActionStatusRow[] }> {
  const [principles, actions] = await Promise.all([loadPrinciples(sp), readAllActionStatuses(sp)]);
  return { principles, actions };
}
