import type { WorkItem } from "../../src/core/domain/work";
import { deepLinkRoute } from "../../src/hosts/teams/tab-context";
import { actionAssignedEvent, activityRequest, approvalNeededEvent, afterDuplicate, notSentReason, remindersDue, waitingListPlaceEvent } from "../../src/modules/my-work/domain/notifications";

const today = new Date("2026-12-02T09:00:00Z");
const item = (over: Partial<WorkItem>): WorkItem => ({ key: "k", moduleId: "assets", kind: "review", title: "Council tax register", route: "assets/abc", due: null, overdue: false, ...over });

describe("Teams notifications (my-work/domain/notifications.ts)", () => {
  it("after a refused duplicate: a sent event is settled, one being sent is left alone, a failed one may be taken over", () => {
    expect(afterDuplicate({ status: "Sent" })).toBe("already-sent");
    expect(afterDuplicate({ status: "Sending" })).toBe("in-progress");
    expect(afterDuplicate({ status: "Failed" })).toBe("take-over");
    // The row is not readable yet (or was removed): never risk a second send.
    expect(afterDuplicate(null)).toBe("in-progress");
  });

  it("keys an assignment by action, saved version and assignee, so a retry has the same key and a new assignment a new one", () => {
    const first = actionAssignedEvent({ id: 12, title: "Publish the handbook", version: '"3"' }, "Sam.Patel@hbc.example");
    expect(first.key).toBe(actionAssignedEvent({ id: 12, title: "Renamed", version: '"3"' }, "sam.patel@hbc.example").key);
    expect(first.key).not.toBe(actionAssignedEvent({ id: 12, title: "Publish the handbook", version: '"5"' }, "sam.patel@hbc.example").key);
    expect(first.route).toBe("actions/12");
    expect(waitingListPlaceEvent({ id: 4, sessionTitle: "Excel basics" }, "a@b").key.length).toBeLessThanOrEqual(255);
  });

  it("builds Graph's request: a text topic with a Teams deep link to the Data tab carrying the route as subPageId", () => {
    const body = activityRequest(actionAssignedEvent({ id: 12, title: "Publish the handbook", version: "1" }, "a@b"), "app-1");
    expect(body.activityType).toBe("actionAssigned");
    expect(body.topic.source).toBe("text");
    const url = new URL(body.topic.webUrl);
    expect(url.origin + url.pathname).toBe("https://teams.microsoft.com/l/entity/app-1/hub");
    expect(JSON.parse(url.searchParams.get("context")!)).toEqual({ subEntityId: "actions/12" });
    expect(body.templateParameters).toEqual([{ name: "actionTitle", value: "Publish the handbook" }]);
  });

  it("reminds of dated things to do within 7 days or overdue, once per item and due date, never of what is only coming up", () => {
    const events = remindersDue(
      [
        item({ key: "soon", due: "2026-12-09" }),
        item({ key: "later", due: "2026-12-10" }),
        item({ key: "late", due: "2026-11-20", overdue: true }),
        item({ key: "undated" }),
        item({ key: "course", kind: "coming-up", due: "2026-12-03" }),
      ],
      "me@hbc.example",
      today,
    );
    expect(events.map((e) => e.parameters)).toEqual([
      { itemTitle: "Council tax register", dueDate: "09/12/2026" },
      { itemTitle: "Council tax register", dueDate: "20/11/2026" },
    ]);
    expect(events[1]!.text).toBe("Council tax register was due 20/11/2026");
    expect(new Set(events.map((e) => e.key)).size).toBe(2);
  });

  it("explains a refusal in plain words", () => {
    expect(notSentReason(403, "Sam Patel")).toMatch(/consent to the “TeamsActivity.Send” permission/);
    expect(notSentReason(404, "Sam Patel")).toMatch(/could not be found/);
  });

  it("opens where the Teams tab accepts a deep link: every event's route is a plain route the tab takes from subPageId", () => {
    const events = [
      actionAssignedEvent({ id: 12, title: "A", version: "1" }, "a@b"),
      approvalNeededEvent({ id: 7, title: "B", version: "1" }, "a@b"),
      waitingListPlaceEvent({ id: 3, sessionTitle: "C" }, "a@b"),
      ...remindersDue([item({ due: "2026-12-03", route: "kpis/return/revenue-outturn" })], "a@b", today),
    ];
    for (const event of events) {
      const subPageId = (JSON.parse(new URL(activityRequest(event, "app").topic.webUrl).searchParams.get("context")!) as { subEntityId: string }).subEntityId;
      expect(deepLinkRoute(subPageId)).toBe(`#/${event.route}`);
    }
  });
});
