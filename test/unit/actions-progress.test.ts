import type { ItemVersion } from "../../src/core/domain/versions";
import { MAX_NOTE_LENGTH, noteProblem, progressFromVersions } from "../../src/modules/actions/domain/progress";

const version = (label: string, values: Record<string, unknown>, editorName = "Jordan Reid"): ItemVersion => ({ label, saved: `2026-11-0${label[0]}T10:00:00Z`, editorId: 14, editorName, values });

describe("an action's progress history from its versions", () => {
  it("is one update per version that changed the note, newest first, with who saved it", () => {
    const versions = [
      version("4.0", { LatestUpdate: "Draft circulated", Status: "In progress", PercentComplete: 40 }, "Morgan Ellis"),
      version("3.0", { LatestUpdate: "Scoping agreed", Status: "In progress", PercentComplete: 20 }),
      version("2.0", { LatestUpdate: "Scoping agreed", Status: "In progress", PercentComplete: 10 }),
      version("1.0", { LatestUpdate: null, Status: "Not started", PercentComplete: 0 }),
    ];
    expect(progressFromVersions(versions)).toEqual([
      { version: "4.0", note: "Draft circulated", statusAfter: "In progress", percentAfter: 40, created: "2026-11-04T10:00:00Z", author: "Morgan Ellis" },
      { version: "2.0", note: "Scoping agreed", statusAfter: "In progress", percentAfter: 10, created: "2026-11-02T10:00:00Z", author: "Jordan Reid" },
    ]);
  });

  it("tolerates values it cannot read", () => {
    expect(progressFromVersions([version("1.0", { LatestUpdate: "Started", Status: "Pwned", PercentComplete: "n/a" })])).toEqual([
      expect.objectContaining({ note: "Started", statusAfter: null, percentAfter: null }),
    ]);
  });

  it("asks for a note, and keeps it to a few paragraphs", () => {
    expect(noteProblem("   ")).toMatch(/Write what has happened/);
    expect(noteProblem("x".repeat(MAX_NOTE_LENGTH))).toBeUndefined();
    expect(noteProblem("x".repeat(MAX_NOTE_LENGTH + 1))).toMatch(/2,000 characters/);
  });
});
