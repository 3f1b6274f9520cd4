import { Badge } from "@fluentui/react-components";
import { CheckmarkCircle12Filled, Circle12Regular, DismissCircle12Filled, QuestionCircle12Regular, Warning12Filled } from "@fluentui/react-icons";
import { KPI_RAG_PRESENTATION, type KpiRag } from "../domain/kpi-rag";

const LOOK: Record<KpiRag, { color: "danger" | "warning" | "success" | "informative"; icon: JSX.Element }> = {
  Green: { color: "success", icon: <CheckmarkCircle12Filled /> },
  Amber: { color: "warning", icon: <Warning12Filled /> },
  Red: { color: "danger", icon: <DismissCircle12Filled /> },
  "No target": { color: "informative", icon: <QuestionCircle12Regular /> },
  "No value": { color: "informative", icon: <Circle12Regular /> },
};

/**
 * A KPI's RAG as word, icon and colour together (never colour alone). The words are the KPI's own
 * ("On target", "Just off target"), which say more than core's RagBadge's "Green"; the colours are
 * the same theme tokens.
 */
export function KpiRagBadge({ rag }: { rag: KpiRag }) {
  const look = LOOK[rag];
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon}>
      {KPI_RAG_PRESENTATION[rag].words}
    </Badge>
  );
}
