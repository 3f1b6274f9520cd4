import { Avatar, Dropdown, Option, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type ReactNode, Suspense, useEffect, useRef } from "react";
import type { ModuleDefinition } from "../module";
import { pageFor } from "./module-pages";
import { ModuleErrorBoundary } from "./ModuleErrorBoundary";
import { ModulesProvider } from "./modules-context";
import { routeHref, useRoute } from "./router";
import { useServices } from "./services";
import { Loading } from "./states";
import { THEME_LABELS, type ThemeName } from "./theme";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
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
  },
  brand: { flexGrow: 1 },
  person: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  body: { display: "flex", flexGrow: 1, "@media (max-width: 640px)": { flexDirection: "column" } },
  nav: {
    width: "15rem",
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 640px)": { width: "auto", borderRight: "none", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: "auto" },
  },
  navList: { listStyleType: "none", margin: 0, padding: tokens.spacingVerticalS, "@media (max-width: 640px)": { display: "flex", gap: tokens.spacingHorizontalXS } },
  navLink: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: "none",
    whiteSpace: "nowrap",
    minHeight: "24px",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  // Selected background and text are a pair: in high contrast the background is cyan and the text must be black.
  navCurrent: { backgroundColor: tokens.colorNeutralBackground1Selected, color: tokens.colorNeutralForeground1Selected, ":hover": { color: tokens.colorNeutralForeground1Selected }, fontWeight: tokens.fontWeightSemibold, borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}` },
  main: { flexGrow: 1, minWidth: 0, padding: tokens.spacingHorizontalXL, "@media (max-width: 640px)": { padding: tokens.spacingHorizontalM }, ":focus": { outline: "none" } },
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

/** Navigation to every module, the signed-in person, and the current module's page. */
export function AppShell({ modules, themeName, onThemeChange, headerExtra }: AppShellProps) {
  const styles = useStyles();
  const route = useRoute();
  const { person } = useServices();
  const module = modules.find((m) => m.id === route.moduleId);
  const main = useRef<HTMLElement>(null);
  const Page = module ? pageFor(module) : undefined;

  useEffect(() => {
    document.title = module && module.id ? `${module.title} – Data Hub` : "Data Hub";
  }, [module]);

  return (
    <ModulesProvider modules={modules}>
    <div className={styles.root}>
      <a className={styles.skip} href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to main content
      </a>
      <header className={styles.header}>
        <Text as="span" weight="semibold" size={500} className={styles.brand}>
          Data Hub
        </Text>
        {onThemeChange && (
          <Dropdown aria-label="Theme" value={THEME_LABELS[themeName]} selectedOptions={[themeName]} onOptionSelect={(_, data) => onThemeChange(data.optionValue as ThemeName)}>
            {(Object.keys(THEME_LABELS) as ThemeName[]).map((t) => (
              <Option key={t} value={t}>
                {THEME_LABELS[t]}
              </Option>
            ))}
          </Dropdown>
        )}
        {headerExtra}
        <span className={styles.person}>
          <Avatar name={person.profile.displayName} size={28} aria-hidden />
          <Text>{person.profile.displayName}</Text>
        </span>
      </header>
      <div className={styles.body}>
        <nav className={styles.nav} aria-label="Data Hub">
          <ul className={styles.navList}>
            {modules.map((m) => {
              const current = m.id === (module?.id ?? null);
              const Icon = m.icon;
              return (
                <li key={m.id || "home"}>
                  <a href={routeHref(m.id)} className={mergeClasses(styles.navLink, current && styles.navCurrent)} aria-current={current ? "page" : undefined}>
                    <Icon aria-hidden />
                    {m.title}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <main id="main" ref={main} tabIndex={-1} className={styles.main}>
          {module && Page ? (
            <ModuleErrorBoundary key={module.id} moduleTitle={module.title}>
              <Suspense fallback={<Loading label={`Opening ${module.title}…`} />}>
                <Page module={module} rest={route.rest} params={route.params} />
              </Suspense>
            </ModuleErrorBoundary>
          ) : (
            <Text as="p">
              There is no page at this address. <a href={routeHref("")}>Go to Home</a>.
            </Text>
          )}
        </main>
      </div>
    </div>
    </ModulesProvider>
  );
}
