import type { ItemInput } from "../../../manifest/items";
import { type SampleContext, seedList } from "../../core/module";
import { CHANNEL_SETTING_KEY, decisionsList, meetingsList, mentoringList, pilotsList, questionsList, sessionsList, settingsList, storiesList, lessonsList } from "./lists";

const DAY_MS = 86_400_000;

/**
 * The local tenant's focus group team and channel (tenant/src/graph/channel.ts, which app code may not
 * import; test/integration/focus-group.test.ts checks they agree), so sharing works in local mode.
 */
export const LOCAL_FOCUS_GROUP_CHANNEL = { teamId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", channelId: "19:datafocusgroup0000000000000000@thread.tacv2" };

/**
 * Local mode's SAMPLE content: stories, sessions, meetings, decisions, pilots, a question, a lesson and
 * a mentoring offer, dated from today and labelled SAMPLE in their titles. None of it is the
 * council's; provisioning never adds it to a real site.
 */
export function samples({ today }: SampleContext) {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const day = (offset: number) => new Date(startOfToday + offset * DAY_MS).toISOString().replace(/\.\d{3}Z$/, "Z");
  return [
    seedList(storiesList, (): ItemInput<typeof storiesList>[] => [
      {
        Title: "SAMPLE: A call reasons dashboard shortened the phone queue",
        WhatChanged: "Customer Services looked at why people call, week by week, and moved two advisers to the busiest hour. (Sample story for local mode.)",
        DataUsed: "Call reasons logged by advisers; the telephony system's queue times.",
        ImpactValue: 12,
        ImpactUnit: "hours a month of waiting saved",
        ImpactDescription: "Callers wait less at the Monday morning peak.",
        Service: "Customer Services",
        PrincipleKey: "data-literacy",
        People: "Customer Services team (sample)",
        StoryDate: day(-40),
      },
      {
        Title: "SAMPLE: One address list for two services",
        WhatChanged: "Two services matched their address records on UPRN instead of keeping separate lists. (Sample story for local mode.)",
        DataUsed: "Both services' address records, matched on UPRN.",
        ImpactValue: 350,
        ImpactUnit: "duplicate records removed",
        Service: "Digital",
        PrincipleKey: "data-standards",
        StoryDate: day(-21),
      },
      {
        Title: "SAMPLE: Subject access requests answered sooner",
        WhatChanged: "A weekly view of open requests shows which are close to their deadline. (Sample story for local mode.)",
        ImpactDescription: "Fewer requests run close to the statutory deadline.",
        Service: "Information Governance",
        PrincipleKey: "data-ethics",
        StoryDate: day(-7),
      },
    ]),
    seedList(meetingsList, (): ItemInput<typeof meetingsList>[] => [
      { Title: "SAMPLE: Data focus group meeting", MeetingDate: day(-30), Agenda: "Welcome and terms of reference\nWhere can data be joined up?\nData share sessions for the year", Notes: "Sample notes for local mode: the group agreed to meet monthly.", Attendees: "Sample member one\nSample member two\nSample member three" },
      { Title: "SAMPLE: Data focus group meeting", MeetingDate: day(30), Agenda: "Success stories to celebrate\nPilots: what have we learnt?" },
    ]),
    seedList(sessionsList, (): ItemInput<typeof sessionsList>[] => [
      { Title: "SAMPLE: What our call data tells us", Presenter: "Customer Services (sample)", Service: "Customer Services", SessionDate: day(-45), Attendance: 18, Summary: "Sample session for local mode." },
      { Title: "SAMPLE: Getting started with address matching", Presenter: "Digital (sample)", Service: "Digital", SessionDate: day(-12), Attendance: 11 },
      { Title: "SAMPLE: Handling personal data in dashboards", Presenter: "Information Governance (sample)", Service: "Information Governance", SessionDate: day(14) },
    ]),
    seedList(decisionsList, (): ItemInput<typeof decisionsList>[] => [
      { Title: "SAMPLE: Move advisers to the Monday peak", DecisionDate: day(-50), DecisionKind: "Officer", DecisionMaker: "Customer Services Manager (sample)", EvidenceDatasets: "Call reasons (sample)", NoEvidence: false },
      { Title: "SAMPLE: Adopt UPRN as the address key", DecisionDate: day(-35), DecisionKind: "Committee", DecisionMaker: "Sample committee", Report: "Sample report on address data", EvidenceDatasets: "Address records (sample)", EvidenceKpis: "Duplicate address records (sample)", NoEvidence: false },
      { Title: "SAMPLE: Renew a software licence", DecisionDate: day(-20), DecisionKind: "Officer", DecisionMaker: "Head of Digital (sample)", NoEvidence: true },
    ]),
    seedList(pilotsList, (): ItemInput<typeof pilotsList>[] => [
      { Title: "SAMPLE: Text reminders before bulky waste collections", Hypothesis: "If residents get a text the day before, fewer collections are missed. (Sample pilot.)", SuccessMeasure: "Missed collections down by a quarter over three months.", Status: "Running", Service: "Customer Services", StartedOn: day(-25) },
      { Title: "SAMPLE: Automated checks on new address records", Hypothesis: "If new records are checked as they are entered, fewer duplicates reach the list. (Sample pilot.)", SuccessMeasure: "No new duplicates in a month.", Status: "Proposed", Service: "Digital" },
    ]),
    seedList(questionsList, (): ItemInput<typeof questionsList>[] => [
      { Title: "SAMPLE: Where could data be joined up between services?", Kind: "Question", Detail: "Sample question for local mode.", Status: "Open" },
      { Title: "SAMPLE: Could the data dictionary show who to ask about a term?", Kind: "Suggestion", Status: "Answered", Answer: "Sample answer: each term names its steward.", AnsweredAt: day(-3) },
    ]),
    seedList(lessonsList, (): ItemInput<typeof lessonsList>[] => [
      { Title: "SAMPLE: Agree definitions before building the dashboard", Lesson: "Two teams counted calls differently; agreeing the definition first saved rework. (Sample lesson.)", Topics: "dashboards; data dictionary", Service: "Customer Services" },
    ]),
    seedList(mentoringList, (): ItemInput<typeof mentoringList>[] => [
      { Title: "SAMPLE: Getting started with Power BI", Kind: "Offer", Topics: "Power BI; dashboards", Detail: "Sample offer for local mode.", Status: "Open" },
    ]),
    seedList(settingsList, (): ItemInput<typeof settingsList>[] => [
      { Title: "The focus group's Teams channel", SettingKey: CHANNEL_SETTING_KEY, ...LOCAL_FOCUS_GROUP_CHANNEL, ChannelName: "Data focus group (SAMPLE: the local tenant's channel)" },
    ]),
  ];
}
