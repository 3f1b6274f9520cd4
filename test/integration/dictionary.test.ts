import type { SPFI } from "@pnp/sp";
import type { PersonaId } from "../../src/core/auth/local-token-provider";
import { searchPeople, siteUserIdFor } from "../../src/core/data/people";
import {
  approveProposal,
  createProposal,
  decideProposal,
  getProposal,
  loadOpenProposals,
  loadProposalVersions,
  saveProposal,
} from "../../src/modules/dictionary/data/proposals-data";
import { confirmReviewed, getTerm, loadTerms, loadTermVersions, updateTerm } from "../../src/modules/dictionary/data/terms-data";
import { ConflictError } from "../../src/core/data/concurrency";
import type { Proposal } from "../../src/modules/dictionary/domain/proposal";
import { addToShard, directoryNameScreen, loadUsage, UsageRecorder } from "../../src/modules/dictionary/data/usage-data";
import { proposalTimeline, termHistory } from "../../src/modules/dictionary/domain/history";
import { contentFromProposal, contentFromTerm, emptyContent } from "../../src/modules/dictionary/domain/proposal";
import type { Term } from "../../src/modules/dictionary/domain/term";
import { periodOf, tally } from "../../src/modules/dictionary/domain/usage";
import type { ProposalContent } from "../../src/modules/dictionary/domain/workflow";
import type { Tenant } from "../../tenant/src/server";
import { clientsFor, rawRequest, startTestTenant } from "../support/tenant";

const SAM = "sam.patel@hbc.example"; // staff: the steward in these stories
const ALEX = "alex.okafor@hbc.example"; // information asset owner
const TOM = "tom.barker@hbc.example"; // a colleague who is not a persona
const today = new Date("2026-11-25T12:00:00Z");

let tenant: Tenant;
const sp = (persona: PersonaId): SPFI => clientsFor(tenant, persona).sp;

beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

const newTerm = (title: string, patch: Partial<ProposalContent> = {}): ProposalContent => ({
  ...emptyContent("New term"),
  title,
  definition: `What ${title} means here.`,
  termKind: "Term",
  stewardEmail: SAM,
  ownerEmail: ALEX,
  ...patch,
});

async function mustGetTerm(key: string): Promise<Term> {
  const term = await getTerm(sp("data-lead"), key);
  if (!term) throw new Error(`no term ${key}`);
  return term;
}

/** A published term owned by Alex, with Sam as steward, as the data lead would set it up. */
async function ownedTerm(title: string): Promise<Term> {
  const proposal = await createProposal(sp("staff"), newTerm(title), "In review", null);
  return approveProposal(sp("asset-owner"), proposal, null, today);
}

