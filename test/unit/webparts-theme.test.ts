import { teamsLightTheme } from "@fluentui/react-components";
import { brandRamp, contrast, mix, sectionTokens, webPartTheme } from "../../webparts/src/host/theme";

/**
 * The web parts follow the SharePoint page's theme, section backgrounds included. These themes are
 * what SharePoint hands a web part for its section (`ThemeProvider.tryGetTheme()`): the default
 * "Blue" theme and its neutral, soft and strong section variants, with the values Fluent v8's
 * variant rules (@fluentui/scheme-utilities) give for that palette.
 */
const palette = {
  themeDarker: "#004578",
  themeDark: "#005a9e",
  themeDarkAlt: "#106ebe",
  themePrimary: "#0078d4",
  themeSecondary: "#2b88d8",
  themeTertiary: "#71afe5",
  themeLight: "#c7e0f4",
  themeLighter: "#deecf9",
  themeLighterAlt: "#eff6fc",
  neutralLighter: "#f3f2f1",
  neutralLight: "#edebe9",
};

const plain = {
  isInverted: false,
  palette,
  semanticColors: {
    bodyBackground: "#ffffff",
    bodyStandoutBackground: "#faf9f8",
    bodyText: "#323130",
    bodySubtext: "#605e5c",
    bodyDivider: "#edebe9",
    disabledText: "#a19f9d",
    inputBorder: "#8a8886",
    focusBorder: "#605e5c",
    link: "#0078d4",
    linkHovered: "#004578",
    primaryButtonBackground: "#0078d4",
    primaryButtonBackgroundHovered: "#106ebe",
    primaryButtonBackgroundPressed: "#005a9e",
    primaryButtonText: "#ffffff",
  },
};

const neutralSection = { ...plain, semanticColors: { ...plain.semanticColors, bodyBackground: "#f3f2f1", bodyStandoutBackground: "#edebe9", link: "#106ebe" } };

const softSection = { ...plain, semanticColors: { ...plain.semanticColors, bodyBackground: "#eff6fc", bodyStandoutBackground: "#deecf9", link: "#106ebe" } };

// A strong section: background and text swap, the theme becomes inverted, buttons turn white.
const strongSection = {
  isInverted: true,
  palette: { ...palette, themeDarker: "#ffffff", themeDark: "#faf9f8", themeDarkAlt: "#faf9f8", themePrimary: "#ffffff", themeSecondary: "#f3f2f1", themeTertiary: "#edebe9", themeLight: "#e1dfdd", themeLighter: "#d2d0ce", themeLighterAlt: "#c8c6c4", neutralLighter: "#71afe5", neutralLight: "#c7e0f4" },
  semanticColors: {
    bodyBackground: "#0078d4",
    bodyStandoutBackground: "#106ebe",
    bodyText: "#ffffff",
    bodySubtext: "#ffffff",
    bodyDivider: "#71afe5",
    disabledText: "#71afe5",
    inputBorder: "#106ebe",
    focusBorder: "#ffffff",
    link: "#ffffff",
    linkHovered: "#ffffff",
    primaryButtonBackground: "#ffffff",
    primaryButtonBackgroundHovered: "#deecf9",
    primaryButtonBackgroundPressed: "#c7e0f4",
    primaryButtonText: "#0078d4",
  },
};

describe("web part theme from the SharePoint section", () => {
  it("takes the section's background and text, so the web part blends into a neutral, soft or strong section", () => {
    for (const section of [plain, neutralSection, softSection, strongSection]) {
      const theme = webPartTheme(section);
      expect(theme.colorNeutralBackground1).toBe(section.semanticColors.bodyBackground);
      expect(theme.colorNeutralForeground1).toBe(section.semanticColors.bodyText);
      expect(theme.colorBrandForegroundLink).toBe(section.semanticColors.link);
    }
  });

  it("keeps text, links and primary buttons readable (WCAG AA 4.5:1) in every section", () => {
    for (const section of [plain, neutralSection, softSection, strongSection]) {
      const theme = webPartTheme(section);
      expect(contrast(theme.colorNeutralForeground1, theme.colorNeutralBackground1)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.colorNeutralForeground2, theme.colorNeutralBackground1)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.colorBrandForegroundLink, theme.colorNeutralBackground1)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.colorNeutralForegroundOnBrand, theme.colorBrandBackground)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("a strong section gives a dark-based theme, a plain one a light-based theme", () => {
    // Fluent's light and dark themes differ in their fixed neutrals, e.g. the inverted background.
    expect(webPartTheme(plain).colorNeutralBackgroundInverted).toBe(teamsLightTheme.colorNeutralBackgroundInverted);
    expect(webPartTheme(strongSection).colorNeutralBackgroundInverted).not.toBe(teamsLightTheme.colorNeutralBackgroundInverted);
  });

  it("builds the brand ramp from the theme colours, the primary at shade 80 and 10 the darkest", () => {
    const ramp = brandRamp(plain);
    expect(ramp[80]).toBe("#0078d4");
    expect(ramp[50]).toBe("#004578");
    expect(ramp[150]).toBe("#eff6fc");
    const strong = brandRamp(strongSection);
    expect(strong[80]).toBe("#ffffff");
    expect(contrast(strong[10], "#000000")).toBeLessThan(contrast(strong[160], "#000000"));
  });

  it("uses SharePoint's own v9 theme when it gives one, with the section's colours on top", () => {
    const theme = webPartTheme(softSection, teamsLightTheme);
    expect(theme.colorNeutralBackground1).toBe("#eff6fc");
    expect(theme.fontFamilyBase).toBe(teamsLightTheme.fontFamilyBase);
  });

  it("ignores values that are not hex colours and falls back to SharePoint's default blue", () => {
    const tokens = sectionTokens({ semanticColors: { bodyBackground: "var(--x)", bodyText: "#000" } });
    expect(tokens).not.toHaveProperty("colorNeutralBackground1");
    expect(tokens.colorNeutralForeground1).toBe("#000");
    expect(webPartTheme(undefined).colorBrandBackground).toBe("#0078d4");
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
  });
});
