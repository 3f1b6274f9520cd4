/** Reads what the site already has, as much as planning needs and no more. */
import type { SPFI } from "@pnp/sp";
import type { ListDeclaration } from "../../manifest/schema";
import type { FieldSnapshot, ListSnapshot, SiteSnapshot } from "./plan";

const FIELD_PROPERTIES = ["InternalName", "TypeAsString", "Indexed", "Required", "Title"] as const;

/** SharePoint caps a page at 5,000; 2,000 keeps each answer modest on a large list. */
const PAGE_SIZE = 2000;

export async function readSite(sp: SPFI, declared: readonly ListDeclaration[]): Promise<SiteSnapshot> {
  const onSite: { Id: string; Title: string; EnableVersioning: boolean }[] = await sp.web.lists.select("Id", "Title", "EnableVersioning")();
  const lists: ListSnapshot[] = [];
  for (const declaration of declared) {
    const list = onSite.find((l) => l.Title === declaration.title);
    if (!list) continue;
    const fields = await readFields(sp, declaration);
    const hasKey = declaration.seedKey !== undefined && fields.some((f) => f.InternalName === declaration.seedKey);
    lists.push({
      Id: list.Id,
      Title: list.Title,
      EnableVersioning: list.EnableVersioning,
      fields,
      ...(hasKey ? { seedKeys: await readSeedKeys(sp, declaration.title, declaration.seedKey!) } : {}),
    });
  }
  return { lists };
}

async function readFields(sp: SPFI, declaration: ListDeclaration): Promise<FieldSnapshot[]> {
  // A fresh chain per request: select() changes the query of the object it is called on.
  const fields = () => sp.web.lists.getByTitle(declaration.title).fields;
  const all: FieldSnapshot[] = await fields().select(...FIELD_PROPERTIES)();
  // Choices belongs to SP.FieldChoice, not SP.Field, so it is read per choice column rather than
  // asked of the whole collection.
  return Promise.all(
    all.map(async (field) => {
      const declared = declaration.fields.find((f) => f.name === field.InternalName);
      const isChoice = (field.TypeAsString === "Choice" || field.TypeAsString === "MultiChoice") && declared?.kind === field.TypeAsString;
      if (!isChoice) return field;
      const { Choices }: { Choices?: string[] } = await fields().getByInternalNameOrTitle(field.InternalName).select("Choices")();
      return { ...field, Choices: Choices ?? [] };
    }),
  );
}

/** Every value of the list's seed key column, page by page, selecting nothing else. */
export async function readSeedKeys(sp: SPFI, listTitle: string, seedKey: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for await (const page of sp.web.lists.getByTitle(listTitle).items.select(seedKey).top(PAGE_SIZE)) {
    for (const item of page as Record<string, unknown>[]) {
      const value = item[seedKey];
      if (value !== null && value !== undefined && value !== "") keys.add(String(value));
    }
  }
  return keys;
}
