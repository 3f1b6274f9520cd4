import type { SPFI } from "@pnp/sp";

export interface PersonName {
  name: string;
  email: string;
}

/**
 * Names of site users by id, a few requests for any number of people: lists read their person
 * columns as ids (an expanded person costs the server a join on every row of a 10,000-item read),
 * then the names of the few distinct people come here, once each.
 */
export async function loadPersonNames(sp: SPFI, ids: Iterable<number>): Promise<Map<number, PersonName>> {
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  const names = new Map<number, PersonName>();
  const chunks: number[][] = [];
  for (let i = 0; i < unique.length; i += 40) chunks.push(unique.slice(i, i + 40));
  await Promise.all(
    chunks.map(async (chunk) => {
      const users: { Id: number; Title: string; Email?: string }[] = await sp.web.siteUsers
        .filter(chunk.map((id) => `Id eq ${id}`).join(" or "))
        .select("Id", "Title", "Email")();
      for (const u of users) names.set(u.Id, { name: u.Title, email: u.Email ?? "" });
    }),
  );
  return names;
}
