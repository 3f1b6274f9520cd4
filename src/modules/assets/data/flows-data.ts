import type { SPFI } from "@pnp/sp";
import type { ItemInput } from "../../../../manifest/items";
import { readAllItems } from "../../../core/data/large-list";
import { addItem, getItem, listOf } from "../../../core/data/lists";
import { type Flow, flowFromItem, FLOW_SELECT } from "../domain/flows";
import { flowsList, restrictedFlowsList } from "../lists";
import { isHiddenList } from "./assets-data";

type FlowList = typeof flowsList | typeof restrictedFlowsList;
const flowListFor = (restricted: boolean): FlowList => (restricted ? restrictedFlowsList : flowsList);

/** Every flow this person may read: the open ones, and those touching a restricted asset if they may see them. */
export async function loadFlows(sp: SPFI): Promise<Flow[]> {
  const read = async (restricted: boolean) => {
    const flows: Flow[] = [];
    for await (const page of readAllItems(sp, flowListFor(restricted), { select: FLOW_SELECT })) flows.push(...page.map((item) => flowFromItem(item, restricted)));
    return flows;
  };
  const [open, restricted] = await Promise.all([
    read(false),
    read(true).catch((error: unknown) => {
      if (isHiddenList(error)) return [];
      throw error;
    }),
  ]);
  return [...open, ...restricted];
}

/** Adds a flow to the open flows, or to the restricted ones when either end is restricted. */
export async function addFlow(sp: SPFI, values: ItemInput<typeof flowsList>, restricted: boolean): Promise<Flow> {
  const list = flowListFor(restricted);
  const added = await addItem<FlowList>(sp, list, values);
  return flowFromItem(await getItem(sp, list, added.id, { select: FLOW_SELECT }), restricted);
}

/** Removes a flow (to the recycle bin, as SharePoint's delete from a list does, so it can be restored). */
export async function removeFlow(sp: SPFI, flow: Pick<Flow, "id" | "restricted">): Promise<void> {
  await listOf(sp, flowListFor(flow.restricted)).items.getById(flow.id).recycle();
}
