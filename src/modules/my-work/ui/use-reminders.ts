import { useEffect, useState } from "react";
import type { MyWork } from "../../../core/domain/work";
import { loadOverdueForOthers } from "../../../core/data/work";
import { useModules } from "../../../core/ui/modules-context";
import { useServices } from "../../../core/ui/services";
import { notifyAll } from "../data/notifications-data";
import { MAX_REMINDERS_FOR_OTHERS, remindersDue, remindersForOthers } from "../domain/notifications";

/** Reminders are looked at once per signed-in session (the log keeps each one to a single send). */
const checked = new WeakSet<object>();

/**
 * Deadline reminders: no server of ours runs on a schedule, so they are sent when the person
 * responsible (or the data lead, for what is overdue) opens Home or My work and one is due (domain
 * remindersDue; the log sends each once).
 * Returns what could not be sent, in plain words, or null.
 */
export function useDeadlineReminders(work: MyWork | null): string | null {
  const services = useServices();
  const modules = useModules();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const email = services.person.profile.mail;
    if (!work || !email || checked.has(services) || services.hostKind === "sharepoint") return;
    checked.add(services);
    const today = new Date();
    const send = async () => {
      const own = await notifyAll(services, remindersDue(work.items, email, today));
      // The data lead's opening also reminds others of what is overdue (the same events as their own).
      if (!services.person.roles.includes("data-lead")) return own;
      const others = remindersForOthers(await loadOverdueForOthers(modules, services, today), today);
      return [...own, ...(await notifyAll(services, others, MAX_REMINDERS_FOR_OTHERS))];
    };
    send().then(
      (outcomes) => {
        const failed = outcomes.find((o) => o.outcome === "not-sent");
        if (failed && failed.outcome === "not-sent") setProblem(`Deadline reminders: ${failed.reason}`);
      },
      () => setProblem("Deadline reminders could not be sent to your Teams activity feed this time."),
    );
  }, [work, services, modules]);
  return problem;
}
