import { useMemo } from "react";
import { currentSiteUserId } from "../../../core/data/people";
import { useServices } from "../../../core/ui/services";
import { useAsync } from "../../../core/ui/use-async";
import { KPI_CAPABILITIES } from "../capabilities";

export interface Viewer {
  /** The viewer's person key (site user id as text), or null until known or when it could not be read. */
  me: string | null;
  meId: number | null;
  /** The data lead: may change KPIs, targets and returns, and record for anyone. */
  canManage: boolean;
  /** Councillors read; everyone else on staff may enter their own values and deadlines. */
  isStaff: boolean;
}

/** Who is looking: read once per page, in parallel with the page's data. */
export function useViewer(): Viewer {
  const { sp, capabilities, person } = useServices();
  const id = useAsync(() => currentSiteUserId(sp), [sp]);
  const meId = id.status === "ready" ? id.value : null;
  const isStaff = person.roles.some((r) => r !== "councillor");
  return useMemo(() => ({ me: meId === null ? null : String(meId), meId, canManage: capabilities.has(KPI_CAPABILITIES.manage), isStaff }), [meId, capabilities, isStaff]);
}
