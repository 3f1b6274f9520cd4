import type { SPFI } from "@pnp/sp";
import { odataString, queryString } from "../domain/odata";
import type { GraphService } from "./graph";

/** Someone in the directory, as a people picker lists them. */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  /** Mail, or the user principal name for accounts without a mailbox: what ensureUser takes. */
  email: string;
  jobTitle: string | null;
  department: string | null;
}

/**
 * Directory search for people pickers: Graph `/users?$search` matches the start of any word of the
 * name or email. `$search` needs the `ConsistencyLevel: eventual` header; `User.ReadBasic.All` covers it.
 */
export async function searchPeople(graph: GraphService, text: string, top = 10): Promise<DirectoryPerson[]> {
  // Values are quoted phrases: a quote or backslash typed would end the phrase early.
  const query = text.replace(/["\\]/g, " ").trim();
  if (query.length < 2) return [];
  const page = await graph.get<{ value: { id: string; displayName: string; mail: string | null; userPrincipalName?: string; jobTitle: string | null; department: string | null }[] }>(
    `/users?${queryString({ $search: `"displayName:${query}" OR "mail:${query}"`, $select: "id,displayName,mail,userPrincipalName,jobTitle,department", $top: top })}`,
    { ConsistencyLevel: "eventual" },
  );
  return page.value
    .filter((u) => u.mail || u.userPrincipalName)
    .map((u) => ({ id: u.id, displayName: u.displayName, email: (u.mail ?? u.userPrincipalName)!, jobTitle: u.jobTitle, department: u.department }));
}

/** Everyone in a department, by name and mail: a department such as "Planning & Regulation" stays one value. */
export function peopleInDepartment(graph: GraphService, department: string): Promise<{ displayName: string; mail: string | null }[]> {
  return graph.getAll<{ displayName: string; mail: string | null }>(`/users?${queryString({ $filter: `department eq ${odataString(department)}`, $select: "displayName,mail" })}`);
}

/**
 * People in SharePoint person columns are site user ids. A people picker finds someone in the
 * directory (Graph); `ensureUser` turns their email into this site's user id, adding them to
 * the site's user list if they have never visited.
 */
export async function siteUserIdFor(sp: SPFI, email: string): Promise<number> {
  const user = await sp.web.ensureUser(email);
  return user.Id;
}

/** The signed-in person's id on the site, to tell "mine" from "theirs" in person columns. */
export async function currentSiteUserId(sp: SPFI): Promise<number> {
  const me = await sp.web.currentUser.select("Id")<{ Id: number }>();
  return me.Id;
}

/** Display names for site user ids (e.g. the editors in a version history), one request per distinct id. */
export async function siteUserNames(sp: SPFI, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  const names = await Promise.all(
    unique.map((id) =>
      sp.web.siteUsers
        .getById(id)
        .select("Id", "Title")<{ Id: number; Title: string }>()
        .then((u) => [id, u.Title] as const)
        .catch(() => [id, ""] as const),
    ),
  );
  return new Map(names);
}
