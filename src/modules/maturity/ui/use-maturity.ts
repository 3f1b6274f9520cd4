import { useMemo } from "react";
import { useServices } from "../../../core/ui/services";
import { useAsync } from "../../../core/ui/use-async";
import { MATURITY_CAPABILITIES } from "../capabilities";
import { loadRounds } from "../data/rounds-data";
import { loadSnapshots } from "../data/results-data";
import { maturityViewer, type MaturityViewer } from "../domain/visibility";

/** Who is looking, and what the screens may offer them. */
export function useViewer(): MaturityViewer & { canManage: boolean; canAssess: boolean } {
  const { person, capabilities } = useServices();
  return useMemo(
    () => ({ ...maturityViewer(person.roles, person.profile.department), canManage: capabilities.has(MATURITY_CAPABILITIES.manage), canAssess: capabilities.has(MATURITY_CAPABILITIES.assess) }),
    [person, capabilities],
  );
}

/** The rounds and every closed round's saved results: two requests, in parallel. */
export function useRoundsAndResults() {
  const { sp } = useServices();
  return useAsync(async () => {
    const [rounds, snapshots] = await Promise.all([loadRounds(sp), loadSnapshots(sp)]);
    return { rounds, snapshots };
  }, [sp]);
}
