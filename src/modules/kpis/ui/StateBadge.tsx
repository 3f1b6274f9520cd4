import { Badge } from "@fluentui/react-components";
import { CalendarLtr12Regular, CheckmarkCircle12Filled, Clock12Regular, ErrorCircle12Filled, Warning12Filled, QuestionCircle12Regular } from "@fluentui/react-icons";
import type { OccurrenceState } from "../domain/occurrence-state";

const LOOK: Record<OccurrenceState, { color: "danger" | "warning" | "success" | "informative" | "subtle"; icon: JSX.Element }> = {
  Overdue: { color: "danger", icon: <ErrorCircle12Filled /> },
  "Due soon": { color: "warning", icon: <Clock12Regular /> },
  Due: { color: "informative", icon: <CalendarLtr12Regular /> },
  "Submitted late": { color: "warning", icon: <Warning12Filled /> },
  "Submitted on time": { color: "success", icon: <CheckmarkCircle12Filled /> },
  "Not recorded": { color: "informative", icon: <QuestionCircle12Regular /> },
};

/** A deadline's state as word, icon and colour. `words` ("3 days overdue") replaces the state's name when given. */
export function StateBadge({ state, words }: { state: OccurrenceState; words?: string }) {
  const look = LOOK[state];
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon}>
      {words ?? state}
    </Badge>
  );
}
