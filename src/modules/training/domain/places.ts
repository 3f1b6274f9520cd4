import type { Enrolment } from "./training";

export type Placement = { state: "Enrolled" } | { state: "Waitlisted"; position: number } | { state: "Cancelled" } | { state: "Completed" };

/**
 * Who has a place: active bookings take places in the order they were made (SharePoint item
 * ids only grow), so everyone reading the list agrees, and two people booking the last place at
 * the same moment cannot both get it. Completed bookings keep their place.
 */
export function placements(enrolments: readonly Pick<Enrolment, "id" | "state">[], capacity: number): Map<number, Placement> {
  const result = new Map<number, Placement>();
  let taken = 0;
  let waiting = 0;
  for (const e of [...enrolments].sort((a, b) => a.id - b.id)) {
    if (e.state === "Cancelled") {
      result.set(e.id, { state: "Cancelled" });
      continue;
    }
    if (taken < capacity) {
      taken++;
      result.set(e.id, e.state === "Completed" ? { state: "Completed" } : { state: "Enrolled" });
    } else {
      result.set(e.id, { state: "Waitlisted", position: ++waiting });
    }
  }
  return result;
}

export function freePlaces(enrolments: readonly Pick<Enrolment, "id" | "state">[], capacity: number): number {
  const active = enrolments.filter((e) => e.state !== "Cancelled").length;
  return Math.max(0, capacity - active);
}
