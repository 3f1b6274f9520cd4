import type { WorkReader } from "../../../core/module";
import type { WorkItem } from "../../../core/domain/work";
import { workQueues } from "../domain/queues";
import { loadOpenProposals } from "./proposals-data";
import { getTermsByKeys } from "./terms-data";

/**
 * Proposals waiting for this person: in review with them as the approver (the term's owner, or the
 * owner named on a new term; the data lead approves any), and suggestions or sent-back drafts they
 * steward, to update. The same queues as the dictionary's own "Proposals" page (domain/queues.ts).
 */
export const readWork: WorkReader = async ({ sp, person }, { siteUserId, today }) => {
  const proposals = await loadOpenProposals(sp);
  const terms = await getTermsByKeys(sp, proposals.map((p) => p.termKey ?? ""));
  const isDataLead = person.roles.includes("data-lead");
  const viewer = { siteUserId, isDataLead, canApprove: isDataLead || person.roles.includes("asset-owner") };
  const queues = workQueues(proposals, terms, viewer, today);
  const item = (kind: WorkItem["kind"], detail: string) => (p: (typeof proposals)[number]): WorkItem => ({
    key: `proposal-${p.id}-${kind}`,
    moduleId: "dictionary",
    kind,
    title: p.title,
    route: `dictionary/proposals/${p.id}`,
    due: null,
    overdue: false,
    detail: `${p.kind}: ${detail}`,
  });
  return [...queues.toApprove.map(item("approve", "awaiting your approval")), ...queues.toDraft.map(item("update", "yours to draft or revise"))];
};

