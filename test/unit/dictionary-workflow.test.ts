import { describe, expect, it } from "@jest/globals";
import { proposalTimeline, termHistory, versionFromWire } from "../../src/modules/dictionary/domain/history";
import { type ContentValues, planApproval, type Proposal } from "../../src/modules/dictionary/domain/proposal";
import { workQueues } from "../../src/modules/dictionary/domain/queues";
import type { Term } from "../../src/modules/dictionary/domain/term";
import { type Actor, allowedActions, type ProposalContent, transition, validateProposal } from "../../src/modules/dictionary/domain/workflow";
import { emptyContent } from "../../src/modules/dictionary/domain/proposal";

const steward: Actor = { isSteward: true, isApprover: false, isDataLead: false };
const owner: Actor = { isSteward: false, isApprover: true, isDataLead: false };
const lead: Actor = { isSteward: false, isApprover: false, isDataLead: true };
const bystander: Actor = { isSteward: false, isApprover: false, isDataLead: false };

describe("the approval state machine", () => {
  it("takes a suggestion through drafting and review to approval", () => {
    expect(transition("Suggested", "draft", steward)).toEqual({ ok: true, next: "Draft" });
    expect(transition("Draft", "submit", steward)).toEqual({ ok: true, next: "In review" });
    expect(transition("In review", "approve", owner)).toEqual({ ok: true, next: "Approved" });
  });

  it("does not let a steward approve their own proposal", () => {
    expect(transition("In review", "approve", steward)).toEqual({ ok: false, reason: "Only the term's owner or the data lead can do that." });
    expect(allowedActions("In review", steward)).toEqual(["recall", "withdraw"]);
  });

  it("does not let the owner draft or submit on the steward's behalf", () => {
    expect(transition("Draft", "submit", owner).ok).toBe(false);
    expect(allowedActions("Draft", owner)).toEqual(["decline"]);
  });

  it("sends back only with a comment, and the steward can send it again", () => {
    expect(transition("In review", "send-back", owner, "  ")).toEqual({ ok: false, reason: "Say what needs to change, so the steward knows what to do." });
    expect(transition("In review", "send-back", owner, "Please add the unit")).toEqual({ ok: true, next: "Sent back" });
    expect(transition("Sent back", "submit", steward)).toEqual({ ok: true, next: "In review" });
  });

  it("needs a comment to decline, too", () => {
    expect(transition("Suggested", "decline", owner).ok).toBe(false);
    expect(transition("Suggested", "decline", owner, "We already have Footfall")).toEqual({ ok: true, next: "Declined" });
  });

  it("cannot approve what is not in review", () => {
    expect(transition("Draft", "approve", owner)).toEqual({ ok: false, reason: "A proposal that is draft cannot be approved." });
  });

  it("treats approved, declined and withdrawn as final", () => {
    for (const status of ["Approved", "Declined", "Withdrawn"] as const) expect(allowedActions(status, lead)).toEqual([]);
  });

  it("lets the data lead stand in for a missing steward or owner", () => {
    expect(allowedActions("In review", lead)).toEqual(["approve", "send-back", "recall", "decline", "withdraw"]);
    expect(allowedActions("Suggested", lead)).toEqual(["submit", "draft", "decline", "withdraw"]);
  });

  it("offers someone with no part in a proposal nothing to do", () => {
    expect(allowedActions("In review", bystander)).toEqual([]);
    expect(allowedActions("Suggested", bystander)).toEqual([]);
  });
});

