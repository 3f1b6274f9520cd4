import { Text, Title2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { currentSiteUserId } from "../../../core/data/people";
import type { ModulePageProps } from "../../../core/module";
import { useServices } from "../../../core/ui/services";
import { useAsync } from "../../../core/ui/use-async";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { isoDay } from "../domain/form";
import { DecisionsSection } from "./DecisionsSection";
import { FiguresSection } from "./FiguresSection";
import { LearningSection } from "./LearningSection";
import { MeetingDetail, MeetingsSection } from "./MeetingsSection";
import { type SectionId, SECTIONS, sectionHref } from "./parts";
import { PilotsSection } from "./PilotsSection";
import { QuestionsSection } from "./QuestionsSection";
import type { SectionProps } from "./section-props";
import { SessionsSection } from "./SessionsSection";
import { SettingsSection } from "./SettingsSection";
import { StoriesSection, StoryDetail } from "./StoriesSection";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  navList: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  navLink: {
    display: "inline-flex",
    alignItems: "center",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    textDecorationLine: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    ":hover": { color: tokens.colorNeutralForeground1Selected },
  },
});

const isId = (text: string | undefined) => text !== undefined && /^\d+$/.test(text);

/**
 * The data focus group's working space: `#/focus-group/<section>[/<id>]`. In the group's shared
 * channel it is the channel tab (the configuration page offers it); stories shared from there go to
 * that channel.
 */
export default function FocusGroupPage({ rest }: ModulePageProps) {
  const styles = useStyles();
  const { sp, capabilities } = useServices();
  const me = useAsync(() => currentSiteUserId(sp), [sp]);
  const today = useMemo(() => isoDay(new Date()), []);
  const sections = SECTIONS.filter((s) => s.id !== "settings" || capabilities.has(FOCUS_GROUP_CAPABILITIES.configure));
  const section: SectionId = sections.some((s) => s.id === rest[0]) ? (rest[0] as SectionId) : "stories";
  const props: SectionProps = { me: me.status === "ready" ? me.value : null, today };
  const id = isId(rest[1]) ? Number(rest[1]) : null;

  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          Focus group
        </Title2>
        <Text as="p">The data focus group: success stories, lessons learnt, mentoring, data share sessions, and where data can be joined up.</Text>
      </div>
      <nav aria-label="Focus group">
        <ul className={styles.navList}>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={sectionHref(s.id)} className={mergeClasses(styles.navLink, s.id === section && styles.current)} aria-current={s.id === section ? "page" : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {section === "stories" && (id !== null ? <StoryDetail key={id} id={id} {...props} /> : <StoriesSection {...props} />)}
      {section === "meetings" && (id !== null ? <MeetingDetail key={id} id={id} {...props} /> : <MeetingsSection {...props} />)}
      {section === "sessions" && <SessionsSection {...props} />}
      {section === "learning" && <LearningSection {...props} />}
      {section === "questions" && <QuestionsSection {...props} />}
      {section === "decisions" && <DecisionsSection {...props} />}
      {section === "pilots" && <PilotsSection {...props} />}
      {section === "figures" && <FiguresSection {...props} />}
      {section === "settings" && <SettingsSection />}
    </div>
  );
}
