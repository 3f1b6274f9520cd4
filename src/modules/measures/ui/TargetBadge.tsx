import { Badge } from "@fluentui/react-components";
import type { ChartStatus } from "../../../core/domain/chart-data";

/** On target or not, where a target is set. Its own file: Home shows it without loading the measures page. */
export function TargetBadge({ status }: { status: ChartStatus | null }) {
  if (!status || status.rag === "None") return null;
  return (
    <Badge appearance="tint" color={status.rag === "Green" ? "success" : "danger"}>
      {status.text}
    </Badge>
  );
}
