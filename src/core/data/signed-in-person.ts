import { type Role, type RoleGroups, rolesFromGroups } from "../domain/roles";
import type { GraphService } from "./graph";

export interface Profile {
  id: string;
  displayName: string;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
}

export interface SignedInPerson {
  profile: Profile;
  roles: Role[];
}

/**
 * The profile and role groups in one batched round trip at start-up, cached for the session
 * (roles change rarely; a new session picks changes up).
 */
export async function loadSignedInPerson(graph: GraphService, roleGroups: RoleGroups, cache?: Storage, cacheKey = "datahub.person"): Promise<SignedInPerson> {
  const cached = cache?.getItem(cacheKey);
  if (cached) return JSON.parse(cached) as SignedInPerson;
  const results = await graph.batch([
    { id: "me", method: "GET", url: "/me?$select=id,displayName,mail,jobTitle,department" },
    { id: "groups", method: "GET", url: "/me/transitiveMemberOf/microsoft.graph.group?$select=id&$top=999" },
  ]);
  const me = results.get("me");
  const groups = results.get("groups");
  for (const part of [me, groups]) {
    if (!part || part.status >= 400) throw Object.assign(new Error("Your profile could not be loaded."), { status: part?.status ?? 0 });
  }
  const page = groups!.body as { value: { id: string }[]; "@odata.nextLink"?: string };
  const ids = page.value.map((g) => g.id);
  // People in more than 999 groups: follow the rest of the pages.
  if (page["@odata.nextLink"]) ids.push(...(await graph.getAll<{ id: string }>(page["@odata.nextLink"].replace(/^https?:\/\/[^/]+\/v1\.0/i, ""))).map((g) => g.id));
  const person: SignedInPerson = { profile: me!.body as Profile, roles: rolesFromGroups(ids, roleGroups) };
  cache?.setItem(cacheKey, JSON.stringify(person));
  return person;
}