describe("the data dictionary on the local tenant, through PnPjs", () => {
  it("serves every strategy term with a plain-English line, to councillors too: the strategy's definitions approved, the rest drafts", async () => {
    const seen = new Map<number, Term>();
    await loadTerms(sp("councillor"), (page) => page.forEach((t) => seen.set(t.id, t)));
    expect(seen.size).toBe(54);
    expect([...seen.values()].filter((t) => !t.plainLanguage).map((t) => t.key)).toEqual([]);
    const statusOf = (key: string) => [...seen.values()].find((t) => t.key === key)?.status;
    expect([statusOf("data-quality"), statusOf("raw-data"), statusOf("maturity-beginning"), statusOf("record-of-processing-activities")]).toEqual(["Approved", "Approved", "Draft", "Draft"]);
    const dpa = [...seen.values()].find((t) => t.key === "uk-gdpr-dpa-2018")!;
    expect(dpa).toMatchObject({ acronym: "UK GDPR", synonyms: ["UK GDPR", "Data Protection Act 2018", "Data protection legislation"], related: ["pecr", "personal-data", "purpose-limitation", "data-minimisation"] });
  });

  it("reads, with one term, the strategy's sentences that use it, kept apart from its definition", async () => {
    const beginning = await mustGetTerm("maturity-beginning");
    expect(beginning).toMatchObject({ status: "Draft", strategySection: "Key Findings Across Core Themes" });
    expect(beginning.strategyUsage).toContain("ranging from 1 (Beginning) to 5 (Mastering)");
    expect(beginning.definition).not.toContain("Data Culture");
    expect((await mustGetTerm("data-quality")).strategyUsage).toBeNull();
  });

  it("approves a seeded draft when the data lead approves a change for it, even one that rewords nothing", async () => {
    const draft = await mustGetTerm("data-curiosity");
    expect(draft.status).toBe("Draft");
    const proposal = await createProposal(sp("staff"), { ...contentFromTerm(draft, "Change"), reason: "Checked: the general definition is right." }, "In review", draft);
    const approved = await approveProposal(sp("data-lead"), proposal, draft, today);
    expect(approved).toMatchObject({ status: "Approved", definition: draft.definition, plainLanguage: draft.plainLanguage, strategyUsage: draft.strategyUsage });
  });

  it("opens a term by key or by item id, with its steward and owner", async () => {
    const byKey = await mustGetTerm("accuracy");
    expect((await getTerm(sp("staff"), String(byKey.id)))?.key).toBe("accuracy");
    expect(await getTerm(sp("staff"), "no-such-term")).toBeNull();
    const owned = await ownedTerm("Fly-tipping incident");
    expect(await getTerm(sp("staff"), owned.key)).toMatchObject({ steward: { name: "Sam Patel", email: SAM }, owner: { name: "Alex Okafor", email: ALEX } });
  });

  it("lets anyone suggest a term, and a suggestion publishes nothing", async () => {
    const suggestion = await createProposal(sp("councillor"), newTerm("Ward profile", { stewardEmail: "", ownerEmail: "" }), "Suggested", null);
    expect(suggestion).toMatchObject({ status: "Suggested", kind: "New term", stewardId: null, author: { name: "Robin Clarke" } });
    expect(await getTerm(sp("staff"), "ward-profile")).toBeNull();
    expect((await loadOpenProposals(sp("staff"))).map((p) => p.id)).toContain(suggestion.id);
  });

  it("refuses a steward's approval: SharePoint will not publish, and the proposal goes back to review", async () => {
    const proposal = await createProposal(sp("staff"), newTerm("Footfall"), "In review", null);
    await expect(approveProposal(sp("staff"), proposal, null, today)).rejects.toMatchObject({ status: 403 });
    expect(await getTerm(sp("data-lead"), "footfall")).toBeNull();
    expect(await getProposal(sp("staff"), proposal.id)).toMatchObject({ status: "In review", definition: "What Footfall means here." });
  });

  it("refuses anyone but owners and the data lead writing the published dictionary directly", async () => {
    const terms = (persona: PersonaId) => sp(persona).web.lists.getByTitle("GlossaryTerms");
    const accuracy = await mustGetTerm("accuracy");
    const before = accuracy.status;
    for (const persona of ["staff", "focus-group", "councillor", "manager"] as const) {
      await expect(terms(persona).items.add({ Title: "Sneaky", Definition: "x", TermStatus: "Approved" })).rejects.toMatchObject({ status: 403 });
      await expect(terms(persona).items.getById(accuracy.id).update({ TermStatus: "Deprecated" })).rejects.toMatchObject({ status: 403 });
    }
    expect((await mustGetTerm("accuracy")).status).toBe(before);
  });

  it("publishes a new term when its owner approves: with a key, a review date and the proposal it came from", async () => {
    const proposal = await createProposal(sp("staff"), newTerm("Void rent loss", { termKind: "KPI", calculation: "Rent lost on empty homes ÷ rent due", unit: "%", synonyms: ["Void loss"] }), "In review", null);
    const published = await approveProposal(sp("asset-owner"), proposal, null, today);
    expect(published).toMatchObject({ key: "void-rent-loss", status: "Approved", kind: "KPI", unit: "%", synonyms: ["Void loss"], reviewDate: "2027-11-25T00:00:00Z", owner: { name: "Alex Okafor" } });
    expect(await getProposal(sp("staff"), proposal.id)).toMatchObject({ status: "Approved", termId: published.id, termKey: "void-rent-loss" });
    const [first] = await loadTermVersions(sp("staff"), published.id);
    expect(first).toMatchObject({ editorName: "Alex Okafor", approvedProposal: proposal.id });
  });

  it("gives a second term with the same name its own key", async () => {
    const first = await ownedTerm("Missed bin");
    const second = await approveProposal(sp("data-lead"), await createProposal(sp("staff"), newTerm("Missed bin"), "In review", null), null, today);
    expect([first.key, second.key]).toEqual(["missed-bin", "missed-bin-2"]);
  });

  it("refuses an asset owner's approval of a change to a term someone else owns", async () => {
    const term = await ownedTerm("Bulky waste collection");
    const toms = await siteUserIdFor(sp("data-lead"), TOM);
    const reassigned = await updateTerm(sp("data-lead"), term, { TermOwnerId: toms });
    const change = await createProposal(sp("staff"), { ...contentFromTerm(reassigned, "Change"), definition: "Collections of large items." }, "In review", reassigned);
    await expect(approveProposal(sp("asset-owner"), change, reassigned, today)).rejects.toMatchObject({ status: 403 });
    expect((await mustGetTerm(term.key)).definition).toBe("What Bulky waste collection means here.");
    expect((await getProposal(sp("staff"), change.id))?.status).toBe("In review");
  });

  it("approves a change by writing only what it changes, and keeps the version with who approved it", async () => {
    const term = await ownedTerm("Street cleansing");
    const change = await createProposal(sp("staff"), { ...contentFromTerm(term, "Change"), definition: "Sweeping and litter picking on public land.", reason: "Clearer" }, "In review", term);
    const approved = await approveProposal(sp("asset-owner"), change, term, today);
    expect(approved.definition).toBe("Sweeping and litter picking on public land.");
    const history = termHistory(await loadTermVersions(sp("staff"), term.id));
    expect(history[0]).toMatchObject({ change: ["Definition"], approvedProposal: change.id, editorName: "Alex Okafor" });
  });

  it("loses nothing on a 412: the other edit stays, the proposal stays in review, and a second approval merges both", async () => {
    const term = await ownedTerm("Graffiti removal");
    const change = await createProposal(sp("staff"), { ...contentFromTerm(term, "Change"), definition: "Removing graffiti within five working days." }, "In review", term);
    // The owner opens the proposal and the term; meanwhile the data lead edits the term.
    const ownersView = await mustGetTerm(term.key);
    const leads = await updateTerm(sp("data-lead"), ownersView, { Synonyms: "Graffiti cleaning" });

    const failure = await approveProposal(sp("asset-owner"), change, ownersView, today).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConflictError);
    expect((failure as ConflictError<Term>).current).toMatchObject({ synonyms: ["Graffiti cleaning"], definition: "What Graffiti removal means here.", etag: leads.etag });
    expect(await getProposal(sp("asset-owner"), change.id)).toMatchObject({ status: "In review", definition: "Removing graffiti within five working days." });

    const merged = await approveProposal(sp("asset-owner"), (await getProposal(sp("asset-owner"), change.id))!, (failure as ConflictError<Term>).current, today);
    expect(merged).toMatchObject({ synonyms: ["Graffiti cleaning"], definition: "Removing graffiti within five working days." });
  });

  it("never undoes a change published after an older proposal was drafted", async () => {
    const term = await ownedTerm("Dog fouling");
    const older = await createProposal(sp("staff"), { ...contentFromTerm(term, "Change"), definition: "Dog mess left in a public place." }, "In review", term);
    const newer = await createProposal(sp("staff"), { ...contentFromTerm(term, "Change"), unit: "reports", termKind: "Metric", calculation: "Reports received" }, "In review", term);
    await approveProposal(sp("asset-owner"), newer, term, today);
    const now = await mustGetTerm(term.key);
    const result = await approveProposal(sp("asset-owner"), older, now, today);
    expect(result).toMatchObject({ definition: "Dog mess left in a public place.", unit: "reports", kind: "Metric", calculation: "Reports received" });
  });

  it("lets only one of two owners decide: the second gets the proposal as it now is, and nothing is published", async () => {
    const proposal = await createProposal(sp("staff"), newTerm("Abandoned vehicle"), "In review", null);
    await decideProposal(sp("data-lead"), proposal, "Sent back", "Say which vehicles count");
    const failure = await approveProposal(sp("asset-owner"), proposal, null, today).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConflictError);
    expect((failure as ConflictError<Proposal>).current).toMatchObject({ status: "Sent back", reviewComment: "Say which vehicles count" });
    expect(await getTerm(sp("staff"), "abandoned-vehicle")).toBeNull();
  });

  it("keeps every comment made in sending a proposal back, in its history", async () => {
    const proposal = await createProposal(sp("staff"), newTerm("Noise complaint"), "In review", null);
    const back = await decideProposal(sp("asset-owner"), proposal, "Sent back", "Add the service");
    const again = await saveProposal(sp("staff"), back, { ...contentFromProposal(back), service: "Environmental Health" }, "In review");
    await decideProposal(sp("asset-owner"), again, "Sent back", "And the source system");
    const timeline = proposalTimeline(await loadProposalVersions(sp("staff"), proposal.id));
    expect(timeline.map((e) => [e.status, e.comment, e.editorName])).toEqual([
      ["In review", null, "Sam Patel"],
      ["Sent back", "Add the service", "Alex Okafor"],
      ["In review", null, "Sam Patel"],
      ["Sent back", "And the source system", "Alex Okafor"],
    ]);
  });

  it("refuses a stale save of a proposal, keeping the other person's change", async () => {
    const proposal = await createProposal(sp("staff"), newTerm("Pest control", { stewardEmail: SAM }), "Draft", null);
    await saveProposal(sp("staff"), proposal, { ...contentFromProposal(proposal), definition: "First" }, "Draft");
    await expect(saveProposal(sp("staff"), proposal, { ...contentFromProposal(proposal), definition: "Second" }, "Draft")).rejects.toBeInstanceOf(ConflictError);
    expect((await getProposal(sp("staff"), proposal.id))?.definition).toBe("First");
  });

  it("lets a steward edit only proposals they steward", async () => {
    const others = await createProposal(sp("councillor"), newTerm("Ward budget", { stewardEmail: "casey.hughes@hbc.example" }), "Suggested", null);
    await expect(saveProposal(sp("staff"), others, contentFromProposal(others), "Draft")).rejects.toMatchObject({ status: 403 });
    await expect(saveProposal(sp("focus-group"), others, { ...contentFromProposal(others), definition: "The budget a ward councillor may spend." }, "Draft")).resolves.toMatchObject({ status: "Draft" });
  });

  it("deprecates a term so that it points to its replacement", async () => {
    const term = await ownedTerm("Waste tonnage");
    const retire = await createProposal(sp("staff"), { ...contentFromTerm(term, "Deprecation"), replacedBy: "data-quality", reason: "Merged" }, "In review", term);
    expect(await approveProposal(sp("asset-owner"), retire, term, today)).toMatchObject({ status: "Deprecated", replacedBy: "data-quality", definition: "What Waste tonnage means here." });
  });

  it("lets the owner confirm a term is still correct, and nobody else", async () => {
    const term = await ownedTerm("Parking permit");
    await expect(confirmReviewed(sp("staff"), term, "2028-01-01T00:00:00Z")).rejects.toMatchObject({ status: 403 });
    expect(await confirmReviewed(sp("asset-owner"), term, "2028-01-01T00:00:00Z")).toMatchObject({ reviewDate: "2028-01-01T00:00:00Z" });
  });
});

