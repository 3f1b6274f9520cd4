import { type Theme, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";

/** The three Teams themes; outside Teams the person picks one (light by default). */
export type ThemeName = "default" | "dark" | "contrast";

export const THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export const THEME_LABELS: Record<ThemeName, string> = { default: "Light", dark: "Dark", contrast: "High contrast" };

/** Teams reports "default", "dark" or "contrast"; anything else falls back to light. */
export function themeFromTeams(name: string | undefined): ThemeName {
  return name === "dark" || name === "contrast" ? name : "default";
}
