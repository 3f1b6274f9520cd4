import type { ModuleMeasures } from "../../core/module";
import { loadRecords } from "./data/records-data";
import { decisionKind } from "./domain/decision";
import { meetingKind } from "./domain/meeting";
import { pilotKind } from "./domain/pilot";
import { questionKind } from "./domain/question";
import { sessionKind } from "./domain/session";
import { storyKind } from "./domain/story";
import { FOCUS_GROUP_FIGURES, type FocusGroupData } from "./domain/strategy-figures";

/** The focus group's figures for the strategy measures: its records, read once (threshold-safe, any size). */
export const measures: ModuleMeasures<FocusGroupData> = {
  load: async ({ sp }) => {
    const [stories, meetings, sessions, questions, decisions, pilots] = await Promise.all([
      loadRecords(sp, storyKind),
      loadRecords(sp, meetingKind),
      loadRecords(sp, sessionKind),
      loadRecords(sp, questionKind),
      loadRecords(sp, decisionKind),
      loadRecords(sp, pilotKind),
    ]);
    // Meetings and sessions count as held up to today: the one reading of the clock, here at the edge.
    return { stories, meetings, sessions, questions, decisions, pilots, asOf: new Date().toISOString().slice(0, 10) };
  },
  figures: FOCUS_GROUP_FIGURES,
};