describe("what a proposal needs", () => {
  const content = (patch: Partial<ProposalContent>): ProposalContent => ({ ...emptyContent("New term"), ...patch });

  it("accepts a suggestion with just a name and why it is needed", () => {
    expect(validateProposal(content({ title: "Footfall", reason: "Town centre reports use it" }), "suggest")).toEqual([]);
  });

  it("needs a name, and a definition or a reason, for a suggestion", () => {
    expect(validateProposal(content({}), "suggest").map((p) => p.field)).toEqual(["title", "definition"]);
  });

  it("needs everything an owner judges before it goes for approval", () => {
    const problems = validateProposal(content({ title: "Footfall", termKind: "" }), "submit").map((p) => p.field);
    expect(problems).toEqual(["definition", "termKind", "stewardEmail", "ownerEmail"]);
  });

  it("needs a calculation and a unit for metrics and KPIs", () => {
    const ready = { title: "Footfall", definition: "People passing a counter", stewardEmail: "a@x", ownerEmail: "b@x" };
    expect(validateProposal(content({ ...ready, termKind: "Term" }), "submit")).toEqual([]);
    expect(validateProposal(content({ ...ready, termKind: "KPI" }), "submit").map((p) => p.field)).toEqual(["calculation", "unit"]);
  });

  it("accepts only web addresses for the national standard", () => {
    expect(validateProposal(content({ title: "X", reason: "y", nationalStandardUrl: "javascript:alert(1)" }), "suggest").map((p) => p.field)).toEqual(["nationalStandardUrl"]);
    expect(validateProposal(content({ title: "X", reason: "y", nationalStandardUrl: "https://www.gov.uk/standard" }), "suggest")).toEqual([]);
  });

  it("keeps within SharePoint's column lengths", () => {
    expect(validateProposal(content({ title: "x".repeat(256), reason: "y", acronym: "x".repeat(21) }), "suggest").map((p) => p.field)).toEqual(["title", "acronym"]);
  });
});

describe("approving a change: a three-way merge", () => {
  const base: ContentValues = { Title: "Footfall", Definition: "People passing", Unit: "count", TermOwnerId: 13 };

  it("writes only the fields the proposal changes", () => {
    const proposed = { ...base, Definition: "People passing a counter, per day" };
    expect(planApproval(proposed, base, base)).toEqual({ write: { Definition: "People passing a counter, per day" }, theirs: [], overlapping: [] });
  });

  it("never undoes a change published after the proposal was drafted", () => {
    const proposed = { ...base, Definition: "People passing a counter" };
    const current = { ...base, Unit: "people per day" };
    const plan = planApproval(proposed, current, base);
    expect(plan.write).toEqual({ Definition: "People passing a counter" });
    expect(plan.theirs).toEqual(["Unit"]);
    expect(plan.overlapping).toEqual([]);
  });

  it("reports a field both changed, so the owner decides knowingly", () => {
    const proposed = { ...base, Unit: "visits" };
    const current = { ...base, Unit: "people per day" };
    expect(planApproval(proposed, current, base)).toEqual({ write: { Unit: "visits" }, theirs: ["Unit"], overlapping: ["Unit"] });
  });

  it("compares values alike whatever shape SharePoint gave them in", () => {
    const proposed = { ...base, NationalStandard: { Url: "https://x.example/s", Description: "S" }, ReviewDate: "2027-01-01T00:00:00Z" };
    const current = { ...base, NationalStandard: '{"Url":"https://x.example/s","Description":"S"}', ReviewDate: "2027-01-01T00:00:00Z", TermOwnerId: { LookupId: 13 } as unknown };
    expect(planApproval(proposed, current, null).write).toEqual({});
  });

  it("without the drafted-from version, writes every field that differs from now", () => {
    const proposed = { ...base, Definition: "New" };
    const current = { ...base, Unit: "people" };
    expect(planApproval(proposed, current, null)).toEqual({ write: { Definition: "New", Unit: "count" }, theirs: [], overlapping: [] });
  });
});

