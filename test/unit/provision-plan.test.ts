import type { ListDeclaration } from "../../manifest/schema";
import { loadSiteSeed, SITE_LISTS, type SiteSeed } from "../../manifest/site";
import { describePlan, NOTHING_TO_CHANGE, summary } from "../../scripts/provision/describe";
import { countSteps, type Declaration, type ListSnapshot, planProvisioning, type SiteSnapshot } from "../../scripts/provision/plan";
import { escapeXml, fieldSchemaXml } from "../../scripts/provision/schema-xml";
import { ADD_FIELD_INTERNAL_NAME_HINT, fieldFromSchemaXml } from "../../tenant/src/sp/field-xml";

// The planner is what is tested here; the seed content itself is proved in provision.test.ts and seed-quotes.test.ts.
let seedItems: SiteSeed;
let MANIFEST: Declaration;
beforeAll(async () => {
  seedItems = await loadSiteSeed();
  MANIFEST = { lists: SITE_LISTS, seedItems };
});
const EMPTY: SiteSnapshot = { lists: [] };

/** A site exactly as the declaration describes it, as read-site.ts would report it. */
function listAsDeclared(list: ListDeclaration, index: number): ListSnapshot {
  const seedKeys = list.seedKey ? new Set<string>(seedItems(list).map((item) => String(item[list.seedKey!]))) : undefined;
  return {
    Id: `00000000-0000-0000-0000-00000000000${index}`,
    Title: list.title,
    EnableVersioning: Boolean(list.versioning),
    fields: [
      { InternalName: "Title", TypeAsString: "Text", Indexed: false, Required: true, Title: "Title" },
      ...list.fields.map((f) => ({ InternalName: f.name, TypeAsString: f.kind, Indexed: Boolean(f.indexed), Required: Boolean(f.required), Title: f.title, ...(f.choices ? { Choices: [...f.choices] } : {}) })),
    ],
    ...(seedKeys ? { seedKeys } : {}),
  };
}
const complete = (): SiteSnapshot => ({ lists: SITE_LISTS.map(listAsDeclared) });

/** The complete site with one list's one field changed. */
function withField(list: string, field: string, change: Partial<ListSnapshot["fields"][number]>): SiteSnapshot {
  return {
    lists: complete().lists.map((l) => (l.Title !== list ? l : { ...l, fields: l.fields.map((f) => (f.InternalName === field ? { ...f, ...change } : f)) })),
  };
}

