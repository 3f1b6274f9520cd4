import { useServices } from "../../../core/ui/services";
import { useAsync } from "../../../core/ui/use-async";
import { loadRoundsAnswers, loadTeamAnswers } from "../data/answers-data";
import { loadFramework } from "../data/framework-data";
import { loadPrincipleMapping } from "../data/mapping-data";
import { computeRoundResults, type RoundResults } from "../domain/results";
import type { ResultsChoice } from "../domain/results-view";
import type { MaturityViewer } from "../domain/visibility";

/**
 * Results with the teams this viewer may name, computed from the answers after the charts are on
 * screen: every team for the data lead (and an open round's only figures), the viewer's own team
 * for an assessor whose team took part. Everyone else gets nothing here: the snapshot is all.
 */
export interface NamedResults {
  /** Every team (the data lead), or just the viewer's own team (an assessor). */
  scope: "all" | "own";
  results: RoundResults;
  answers: number;
}

export function useNamedResults(choice: ResultsChoice | undefined, viewer: MaturityViewer, ownTeamTookPart: boolean) {
  const { sp } = useServices();
  const scope: NamedResults["scope"] | null = !choice ? null : viewer.isDataLead ? "all" : viewer.isAssessor && viewer.team && ownTeamTookPart ? "own" : null;
  return useAsync(async (): Promise<NamedResults | null> => {
    if (!choice || !scope) return null;
    const [site, mapping, answers] = await Promise.all([
      loadFramework(sp),
      loadPrincipleMapping(sp),
      scope === "all" ? loadRoundsAnswers(sp, [choice.key]) : loadTeamAnswers(sp, choice.key, viewer.team!.key),
    ]);
    if (!site) return null;
    return { scope, results: computeRoundResults(site.framework, choice.key, answers, mapping), answers: answers.length };
  }, [sp, choice?.key, scope, viewer.team?.key]);
}
