import { Badge } from "@fluentui/react-components";
import { CheckmarkCircle12Filled, DismissCircle12Filled, ErrorCircle12Filled, Warning12Filled } from "@fluentui/react-icons";
import type { Rag } from "../domain/rag";

const LOOK: Record<Rag, { color: "danger" | "warning" | "success" | "informative"; icon: JSX.Element; label: string }> = {
  Red: { color: "danger", icon: <ErrorCircle12Filled />, label: "Red" },
  Amber: { color: "warning", icon: <Warning12Filled />, label: "Amber" },
  Green: { color: "success", icon: <CheckmarkCircle12Filled />, label: "Green" },
  None: { color: "informative", icon: <DismissCircle12Filled />, label: "Not rated" },
};

/** RAG as word, icon and colour together: never colour alone. With `count`, a tally ("Red: 3"). */
export function RagBadge({ rag, count }: { rag: Rag; count?: number }) {
  const look = LOOK[rag];
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon}>
      {count === undefined ? look.label : `${look.label}: ${count}`}
    </Badge>
  );
}