describe("planning provisioning", () => {
  it("creates every list, column and seed item on an empty site, lists first and seed content last", () => {
    const { steps, warnings } = planProvisioning(MANIFEST, EMPTY);
    const counts = countSteps(steps);
    expect(warnings).toEqual([]);
    expect(counts["create-list"]).toBe(SITE_LISTS.length);
    expect(counts["add-field"]).toBe(SITE_LISTS.reduce((n, l) => n + l.fields.length, 0));
    expect(counts["set-versioning"]).toBe(SITE_LISTS.filter((l) => l.versioning).length);
    expect(counts["add-item"]).toBe(SITE_LISTS.reduce((n, l) => n + seedItems(l).length, 0));
    // The strategy's own content is all there: 5 principles, 30 actions, 47 measures.
    expect(steps.filter((s) => s.kind === "add-item" && ["Principles", "Actions", "Measures"].includes(s.list))).toHaveLength(5 + 30 + 47);
    // Indexes go in with the column itself, so none is set separately.
    expect(counts["set-index"]).toBe(0);
    const kinds = steps.map((s) => s.kind);
    expect(kinds.lastIndexOf("create-list")).toBeLessThan(kinds.indexOf("add-field"));
    expect(kinds.lastIndexOf("add-field")).toBeLessThan(kinds.indexOf("add-item"));
    const dueDate = steps.find((s) => s.kind === "add-field" && s.field.name === "DueDate");
    expect(dueDate).toMatchObject({ list: "Actions", schemaXml: expect.stringContaining('Indexed="TRUE"') });
  });

  it("leaves empty seed values out of the items it adds", () => {
    const values = planProvisioning(MANIFEST, EMPTY).steps.flatMap((s) => (s.kind === "add-item" ? [s.values] : []));
    expect(values.filter((v) => Object.values(v).includes(null))).toEqual([]);
    // The six cross-cutting "What next?" actions have no principle.
    expect(values.filter((v) => "ActionKey" in v && !("PrincipleKey" in v))).toHaveLength(6);
  });

  it("has nothing to do on a site that matches the declaration", () => {
    const plan = planProvisioning(MANIFEST, complete());
    expect(plan).toEqual({ steps: [], warnings: [] });
    expect(summary(countSteps(plan.steps), false)).toBe(NOTHING_TO_CHANGE);
  });

  it("sets one index that is missing, and nothing else", () => {
    const { steps, warnings } = planProvisioning(MANIFEST, withField("Actions", "DueDate", { Indexed: false }));
    expect(steps).toEqual([{ kind: "set-index", list: "Actions", field: "DueDate" }]);
    expect(warnings).toEqual([]);
    expect(describePlan(steps)).toEqual(['Index the column DueDate in "Actions".']);
  });

  it("warns about a column of another type and changes nothing about it", () => {
    const { steps, warnings } = planProvisioning(MANIFEST, withField("Actions", "DueDate", { TypeAsString: "Text", Indexed: false }));
    expect(steps).toEqual([]);
    expect(warnings).toEqual(["Actions.DueDate is a Text column on the site but declared as DateTime; it was left alone."]);
  });

  it("adds missing choices but keeps the site's extra ones, with a warning", () => {
    const { steps, warnings } = planProvisioning(MANIFEST, withField("Actions", "Status", { Choices: ["Not started", "In progress", "On hold"] }));
    expect(steps).toEqual([
      { kind: "update-choices", list: "Actions", field: "Status", fieldKind: "Choice", choices: ["Not started", "In progress", "Complete", "Blocked", "Cancelled", "On hold"], added: ["Complete", "Blocked", "Cancelled"] },
    ]);
    expect(warnings).toEqual(['Actions.Status has choices that are not declared ("On hold"); they were kept.']);
  });

  it("reports a different required setting or title without changing it", () => {
    const { steps, warnings } = planProvisioning(MANIFEST, withField("Measures", "MeasureKey", { Required: true, Title: "Measure key" }));
    expect(steps).toEqual([]);
    expect(warnings).toEqual([
      "Measures.MeasureKey is required on the site but declared optional; it was left alone.",
      'Measures.MeasureKey is titled "Measure key" on the site but declared "Key"; it was left alone.',
    ]);
  });

  it("turns version history on where it is off, and only adds the seed items a list lacks", () => {
    const site = complete();
    const actions = site.lists.find((l) => l.Title === "Actions")!;
    const keys = [...actions.seedKeys!];
    const partial: SiteSnapshot = { lists: site.lists.map((l) => (l === actions ? { ...l, EnableVersioning: false, seedKeys: new Set(keys.slice(2)) } : l)) };
    const { steps } = planProvisioning(MANIFEST, partial);
    expect(steps.map((s) => s.kind)).toEqual(["set-versioning", "add-item", "add-item"]);
    expect(steps.filter((s) => s.kind === "add-item").map((s) => (s.kind === "add-item" ? s.key : ""))).toEqual(keys.slice(0, 2));
    expect(describePlan(steps)).toEqual(['Turn on version history for "Actions".', `Add 2 seed items to "Actions": ${keys[0]}, ${keys[1]}.`]);
  });

  it("adds a declared column missing from an existing list, with its seed key read as empty", () => {
    const site = complete();
    const principles = site.lists.find((l) => l.Title === "Principles")!;
    const { seedKeys: _dropped, ...withoutKeys } = principles;
    const partial: SiteSnapshot = { lists: site.lists.map((l) => (l === principles ? { ...withoutKeys, fields: l.fields.filter((f) => f.InternalName !== "PrincipleKey") } : l)) };
    const counts = countSteps(planProvisioning(MANIFEST, partial).steps);
    expect(counts).toMatchObject({ "add-field": 1, "add-item": 5, "create-list": 0 });
  });

  it("warns rather than guesses where seeding could duplicate, or a lookup has no target", () => {
    const loose: ListDeclaration = {
      title: "Loose",
      url: "Lists/Loose",
      description: "",
      fields: [{ name: "Parent", title: "Parent", kind: "Lookup", lookupList: "Nowhere" }],
      permissions: { add: "everyone", edit: [] },
    };
    const { steps, warnings } = planProvisioning({ lists: [loose], seedItems: () => [{ Title: "x" }] }, EMPTY);
    expect(steps).toEqual([{ kind: "create-list", list: "Loose", url: "Lists/Loose", description: "" }]);
    expect(warnings).toEqual([
      'Loose.Parent looks up the list "Nowhere", which is neither declared nor on the site; the column was not added.',
      "Loose has seed content but no seed key, so it cannot be seeded without risking duplicates; it was not seeded.",
    ]);
  });
});

