import { useEffect, useState } from "react";
import type { MyWork } from "../../../core/domain/work";
import { useServices } from "../../../core/ui/services";
import { notifyAll } from "../data/notifications-data";
import { remindersDue } from "../domain/notifications";

/** Reminders are looked at once per signed-in session (the log keeps each one to a single send). */
const checked = new WeakSet<object>();

/**
 * Deadline reminders: no server of ours runs on a schedule, so they are sent when the person
 * responsible opens Home or My work and one is due (domain remindersDue; the log sends each once).
 * Returns what could not be sent, in plain words, or null.
 */
export function useDeadlineReminders(work: MyWork | null): string | null {
  const services = useServices();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const email = services.person.profile.mail;
    if (!work || !email || checked.has(services) || services.hostKind === "sharepoint") return;
    checked.add(services);
    const events = remindersDue(work.items, email, new Date());
    notifyAll(services, events).then(
      (outcomes) => {
        const failed = outcomes.find((o) => o.outcome === "not-sent");
        if (failed && failed.outcome === "not-sent") setProblem(`Deadline reminders: ${failed.reason}`);
      },
      () => setProblem("Deadline reminders could not be sent to your Teams activity feed this time."),
    );
  }, [work, services]);
  return problem;
}
