import { Link, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { formatDate, plural } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadTeamAnswers } from "../data/answers-data";
import { loadFramework } from "../data/framework-data";
import { loadRounds } from "../data/rounds-data";
import { assessmentProgress } from "../domain/progress";
import { canAnswer } from "../domain/rounds";
import { teamsToAssess } from "../domain/visibility";
import { AssessTeam } from "./AssessTeam";
import { NoFramework } from "./NoFramework";
import { assessHref, Frame, SampleNotice, useMaturityStyles } from "./parts";
import { useViewer } from "./use-maturity";

/** `#/maturity/assess`: the open rounds and the teams this person answers for. */
function AssessChooser() {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const viewer = useViewer();
  const state = useAsync(async () => {
    const [site, rounds] = await Promise.all([loadFramework(sp), loadRounds(sp)]);
    const open = rounds.filter(canAnswer).map((round) => ({ round, teams: teamsToAssess(viewer, round.teams) })).filter((o) => o.teams.length > 0);
    // An assessor's own progress in each open round: one small read per round.
    const progress = viewer.isDataLead || !viewer.team || !site ? new Map<string, number>() : new Map(await Promise.all(open.map(async (o) => [o.round.key, assessmentProgress(site.framework, await loadTeamAnswers(sp, o.round.key, viewer.team!.key)).answered] as const)));
    return { site, open, progress };
  }, [sp, viewer]);

  const frame = (children: ReactNode) => (
    <Frame section="assess" title="Assess your team" canManage={viewer.canManage} canAssess={viewer.canAssess} intro={<Text as="p">In your team's workshop, go row by row: read the five descriptions, choose the level that fits, and note the evidence. Each answer is saved as you give it; you can leave and come back to the next unanswered row.</Text>}>
      {children}
    </Frame>
  );
  if (state.status === "loading") return frame(<Loading label="Finding your open rounds…" />);
  if (state.status === "error") return frame(<ErrorState error={state.error} onRetry={state.reload} />);
  const { site, open, progress } = state.value;
  if (!site) return frame(<NoFramework canManage={viewer.canManage} />);
  if (!viewer.isDataLead && !viewer.team) {
    return frame(
      <EmptyState title="Your profile names no service">
        <Text as="p">Teams are the council's services, as your Microsoft 365 profile's department names them. Ask IT to add your department to your profile, then sign in again.</Text>
      </EmptyState>,
    );
  }
  if (open.length === 0) {
    return frame(
      <EmptyState title={viewer.isDataLead ? "No round is open" : `No open round includes ${viewer.team?.name ?? "your service"}`}>
        <Text as="p">{viewer.isDataLead ? "Open a round for the services taking part, then their managers and information asset owners can answer." : "The data lead opens each round for the services taking part. You will be able to answer here while a round that includes your service is open."}</Text>
        {viewer.canManage && <Link href={routeHref("maturity", ["rounds"])}>Open a round</Link>}
      </EmptyState>,
    );
  }
  return frame(
    <ul className={styles.plainList}>
      {open.map(({ round, teams }) => (
        <li key={round.key} className={styles.card}>
          <Text weight="semibold">{round.name}</Text>
          <Text className={styles.secondary}>
            Open {formatDate(round.opensOn)} to {formatDate(round.closesOn)}
          </Text>
          {round.isSample && <SampleNotice />}
          <ul className={styles.list}>
            {teams.map((team) => (
              <li key={team.key}>
                <Link href={assessHref(round.key, team.key)}>
                  Answer for {team.name}
                  {progress.has(round.key) ? ` (${progress.get(round.key)} of ${plural(site.framework.rows.length, "row")} answered)` : ""}
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>,
  );
}

export default function AssessView({ roundKey, teamKey, params }: { roundKey: string | null; teamKey: string | null; params: URLSearchParams }) {
  if (roundKey && teamKey) {
    const row = Number(params.get("row"));
    return <AssessTeam key={`${roundKey}|${teamKey}`} roundKey={roundKey} teamKey={teamKey} requestedRow={Number.isInteger(row) && row > 0 ? row : null} />;
  }
  return <AssessChooser />;
}
