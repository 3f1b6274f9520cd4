import { approvalNeededEvent, notify, type NotifyOutcome, type NotifyServices } from "../../my-work";
import type { Proposal } from "../domain/proposal";
import type { Term } from "../domain/term";
import type { ProposalStatus } from "../domain/workflow";

/**
 * A proposal sent for approval ("In review") tells its approver in Teams: the owner named on a new
 * term, or the term's owner for a change (domain approverIdOf). Once per proposal version.
 */
export async function notifyApproval(services: NotifyServices, saved: Proposal, status: ProposalStatus, term: Term | null, myEmail: string | null): Promise<NotifyOutcome | null> {
  if (status !== "In review") return null;
  const approver = saved.kind === "New term" ? saved.owner : term?.owner;
  const email = approver?.email;
  if (!email || (myEmail && email.toLowerCase() === myEmail.toLowerCase())) return null;
  return notify(services, approvalNeededEvent({ id: saved.id, title: saved.title, version: saved.etag ?? saved.created }, email));
}
