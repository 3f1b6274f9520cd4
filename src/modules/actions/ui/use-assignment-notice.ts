import { useAnnounce } from "../../../core/ui/announcer";
import { useServices } from "../../../core/ui/services";
import { notifyAssignment } from "../data/assignment-notice";
import type { Action } from "../domain/action";

/** Tells a newly assigned owner in Teams after a save; a notification that could not be sent is said in plain words. */
export function useAssignmentNotice(): (before: Pick<Action, "ownerId"> | null, after: Action) => void {
  const services = useServices();
  const announce = useAnnounce();
  return (before, after) => {
    notifyAssignment(services, before, after, services.person.profile.mail).then(
      (outcome) => {
        if (outcome?.outcome === "sent") announce(`${after.ownerName ?? "The new owner"} was told in Teams.`);
        if (outcome?.outcome === "not-sent") announce(outcome.reason);
      },
      () => announce(`${after.ownerName ?? "The new owner"} could not be notified in Teams. Everything else was saved.`),
    );
  };
}
