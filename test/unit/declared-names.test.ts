/**
 * A renamed or misspelt column must fail to compile wherever it is used. The `@ts-expect-error`
 * lines below are checked by `tsc` in the test line: if any of them stopped being an error (say the
 * typed helpers fell back to `string`), tsc would report the directive as unused and the run fails.
 * At run time the same helpers are checked to build what SharePoint expects.
 */
import type { ItemInput, RowOf, SelectName } from "../../manifest/items";
import type { ListQuery } from "../../src/core/data/lists";
import { filterFor } from "../../src/core/domain/odata";
import { ACTION_SELECT, type ActionItem } from "../../src/modules/actions/domain/action";
import { actionsList } from "../../src/modules/actions/lists";
import { coursesList } from "../../src/modules/training/lists";

const actions = filterFor(actionsList);

describe("columns named from the site declaration", () => {
  it("builds filters from declared columns with values of their kind, escaped", () => {
    expect(actions.eq("Service", "O'Neill & Sons")).toBe("Service eq 'O''Neill & Sons'");
    expect(actions.and(actions.eq("ActionOwnerId", 12), actions.isNull("PrincipleKey"))).toBe("ActionOwnerId eq 12 and PrincipleKey eq null");
    expect(actions.ge("DueDate", new Date("2026-11-25T00:00:00Z"))).toBe("DueDate ge datetime'2026-11-25T00:00:00Z'");
    expect(filterFor(coursesList).eq("Active", true)).toBe("Active eq 1");
    expect(() => actions.eq("PercentComplete", Number.POSITIVE_INFINITY)).toThrow(RangeError);

    // @ts-expect-error a column the Actions list does not declare
    actions.eq("LatestUpdates", "x");
    // @ts-expect-error a Number column compared with text
    actions.eq("PercentComplete", "50");
    // @ts-expect-error multi-line text cannot be filtered in SharePoint
    actions.eq("Detail", "x");
  });

  it("selects only declared columns and types the rows by them", () => {
    const select: SelectName<typeof actionsList>[] = [...ACTION_SELECT];
    expect(select).toContain("ActionOwner/EMail");
    const query: ListQuery<typeof actionsList, "Id" | "Status"> = { select: ["Id", "Status"], orderBy: [["DueDate", "asc"]] };
    expect(query.select).toEqual(["Id", "Status"]);

    // @ts-expect-error a column the Actions list does not declare
    const misspelt: SelectName<typeof actionsList> = "LatestUpdates";
    // @ts-expect-error a person's property that REST does not expand
    const notExpandable: SelectName<typeof actionsList> = "ActionOwner/Department";
    // @ts-expect-error sorting by an undeclared column
    const badSort: ListQuery<typeof actionsList, "Id"> = { select: ["Id"], orderBy: [["Priority", "asc"]] };
    expect([misspelt, notExpandable, badSort]).toHaveLength(3);
  });

  it("writes only declared columns with values of their kind", () => {
    const write: ItemInput<typeof actionsList> = { Title: "Publish the handbook", Status: "In progress", PercentComplete: 40, ActionOwnerId: 12 };
    expect(Object.keys(write)).toEqual(["Title", "Status", "PercentComplete", "ActionOwnerId"]);

    // @ts-expect-error a column the Actions list does not declare
    const misspelt: ItemInput<typeof actionsList> = { LatestUpdates: "x" };
    // @ts-expect-error a person column is written as its id, ActionOwnerId
    const asName: ItemInput<typeof actionsList> = { ActionOwner: 12 };
    // @ts-expect-error a Number column written as text
    const asText: ItemInput<typeof actionsList> = { PercentComplete: "40" };
    expect([misspelt, asName, asText]).toHaveLength(3);
  });

  it("maps rows by the columns selected, so a column not read cannot be used", () => {
    const row = { Id: 1, Status: "Complete" } as RowOf<typeof actionsList, "Id" | "Status">;
    expect(row.Status).toBe("Complete");
    // @ts-expect-error DueDate was not selected
    expect(row.DueDate).toBeUndefined();
    const item = {} as ActionItem;
    // @ts-expect-error the tracker's rows have no such column
    expect(item.LatestUpdates).toBeUndefined();
  });
});
