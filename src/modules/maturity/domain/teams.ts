import { slugOf } from "./keys";

/**
 * Teams are the council's services, named as Microsoft 365 profiles name a person's department
 * ("Revenues & Benefits"). A round stores the names it was opened for; keys come from the names,
 * so an assessor's team is found from their own profile with no list of teams to keep in step.
 */
export interface Team {
  key: string;
  name: string;
}

/** Services from a round's "one a line" text: trimmed, blank lines dropped, the first spelling of a key kept. */
export function teamsFromText(text: string | null | undefined): Team[] {
  const teams: Team[] = [];
  const seen = new Set<string>();
  for (const line of (text ?? "").split(/\r?\n/)) {
    const name = line.trim();
    const key = slugOf(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    teams.push({ key, name });
  }
  return teams;
}

export function teamsToText(teams: readonly Pick<Team, "name">[]): string {
  return teams.map((t) => t.name.trim()).join("\n");
}

/** The team a person answers for: their profile's department, when it has letters or digits. */
export function teamOfDepartment(department: string | null | undefined): Team | null {
  const name = (department ?? "").trim();
  const key = slugOf(name);
  return key ? { key, name } : null;
}

/** Problems with the services typed for a round, each in plain words. */
export function servicesProblems(text: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim();
    if (!name) continue;
    if (name.length > 120) problems.push(`"${name.slice(0, 40)}…" is longer than 120 characters; give the service's name as it appears in Microsoft 365.`);
    const key = slugOf(name);
    if (!key) problems.push(`"${name}" has no letters or digits.`);
    else if (seen.has(key)) problems.push(`"${name}" is the same service as "${seen.get(key)}"; list it once.`);
    else seen.set(key, name);
  }
  return problems;
}
