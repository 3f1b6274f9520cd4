import { TRAINING_CAPABILITIES } from "../capabilities";
import { Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { ViewTabs } from "../../../core/ui/ViewTabs";
import { formatDateTime } from "../../../core/domain/format";
import { ConfirmDialog } from "../../../core/ui/ConfirmDialog";
import { useMemo, useState } from "react";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { CacheNote } from "../../../core/ui/CacheNote";
import type { ModulePageProps } from "../../../core/module";
import { cancelEnrolment, confirmMyCompletion, enrol, saveSurvey } from "../data/training-data";
import { cancelAndTellNext } from "../data/waiting-list-notice";
import { catalogueFiltersFromParams, type CatalogueFilters } from "../domain/catalogue";
import { toIcs } from "../../../core/domain/ics";
import { downloadFile } from "../../../core/ui/download";
import type { Course, Enrolment, Session, SurveyAnswers } from "../domain/training";
import { Catalogue } from "./Catalogue";
import { Figures } from "./Figures";
import { MyLearning } from "./MyLearning";
import { Pathways } from "./Pathways";
import { Register } from "./Register";
import { SurveyDialog } from "./SurveyDialog";
import { useTraining } from "./use-training";

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

type TabId = "catalogue" | "mine" | "pathways" | "figures" | "register";
const TAB_LABELS: Record<TabId, string> = { catalogue: "Catalogue", mine: "My learning", pathways: "Pathways", figures: "Figures", register: "Register" };

type SurveyRequest = { kind: "book"; session: Session; course: Course } | { kind: "pre" | "post"; enrolment: Enrolment; course: Course };


/** The training catalogue: courses, sessions, pathways, bookings, surveys and the figures behind them. */
export default function TrainingPage({ params }: ModulePageProps) {
  const styles = useStyles();
  const services = useServices();
  const { sp, person, capabilities } = services;
  const [teamsNote, setTeamsNote] = useState("");
  const now = useMemo(() => new Date(), []);
  const { state, derived } = useTraining(now);
  const [survey, setSurvey] = useState<SurveyRequest | null>(null);
  const [cancelling, setCancelling] = useState<Enrolment | null>(null);
  const [notice, setNotice] = useState("");
  const [failure, setFailure] = useState<unknown>(null);
  /** The session just booked: its booking text takes focus once the catalogue shows it (the button it replaces is gone). */
  const [justBooked, setJustBooked] = useState<number | null>(null);

  const tabs: TabId[] = ["catalogue", "mine", "pathways", ...(capabilities.has(TRAINING_CAPABILITIES.seeFigures) ? (["figures"] as const) : []), ...(capabilities.has(TRAINING_CAPABILITIES.keepRegister) ? (["register"] as const) : [])];
  const requested = params.get("tab") as TabId | null;
  const tab: TabId = requested && tabs.includes(requested) ? requested : "catalogue";
  const filters = catalogueFiltersFromParams(params);
  const go = (next: { tab?: TabId; filters?: CatalogueFilters }, options?: { replace?: boolean }) => {
    const f = next.filters ?? filters;
    const query: Record<string, string> = {};
    const t = next.tab ?? tab;
    if (t !== "catalogue") query.tab = t;
    if (f.search) query.q = f.search;
    for (const key of ["topic", "level", "format", "audience", "principle"] as const) if (f[key]) query[key] = f[key]!;
    navigate(routeHref("training", [], query), options);
  };

  const act = async (work: () => Promise<void>, done: string) => {
    setFailure(null);
    try {
      await work();
      // The notice is a live region that stays on screen through the reload: it is said once, from there.
      setNotice(done);
      state.reload();
    } catch (error) {
      setFailure(error);
    }
  };

  if (state.status === "loading") return <Loading label="Opening the training catalogue…" />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.reload} />;
  const data = state.value;
  const courseOf = (key: string) => data.courses.find((c) => c.key === key);

  const submitSurvey = async (answers: SurveyAnswers | null) => {
    if (!survey) return;
    if (survey.kind === "book") {
      const { placement } = await enrol(sp, survey.session, { siteUserId: data.siteUserId, service: person.profile.department }, answers);
      setJustBooked(survey.session.id);
      setSurvey(null);
      setNotice(placement.state === "Waitlisted" ? `The session is full: you are number ${placement.position} on the waiting list for ${survey.course.title}.` : `You have a place on ${survey.course.title}.`);
      state.reload();
      return;
    }
    await saveSurvey(sp, survey.enrolment, survey.kind, answers!);
    setSurvey(null);
    setNotice("Thank you: your ratings are saved.");
    state.reload();
  };

  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          Training
        </Title2>
        <Text as="p">Courses, sessions and pathways to build data skills across the council.</Text>
      </div>
      <ViewTabs label="Training views" selected={tab} onSelect={(value) => go({ tab: value })} tabs={tabs.map((t) => ({ value: t, label: TAB_LABELS[t] }))} />
      <Text role="status" aria-live="polite">
        {notice}
        {teamsNote && ` ${teamsNote}`}
      </Text>
      <CacheNote state={state} onRetry={state.reload} />
      {failure !== null && <ErrorState error={failure} />}
      {tab === "catalogue" && derived && (
        <Catalogue
          courses={data.courses}
          principles={data.principles}
          sessions={data.sessions}
          free={derived.free}
          mine={data.mine}
          placed={derived.placed}
          filters={filters}
          onFilters={(f, options) => go({ filters: f }, options)}
          onEnrol={(session, course) => setSurvey({ kind: "book", session, course })}
          focusBookingOf={justBooked}
          onBookingFocused={() => setJustBooked(null)}
        />
      )}
      {tab === "mine" && derived && (
        <MyLearning
          mine={data.mine}
          sessions={data.mySessions}
          courses={data.courses}
          placed={derived.placed}
          now={now}
          onCalendar={(e) => {
            const session = data.mySessions.get(e.sessionId)!;
            const course = courseOf(e.courseKey);
            downloadFile(`${e.courseKey}.ics`, "text/calendar;charset=utf-8", toIcs({ uid: `datahub-enrolment-${e.id}@datahub`, title: course?.title ?? session.title, start: session.start, end: session.end, location: session.meetingLink ?? session.location, description: course?.description ?? "" }, new Date()));
          }}
          onSurvey={(e, which) => {
            const course = courseOf(e.courseKey);
            if (course) setSurvey({ kind: which, enrolment: e, course });
          }}
          onComplete={(e) => void act(() => confirmMyCompletion(sp, e), "Marked as completed. Please rate your confidence now.")}
          onCancel={setCancelling}
        />
      )}
      {cancelling && (
        <ConfirmDialog
          title="Cancel this booking?"
          confirmLabel="Cancel my booking"
          keepLabel="Keep my booking"
          onClose={() => setCancelling(null)}
          onConfirm={() => {
            const booking = cancelling;
            setCancelling(null);
            const session = data.mySessions.get(booking.sessionId);
            void act(async () => {
              if (!session) return cancelEnrolment(sp, booking);
              const told = await cancelAndTellNext(services, booking, session);
              const problem = told.find((o) => o.outcome === "not-sent");
              if (problem?.outcome === "not-sent") setTeamsNote(problem.reason);
            }, "Your booking is cancelled; the place goes to the next person waiting.");
          }}
        >
          {(() => {
            const session = data.mySessions.get(cancelling.sessionId);
            const title = courseOf(cancelling.courseKey)?.title ?? cancelling.courseKey;
            return `${title}${session ? `, ${formatDateTime(session.start)}` : ""}. Your place goes to the next person waiting; to come after all, you would book again.`;
          })()}
        </ConfirmDialog>
      )}
      {tab === "pathways" && <Pathways pathways={data.pathways} courses={data.courses} mine={data.mine} />}
      {tab === "figures" && <Figures courses={data.courses} pathways={data.pathways} />}
      {tab === "register" && <Register courses={data.courses} now={now} />}
      {survey && (
        <SurveyDialog
          title={survey.kind === "post" ? `After ${survey.course.title}` : survey.kind === "pre" ? `Before ${survey.course.title}` : `Book ${survey.course.title}`}
          details={survey.kind === "book" ? `${formatDateTime(survey.session.start)}, ${survey.session.location ?? "place to be confirmed"}` : undefined}
          intro={survey.kind === "post" ? "How confident are you now? 1 is not confident, 5 is very confident." : "Before the course, how confident are you? 1 is not confident, 5 is very confident. This helps show what the training changes."}
          skills={survey.course.skills}
          initial={survey.kind === "pre" || survey.kind === "post" ? (survey.kind === "pre" ? survey.enrolment.pre : survey.enrolment.post) : null}
          submitLabel={survey.kind === "book" ? "Book with my ratings" : "Save my ratings"}
          skipLabel={survey.kind === "book" ? "Book, rate later" : undefined}
          onSubmit={submitSurvey}
          onClose={() => setSurvey(null)}
        />
      )}
    </div>
  );
}