describe("dictionary usage, counted without personal data", () => {
  it("counts every increment when many people write one shard at once", async () => {
    const delta = tally([{ type: "search", text: "footfall", results: 0, department: "Digital" }]);
    const writers: PersonaId[] = ["staff", "asset-owner", "manager", "councillor", "focus-group", "data-lead", "staff", "asset-owner"];
    await Promise.all(writers.map((persona) => addToShard(sp(persona), "2026-10", 3, delta)));
    const total = await loadUsage(sp("data-lead"), ["2026-10"]);
    expect(total).toMatchObject({ searches: 8, emptySearches: 8, noResults: { footfall: 8 }, byDepartment: { Digital: { searches: 8, opens: 0 } } });
  });

  it("stores totals that name nobody, in a list that keeps no history of who added what", async () => {
    const recorder = new UsageRecorder(sp("staff"), "Customer Services", { flushMs: 60_000, now: () => new Date("2026-09-10T10:00:00Z"), random: () => 0.5 });
    recorder.search("Footfal", 0);
    recorder.search("data quality", 4);
    recorder.open("data-quality", true);
    const before = tenant.requests.count;
    await recorder.flush();
    // One read and one write for the whole batch.
    expect(tenant.requests.count - before).toBe(2);
    const items: { Id: number; Counts: string }[] = await sp("data-lead").web.lists.getByTitle("GlossaryUsage").items.select("Id", "Counts").filter("Period eq '2026-09'")();
    expect(items).toHaveLength(1);
    expect(JSON.parse(items[0]!.Counts)).toEqual({
      searches: 2,
      emptySearches: 1,
      opens: 1,
      byDepartment: { "Customer Services": { searches: 2, opens: 1 } },
      opened: { "data-quality": 1 },
      found: { "data-quality": 1 },
      noResults: { footfal: 1 },
    });
    const versions = (await rawRequest(tenant, "data-lead", `/sites/datahub/_api/web/lists/getByTitle('GlossaryUsage')/items(${items[0]!.Id})/versions`, { headers: { Accept: "application/json" } })).json() as { value: unknown[] };
    expect(versions.value).toEqual([]);
  });

  it("counts a search for a colleague's name but never keeps the name", async () => {
    const { graph } = clientsFor(tenant, "staff");
    const recorder = new UsageRecorder(sp("staff"), "Digital", { screen: directoryNameScreen(graph), flushMs: 60_000, now: () => new Date("2026-07-10T10:00:00Z") });
    recorder.search("Priya Shah's appraisal", 0);
    recorder.search("okafor sickness", 0);
    recorder.search("footfall", 0);
    await recorder.flush();
    const total = await loadUsage(sp("data-lead"), ["2026-07"]);
    expect(total).toMatchObject({ searches: 3, emptySearches: 3, noResults: { footfall: 1 } });
    expect(Object.keys(total.noResults)).toEqual(["footfall"]);
  });

  it("keeps events it could not write, and writes them next time", async () => {
    const recorder = new UsageRecorder(sp("staff"), "Digital", { flushMs: 60_000, now: () => new Date("2026-08-10T10:00:00Z"), random: () => 0.1 });
    recorder.open("pecr", false);
    tenant.faults.add({ api: "sp", pathContains: "GlossaryUsage", status: 503, retryAfter: 0, count: 20 });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await recorder.flush();
    tenant.faults.clear();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    await recorder.flush();
    expect((await loadUsage(sp("data-lead"), [periodOf(new Date("2026-08-10T10:00:00Z"))])).opened).toEqual({ pecr: 1 });
  });
});

