import type { Role } from "../../../../manifest/schema";
import { type Team, teamOfDepartment } from "./teams";

/**
 * Who may see which team's name ("no league tables"): everyone sees the organisation's
 * distribution; a team's own scores and name only the data lead and that team's assessors (its
 * managers and information asset owners, by their profile's department).
 */
export interface MaturityViewer {
  isDataLead: boolean;
  /** A manager or information asset owner: answers for their own team. */
  isAssessor: boolean;
  /** Their own team, from their profile's department; null when the profile names none. */
  team: Team | null;
}

const ASSESSOR: readonly Role[] = ["manager", "asset-owner"];

export function maturityViewer(roles: readonly Role[], department: string | null | undefined): MaturityViewer {
  return { isDataLead: roles.includes("data-lead"), isAssessor: roles.some((r) => ASSESSOR.includes(r)), team: teamOfDepartment(department) };
}

/** Whether the viewer may see this team's name and its own scores. */
export function canSeeTeam(viewer: MaturityViewer, teamKey: string): boolean {
  return viewer.isDataLead || (viewer.isAssessor && viewer.team?.key === teamKey);
}

/** Whether the viewer works with answers at all (the screens never read them for anyone else). */
export function readsAnswers(viewer: MaturityViewer): boolean {
  return viewer.isDataLead || (viewer.isAssessor && viewer.team !== null);
}

/** The teams of a round the viewer may answer for: every team for the data lead (entering a workshop's answers), their own for an assessor. */
export function teamsToAssess(viewer: MaturityViewer, roundTeams: readonly Team[]): Team[] {
  if (viewer.isDataLead) return [...roundTeams];
  if (!viewer.isAssessor || !viewer.team) return [];
  return roundTeams.filter((t) => t.key === viewer.team!.key);
}
