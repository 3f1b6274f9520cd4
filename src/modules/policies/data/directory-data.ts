import type { SPFI } from "@pnp/sp";
import type { GraphService } from "../../../core/data/graph";
import { peopleInDepartment } from "../../../core/data/people";
import type { Reader } from "../domain/completion";

/**
 * Who must read comes from the directory (Graph, User.ReadBasic.All) by department, matched to the
 * site's user ids by e-mail, since confirmations name their authors by site user id.
 */

/** The site's users by e-mail (one request; SharePoint lists every user of the site). */
export async function siteUsersByEmail(sp: SPFI): Promise<Map<string, number>> {
  const users = await sp.web.siteUsers.select("Id", "Email").top(5000)<{ Id: number; Email: string | null }[]>();
  return new Map(users.filter((u) => u.Email).map((u) => [u.Email!.toLowerCase(), u.Id]));
}

const readersFrom = (people: readonly { displayName: string; mail: string | null; department?: string | null }[], department: string | null, ids: Map<string, number>): Reader[] =>
  people.map((p) => ({ name: p.displayName, department: p.department ?? department ?? "", siteUserId: p.mail ? (ids.get(p.mail.toLowerCase()) ?? null) : null }));

/** A manager's service: its people from the directory (core's peopleInDepartment). */
export async function loadServiceReaders(sp: SPFI, graph: GraphService, department: string): Promise<Reader[]> {
  const [people, ids] = await Promise.all([peopleInDepartment(graph, department), siteUsersByEmail(sp)]);
  return readersFrom(people, department, ids);
}

/**
 * Everyone in the directory with their department, for the data lead's completion per service.
 * core/data/people.ts has no "everyone" reader yet; this is the one call it would hold (reported
 * to the lead): `/users` with three basic properties, 999 a page, so 2,000 staff are three requests.
 */
export async function loadAllReaders(sp: SPFI, graph: GraphService): Promise<Reader[]> {
  const [people, ids] = await Promise.all([
    graph.getAll<{ displayName: string; mail: string | null; department: string | null }>("/users?$select=displayName,mail,department&$top=999"),
    siteUsersByEmail(sp),
  ]);
  return readersFrom(people, null, ids);
}