describe("field schema XML", () => {
  it("escapes &, <, > and quotes in titles, descriptions and choices", () => {
    const xml = fieldSchemaXml({ name: "Risk", title: 'R&D "risk" <level>', kind: "Choice", choices: ["Low & slow", "<b>High</b>", 'Say "no"', "It's fine"], description: "A & B" });
    expect(xml).toBe(
      '<Field Type="Choice" Name="Risk" StaticName="Risk" DisplayName="R&amp;D &quot;risk&quot; &lt;level&gt;" Required="FALSE" Description="A &amp; B" Format="Dropdown" FillInChoice="FALSE">' +
        "<CHOICES><CHOICE>Low &amp; slow</CHOICE><CHOICE>&lt;b&gt;High&lt;/b&gt;</CHOICE><CHOICE>Say &quot;no&quot;</CHOICE><CHOICE>It&apos;s fine</CHOICE></CHOICES></Field>",
    );
    expect(escapeXml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&apos;");
  });

  it("reads back as the same declaration through the local tenant's parser", () => {
    const field = { name: "Risk", title: 'R&D "risk" <level>', kind: "Choice", required: true, indexed: true, choices: ["Low & slow", "<b>High</b>", 'Say "no"'], description: "It's A & B" } as const;
    // Provisioning sends AddFieldInternalNameHint, so SharePoint keeps the declared internal name.
    expect(fieldFromSchemaXml(fieldSchemaXml(field), () => undefined, ADD_FIELD_INTERNAL_NAME_HINT)).toMatchObject({ ...field, choices: [...field.choices] });
  });

  it("uses SharePoint's type names and attributes a real site needs", () => {
    expect(fieldSchemaXml({ name: "Detail", title: "Detail", kind: "Note" })).toContain('Type="Note"');
    expect(fieldSchemaXml({ name: "Detail", title: "Detail", kind: "Note" })).toContain('RichText="FALSE"');
    expect(fieldSchemaXml({ name: "Due", title: "Due", kind: "DateTime", dateOnly: true })).toContain('Format="DateOnly"');
    expect(fieldSchemaXml({ name: "Key", title: "Key", kind: "Text", maxLength: 40 })).toContain('MaxLength="40"');
    expect(fieldSchemaXml({ name: "Owner", title: "Owner", kind: "User" })).toContain('UserSelectionMode="PeopleOnly"');
    expect(fieldSchemaXml({ name: "Link", title: "Link", kind: "URL" })).toContain('Format="Hyperlink"');
    expect(fieldSchemaXml({ name: "Parent", title: "Parent", kind: "Lookup", lookupList: "Actions" }, "ABC-123")).toContain('List="{ABC-123}" ShowField="Title"');
  });
});