describe("change history from item versions", () => {
  it("lists what changed in each version, newest first, from either wire shape", () => {
    const versions = [
      { VersionLabel: "1.0", Created: "2026-01-01T10:00:00Z", EditorId: 14, Title: "Footfall", Definition: "A", TermStatus: "Approved" },
      { VersionLabel: "2.0", Created: "2026-02-01T10:00:00Z", Editor: { LookupId: 13, LookupValue: "Alex Okafor" }, Title: "Footfall", Definition: "B", TermStatus: "Approved", ApprovedProposal: 7 },
      { VersionLabel: "3.0", Created: "2026-03-01T10:00:00Z", EditorId: 13, Title: "Footfall", Definition: "B", TermStatus: "Approved", ApprovedProposal: 7 },
      { VersionLabel: "4.0", Created: "2026-04-01T10:00:00Z", EditorId: 13, Title: "Footfall", Definition: "B", TermStatus: "Deprecated", ReplacedBy: "visitor-count", ApprovedProposal: 9 },
    ].map(versionFromWire);
    const history = termHistory(versions);
    expect(history.map((h) => [h.label, h.change, h.approvedProposal])).toEqual([
      ["4.0", ["ReplacedBy", "TermStatus"], 9],
      ["2.0", ["Definition"], 7],
      ["1.0", "created", null],
    ]);
    expect(history[1]).toMatchObject({ editorId: 13, editorName: "Alex Okafor", definition: "B" });
  });

  it("tells a proposal's story: each status, with the comment made alongside it", () => {
    const versions = [
      { VersionLabel: "1.0", Created: "2026-01-01T10:00:00Z", EditorId: 11, ProposalStatus: "Suggested" },
      { VersionLabel: "2.0", Created: "2026-01-02T10:00:00Z", EditorId: 11, ProposalStatus: "In review" },
      { VersionLabel: "3.0", Created: "2026-01-03T10:00:00Z", EditorId: 13, ProposalStatus: "Sent back", ReviewComment: "Add the unit" },
      { VersionLabel: "4.0", Created: "2026-01-04T10:00:00Z", EditorId: 11, ProposalStatus: "In review", ReviewComment: "Add the unit" },
      { VersionLabel: "5.0", Created: "2026-01-05T10:00:00Z", EditorId: 13, ProposalStatus: "Sent back", ReviewComment: "And the source system" },
    ].map(versionFromWire);
    expect(proposalTimeline(versions).map((e) => [e.status, e.comment])).toEqual([
      ["Suggested", null],
      ["In review", null],
      ["Sent back", "Add the unit"],
      ["In review", null],
      ["Sent back", "And the source system"],
    ]);
  });
});

describe("work queues", () => {
  const proposal = (p: Partial<Proposal>): Proposal => ({ id: 1, status: "In review", kind: "New term", stewardId: null, ownerId: null, authorId: null, termId: null, ...p }) as Proposal;
  const term = (t: Partial<Term>): Term => ({ id: 1, status: "Approved", reviewDate: null, ownerId: null, ...t }) as Term;
  const today = new Date("2026-11-25T12:00:00Z");

  it("gives the owner of a term the changes to it, and the proposed owner a new term", () => {
    const proposals = [proposal({ id: 1, kind: "Change", termId: 5, ownerId: 99 }), proposal({ id: 2, kind: "New term", ownerId: 13 }), proposal({ id: 3, kind: "Change", termId: 6 })];
    const terms = [term({ id: 5, ownerId: 13 }), term({ id: 6, ownerId: 22 })];
    expect(workQueues(proposals, terms, { siteUserId: 13, isDataLead: false, canApprove: true }, today).toApprove.map((p) => p.id)).toEqual([1, 2]);
  });

  it("gives nothing to approve to someone without the approver role, even if named owner", () => {
    const proposals = [proposal({ id: 2, kind: "New term", ownerId: 11 })];
    expect(workQueues(proposals, [], { siteUserId: 11, isDataLead: false, canApprove: false }, today).toApprove).toEqual([]);
  });

  it("gives the steward what they draft, and flags the owner's terms past review", () => {
    const proposals = [proposal({ id: 4, status: "Sent back", stewardId: 11 }), proposal({ id: 5, status: "Suggested", stewardId: null })];
    const terms = [term({ id: 7, ownerId: 13, reviewDate: "2026-11-24T00:00:00Z" }), term({ id: 8, ownerId: 13, reviewDate: "2026-11-25T00:00:00Z" }), term({ id: 9, ownerId: 13, reviewDate: "2025-01-01T00:00:00Z", status: "Deprecated" })];
    expect(workQueues(proposals, terms, { siteUserId: 11, isDataLead: false, canApprove: false }, today).toDraft.map((p) => p.id)).toEqual([4]);
    const owner = workQueues(proposals, terms, { siteUserId: 13, isDataLead: false, canApprove: true }, today);
    expect(owner.overdue.map((t) => t.id)).toEqual([7]);
    expect(owner.unassigned.map((p) => p.id)).toEqual([5]);
  });
});
