import type { MeasureDefinition, MeasureFigure, MeasurePeriod } from "../../../core/domain/measures";
import { plural } from "../../../core/domain/format";
import { type Decision, evidenceShare, isEvidenceBacked } from "./decision";
import type { Meeting } from "./meeting";
import type { Pilot } from "./pilot";
import { ANSWERED_STATUSES, type Question } from "./question";
import type { DataShareSession } from "./session";
import type { Story } from "./story";

/** What the focus group's figures are computed from: its records, read once, and the day they were read. */
export interface FocusGroupData {
  stories: readonly Story[];
  meetings: readonly Meeting[];
  sessions: readonly DataShareSession[];
  questions: readonly Question[];
  decisions: readonly Decision[];
  pilots: readonly Pilot[];
  /** "2026-11-25": meetings and sessions dated after it have not been held yet. */
  asOf: string;
}

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : "");
const within = (value: string | null | undefined, period: MeasurePeriod) => {
  const d = day(value);
  return d !== "" && d >= period.start && d <= period.end;
};
/** Held: dated in the period and not after the day the data was read. */
const held = (value: string, period: MeasurePeriod, asOf: string) => within(value, period) && day(value) <= asOf;

/** Counts per label, busiest first, then by name. */
function breakdownBy<T>(rows: readonly T[], label: (row: T) => string): { label: string; value: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(label(row), (counts.get(label(row)) ?? 0) + 1);
  return [...counts].map(([l, value]) => ({ label: l, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "en-GB"));
}

const serviceOf = (s: { service: string | null }) => s.service?.trim() || "No service given";

export const FOCUS_GROUP_FIGURES: readonly MeasureDefinition<FocusGroupData>[] = [
  {
    measureKey: "data-literacy-m9",
    id: "focus-group.stories",
    label: "Success stories recorded",
    method: "Success stories added to the SuccessStories list in the period, by service.",
    unit: "count",
    better: "higher",
    compute: (data, period): MeasureFigure => {
      const recorded = data.stories.filter((s) => within(s.created, period));
      // Shared by the end of the period: a later post is the next period's recognition.
      const shared = recorded.filter((s) => s.share.messageId && day(s.share.at) !== "" && day(s.share.at) <= period.end).length;
      return { value: recorded.length, basis: `${plural(recorded.length, "story", "stories")} recorded, ${shared} of them shared to the focus group's channel`, breakdown: breakdownBy(recorded, serviceOf) };
    },
  },
  {
    measureKey: "data-leadership-m5",
    id: "focus-group.successes-shared",
    label: "Successes shared with the focus group",
    method: "Success stories posted to the focus group's Teams channel in the period (the post's date), split by whether the story counts its impact.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const shared = data.stories.filter((s) => s.share.messageId && within(s.share.at, period));
      const measured = shared.filter((s) => s.impactValue !== null).length;
      return {
        value: shared.length,
        basis: `${plural(shared.length, "story", "stories")} shared to Teams; ${measured} with a measured impact`,
        breakdown: [
          { label: "With a measured impact", value: measured },
          { label: "Impact in words only", value: shared.length - measured },
        ],
      };
    },
  },
  {
    measureKey: "data-ethics-m8",
    id: "focus-group.meetings",
    label: "Data focus group meetings held",
    method: "Meetings in the FocusGroupMeetings list dated in the period, up to the day the figures were read.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const meetings = data.meetings.filter((m) => held(m.date, period, data.asOf));
      const planned = data.meetings.filter((m) => within(m.date, period) && day(m.date) > data.asOf).length;
      return { value: meetings.length, basis: `${plural(meetings.length, "meeting")} held${planned ? `; ${planned} more planned in the period` : ""}` };
    },
  },
  {
    measureKey: "data-literacy-m8",
    id: "focus-group.data-share-sessions",
    label: "Data share sessions held",
    method: "Sessions in the DataShareSessions list dated in the period, up to the day the figures were read; by presenting service.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const sessions = data.sessions.filter((s) => held(s.date, period, data.asOf));
      return { value: sessions.length, basis: `${plural(sessions.length, "session")} held`, breakdown: breakdownBy(sessions, serviceOf) };
    },
  },
  {
    measureKey: "data-literacy-m8",
    id: "focus-group.session-attendance",
    label: "Attendance at data share sessions",
    method: "The attendance recorded for sessions held in the period; sessions with no attendance recorded are named in the basis, not counted as 0.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const sessions = data.sessions.filter((s) => held(s.date, period, data.asOf));
      const recorded = sessions.filter((s) => s.attendance !== null);
      const total = recorded.reduce((sum, s) => sum + (s.attendance ?? 0), 0);
      const missing = sessions.length - recorded.length;
      return { value: recorded.length ? total : null, basis: `${plural(total, "attendee")} at ${plural(recorded.length, "session")}${missing ? `; ${plural(missing, "session")} without attendance recorded` : ""}` };
    },
  },
  {
    measureKey: "data-literacy-m10",
    id: "focus-group.questions-answered",
    label: "Data questions and suggestions answered",
    method: "Questions and suggestions in the DataQuestions list answered (or closed as not taken forward, with the reason) in the period.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const answered = data.questions.filter((q) => ANSWERED_STATUSES.includes(q.status) && within(q.answeredAt, period));
      const asked = data.questions.filter((q) => within(q.created, period)).length;
      const open = data.questions.filter((q) => !ANSWERED_STATUSES.includes(q.status) && day(q.created) <= period.end).length;
      return { value: answered.length, basis: `${answered.length} answered; ${asked} asked in the period; ${open} still open` };
    },
  },
  {
    measureKey: "data-leadership-m2",
    id: "focus-group.decisions-evidence",
    label: "Decisions backed by evidence",
    method: "Decisions in the DataDecisions list dated in the period that name at least one dataset, dashboard or KPI, as a share of all decisions logged for the period; by committee and officer decisions.",
    unit: "percent",
    better: "higher",
    compute: (data, period) => {
      const share = evidenceShare(data.decisions, period);
      const kind = (k: Decision["kind"]) => evidenceShare(data.decisions.filter((d) => d.kind === k), period).percent;
      return {
        value: share.percent,
        basis: `${share.backed} of ${plural(share.total, "decision")} backed by evidence`,
        breakdown: [
          { label: "Committee decisions", value: kind("Committee") },
          { label: "Officer decisions", value: kind("Officer") },
        ],
      };
    },
  },
  {
    measureKey: "data-literacy-m4",
    id: "focus-group.data-driven-decisions",
    label: "Data-driven decisions logged",
    method: "Decisions in the DataDecisions list dated in the period that name at least one dataset, dashboard or KPI.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const logged = data.decisions.filter((d) => within(d.date, period));
      const backed = logged.filter(isEvidenceBacked);
      return { value: backed.length, basis: `${backed.length} of ${plural(logged.length, "decision")} logged used data evidence` };
    },
  },
  {
    measureKey: "data-leadership-m7",
    id: "focus-group.pilots-initiated",
    label: "Pilots initiated",
    method: "Pilots in the DataPilots list that started in the period, by where they stand now.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const started = data.pilots.filter((p) => within(p.startedOn, period));
      return { value: started.length, basis: `${plural(started.length, "pilot")} started`, breakdown: (["Running", "Scaled", "Stopped"] as const).map((status) => ({ label: status, value: started.filter((p) => p.status === status).length })) };
    },
  },
  {
    measureKey: "data-leadership-m7",
    id: "focus-group.pilots-scaled",
    label: "Pilots scaled",
    method: "Pilots in the DataPilots list marked scaled with a scaling date in the period.",
    unit: "count",
    better: "higher",
    compute: (data, period) => {
      const scaled = data.pilots.filter((p) => p.status === "Scaled" && within(p.endedOn, period));
      const stopped = data.pilots.filter((p) => p.status === "Stopped" && within(p.endedOn, period)).length;
      return { value: scaled.length, basis: `${plural(scaled.length, "pilot")} scaled; ${stopped} stopped with lessons recorded` };
    },
  },
];
