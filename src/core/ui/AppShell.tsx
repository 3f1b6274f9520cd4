import { Button, Link, Text, Title2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Dismiss24Regular, Navigation24Regular } from "@fluentui/react-icons";
import { type ReactNode, Suspense, useEffect, useRef, useState } from "react";
import type { ModuleDefinition } from "../module";
import { AnnouncerProvider } from "./announcer";
import { useFocusHeadingOnNavigate } from "./focus";
import { WorkCount } from "./WorkCount";
import { pageFor } from "./module-pages";
import { ModuleErrorBoundary } from "./ModuleErrorBoundary";
import { ModulesProvider } from "./modules-context";
import { routeHref, useRoute } from "./router";
import { useServices } from "./services";
import { useMediaQuery } from "./use-media-query";
import { Loading } from "./states";
import { THEME_LABELS, type ThemeName } from "./theme";
import { initialsOf } from "../domain/format";

/** Below this width (a Teams mobile tab, a narrow window) the navigation folds into a menu. */
const NARROW_QUERY = "(max-width: 640px)";
const NARROW = `@media ${NARROW_QUERY}`;

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1, minWidth: 0 },
  skip: {
    position: "absolute",
    left: "-10000px",
    top: "auto",
    ":focus": { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 10, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
    [NARROW]: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, gap: tokens.spacingHorizontalS, flexWrap: "nowrap" },
  },
  brand: { flexGrow: 1 },
  menuButton: { display: "none", [NARROW]: { display: "inline-flex" } },
  // The theme choice, the host's extras and the person: in the header when there is room, in the menu when not.
  tools: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap", [NARROW]: { display: "none" } },
  menuTools: { display: "none", [NARROW]: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM } },
  person: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  personName: { overflowWrap: "anywhere" },
  // The person's initials in a circle: what Fluent's Avatar shows without a photo, in a few lines.
  initials: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "28px",
    height: "28px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  themeSelect: {
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { borderTopColor: tokens.colorNeutralStroke1Hover, borderRightColor: tokens.colorNeutralStroke1Hover, borderLeftColor: tokens.colorNeutralStroke1Hover, borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  body: { display: "flex", flexGrow: 1, minWidth: 0, [NARROW]: { flexDirection: "column" } },
  nav: {
    width: "15rem",
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: { width: "auto", borderRight: "none", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, display: "none" },
  },
  navOpen: { [NARROW]: { display: "block" } },
  navList: { listStyleType: "none", margin: 0, padding: tokens.spacingVerticalS },
  navLink: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "none",
    minHeight: "24px",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  // Selected background and text are a pair: in high contrast the background is cyan and the text must be black.
  navCurrent: { backgroundColor: tokens.colorNeutralBackground1Selected, color: tokens.colorNeutralForeground1Selected, ":hover": { color: tokens.colorNeutralForeground1Selected }, fontWeight: tokens.fontWeightSemibold, borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}` },
  main: {
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalXL,
    [NARROW]: { padding: tokens.spacingHorizontalM },
    ":focus": { outline: "none" },
    // Long words from lists (a pasted URL, a long proposal title) wrap instead of widening the page.
    overflowWrap: "anywhere",
    // Links show where focus is with a clear outline, not only a thin underline (WCAG 2.4.7, 2.4.13).
    "& a:focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px", borderRadius: tokens.borderRadiusSmall },
    "& h1:focus": { outline: "none" },
  },
  notFound: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface AppShellProps {
  /** The hub's modules, in navigation order (the host passes `MODULES`). */
  modules: readonly ModuleDefinition[];
  themeName: ThemeName;
  /** Absent in Teams, where Teams decides the theme. */
  onThemeChange?: (theme: ThemeName) => void;
  /** Extra header content from the host (local mode's persona switcher, a sign-out button). */
  headerExtra?: ReactNode;
}

function NotFound() {
  const styles = useStyles();
  return (
    <div className={styles.notFound}>
      <Title2 as="h1">Page not found</Title2>
      <Text as="p">There is no page at this address: the link may be broken or out of date.</Text>
      <Text as="p">
        <Link href={routeHref("")}>Go to Home</Link>
      </Text>
    </div>
  );
}

/** Navigation to every module, the signed-in person, and the current module's page. */
export function AppShell({ modules, themeName, onThemeChange, headerExtra }: AppShellProps) {
  const styles = useStyles();
  const route = useRoute();
  const { person } = useServices();
  const module = modules.find((m) => m.id === route.moduleId);
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  // The header's tools live in one place at a time: the header when there is room, the menu when not.
  const narrow = useMediaQuery(NARROW_QUERY);
  const [menuOpen, setMenuOpen] = useState(false);
  const Page = module ? pageFor(module) : undefined;
  useFocusHeadingOnNavigate(`${route.moduleId}/${route.rest.join("/")}`, main);

  useEffect(() => {
    document.title = module && module.id ? `${module.title} – Data Hub` : "Data Hub";
    // Choosing a page closes the menu.
    setMenuOpen(false);
  }, [module]);

  const themeChoice = onThemeChange && (
    // A plain select: three fixed choices need no custom listbox, and the first screen carries no code for one.
    <select className={styles.themeSelect} aria-label="Theme" value={themeName} onChange={(event) => onThemeChange(event.target.value as ThemeName)}>
      {(Object.keys(THEME_LABELS) as ThemeName[]).map((t) => (
        <option key={t} value={t}>
          {THEME_LABELS[t]}
        </option>
      ))}
    </select>
  );
  const personBadge = (
    <span className={styles.person}>
      <span className={styles.initials} aria-hidden>
        {initialsOf(person.profile.displayName)}
      </span>
      <Text className={styles.personName}>{person.profile.displayName}</Text>
    </span>
  );

  return (
    <ModulesProvider modules={modules}>
      <AnnouncerProvider>
        <div className={styles.root}>
          <a className={styles.skip} href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
            Skip to main content
          </a>
          <header className={styles.header}>
            <Text as="span" weight="semibold" size={500} className={styles.brand}>
              Data Hub
            </Text>
            {!narrow && (
              <div className={styles.tools}>
                {themeChoice}
                {headerExtra}
                {personBadge}
              </div>
            )}
            <Button
              ref={menuButton}
              className={styles.menuButton}
              appearance="subtle"
              icon={menuOpen ? <Dismiss24Regular /> : <Navigation24Regular />}
              aria-expanded={menuOpen}
              aria-controls="hub-navigation"
              onClick={() => setMenuOpen((open) => !open)}
            >
              Menu
            </Button>
          </header>
          <div className={styles.body}>
            <nav
              id="hub-navigation"
              className={mergeClasses(styles.nav, menuOpen && styles.navOpen)}
              aria-label="Data Hub"
              onKeyDown={(e) => {
                if (e.key === "Escape" && menuOpen) {
                  setMenuOpen(false);
                  menuButton.current?.focus();
                }
              }}
            >
              <ul className={styles.navList}>
                {modules.map((m) => {
                  const current = m.id === (module?.id ?? null);
                  const Icon = m.icon;
                  return (
                    <li key={m.id || "home"}>
                      <a href={routeHref(m.id)} className={mergeClasses(styles.navLink, current && styles.navCurrent)} aria-current={current ? "page" : undefined} onClick={() => setMenuOpen(false)}>
                        <Icon aria-hidden />
                        {m.title}
                        {m.countsWork && <WorkCount />}
                      </a>
                    </li>
                  );
                })}
              </ul>
              {narrow && (
                <div className={styles.menuTools}>
                  {themeChoice}
                  {headerExtra}
                  {personBadge}
                </div>
              )}
            </nav>
            <main id="main" ref={main} tabIndex={-1} className={styles.main}>
              {module && Page ? (
                <ModuleErrorBoundary key={module.id} moduleTitle={module.title}>
                  <Suspense fallback={<Loading label={`Opening ${module.title}…`} />}>
                    <Page module={module} rest={route.rest} params={route.params} />
                  </Suspense>
                </ModuleErrorBoundary>
              ) : (
                <NotFound />
              )}
            </main>
          </div>
        </div>
      </AnnouncerProvider>
    </ModulesProvider>
  );
}
