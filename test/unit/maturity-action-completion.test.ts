import { describe, expect, it } from "@jest/globals";
import { completedOnFromVersions } from "../../src/modules/actions";

describe("when an improvement action was completed, from its version history", () => {
  it("is the save that made it Complete, when it has stayed Complete since", () => {
    expect(
      completedOnFromVersions([
        { saved: "2026-03-01T09:00:00Z", status: "Not started" },
        { saved: "2026-05-10T09:00:00Z", status: "Complete" },
        { saved: "2026-04-02T09:00:00Z", status: "In progress" },
        { saved: "2026-06-01T09:00:00Z", status: "Complete" },
      ]),
    ).toBe("2026-05-10T09:00:00Z");
  });

  it("is the latest completion when it was reopened and completed again", () => {
    expect(
      completedOnFromVersions([
        { saved: "2026-01-01T09:00:00Z", status: "Complete" },
        { saved: "2026-02-01T09:00:00Z", status: "In progress" },
        { saved: "2026-03-01T09:00:00Z", status: "Complete" },
      ]),
    ).toBe("2026-03-01T09:00:00Z");
  });

  it("is null while it is not Complete, and for no history", () => {
    expect(completedOnFromVersions([{ saved: "2026-01-01T09:00:00Z", status: "Complete" }, { saved: "2026-02-01T09:00:00Z", status: "Blocked" }])).toBeNull();
    expect(completedOnFromVersions([])).toBeNull();
  });
});