describe("people for steward and owner", () => {
  it("finds colleagues in the directory as the people picker does, and resolves them to site users", async () => {
    const { graph } = clientsFor(tenant, "staff");
    const found = await searchPeople(graph, "pri");
    expect(found.map((p) => [p.displayName, p.email])).toEqual([["Priya Shah", "priya.shah@hbc.example"]]);
    expect(await searchPeople(graph, 'sam" OR "x')).toEqual(expect.any(Array));
    expect(await siteUserIdFor(sp("staff"), found[0]!.email)).toBe(21);
  });
});

describe("a dictionary past the list view threshold", () => {
  let big: Tenant;
  beforeAll(async () => {
    big = await startTestTenant();
    big.seed("GlossaryTerms", Array.from({ length: 6000 }, (_, i) => ({ Title: `Generated term ${i + 1}`, TermKey: `generated-${i + 1}`, Definition: "x", TermStatus: "Approved" })));
  });
  afterAll(() => big.close());

  it("shows a first screen of terms before the rest arrive, and delivers every term", async () => {
    const pages: number[] = [];
    const ids = new Set<number>();
    await loadTerms(clientsFor(big, "staff").sp, (page) => {
      pages.push(page.length);
      page.forEach((t) => ids.add(t.id));
    });
    expect(pages[0]).toBe(100);
    expect(pages.length).toBeGreaterThan(2);
    expect(ids.size).toBe(6054);
  });
});
