import { type BrandVariants, type Theme, createDarkTheme, createLightTheme } from "@fluentui/react-components";

/**
 * Follows the SharePoint page's theme, section by section, in Fluent v9.
 *
 * SharePoint hands each web part its section's theme through `ThemeProvider` (from
 * `@microsoft/sp-component-base`): a Fluent v8 theme whose `semanticColors` are the section's own
 * (a "strong" section swaps background and text and becomes inverted). SPFx 1.22 may also hand a
 * v9 theme (`tryGetThemeV2()`); it is used as the base when present. Either way the section's
 * semantic colours decide the colours people read: background, text, links, buttons and borders.
 *
 * Pure, without SPFx types, so the root's Jest checks it (test/unit/webparts-theme.test.ts).
 */

/** The v8 palette slots read here. */
type PaletteSlot =
  | "themeDarker"
  | "themeDark"
  | "themeDarkAlt"
  | "themePrimary"
  | "themeSecondary"
  | "themeTertiary"
  | "themeLight"
  | "themeLighter"
  | "themeLighterAlt"
  | "neutralLighter"
  | "neutralLight";

/** The v8 semantic colours read here (names as in `ISemanticColors`). */
type SemanticSlot =
  | "bodyBackground"
  | "bodyBackgroundHovered"
  | "bodyBackgroundChecked"
  | "bodyStandoutBackground"
  | "bodyText"
  | "bodySubtext"
  | "bodyDivider"
  | "disabledText"
  | "disabledBackground"
  | "inputBorder"
  | "inputBorderHovered"
  | "focusBorder"
  | "link"
  | "linkHovered"
  | "primaryButtonBackground"
  | "primaryButtonBackgroundHovered"
  | "primaryButtonBackgroundPressed"
  | "primaryButtonText";

/** What this module reads of SharePoint's `IReadonlyTheme` (a section's variant included). */
export interface SharePointThemeLike {
  isInverted?: boolean;
  palette?: Partial<Record<PaletteSlot, string>>;
  semanticColors?: Partial<Record<SemanticSlot, string>>;
}

type Rgb = [number, number, number];

function parseHex(colour: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** `a` moved `amount` (0–1) of the way towards `b`; colours that are not hex stay `a`. */
export function mix(a: string, b: string, amount: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return a;
  return toHex([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * amount) as Rgb);
}

/** WCAG 2.2 relative luminance of a hex colour. */
export function luminance(colour: string): number {
  const rgb = parseHex(colour);
  if (!rgb) return NaN;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// SharePoint's default theme ("Blue"), for a page that supplies none (the local workbench).
const SHAREPOINT_BLUE = {
  themeDarker: "#004578",
  themeDark: "#005a9e",
  themeDarkAlt: "#106ebe",
  themePrimary: "#0078d4",
  themeSecondary: "#2b88d8",
  themeTertiary: "#71afe5",
  themeLight: "#c7e0f4",
  themeLighter: "#deecf9",
  themeLighterAlt: "#eff6fc",
};

/**
 * A v9 brand ramp (16 shades, 10 darkest) from the v8 theme slots. v8 names shades relative to the
 * background ("darker" means further from it), so an inverted theme's ramp runs the other way.
 */
export function brandRamp(theme: SharePointThemeLike): BrandVariants {
  const p = { ...SHAREPOINT_BLUE, ...pickHex(theme.palette) };
  const black = "#000000";
  const white = "#ffffff";
  if (!theme.isInverted) {
    return {
      10: mix(p.themeDarker, black, 0.6),
      20: mix(p.themeDarker, black, 0.45),
      30: mix(p.themeDarker, black, 0.3),
      40: mix(p.themeDarker, black, 0.15),
      50: p.themeDarker,
      60: p.themeDark,
      70: p.themeDarkAlt,
      80: p.themePrimary,
      90: p.themeSecondary,
      100: mix(p.themeSecondary, p.themeTertiary, 0.5),
      110: p.themeTertiary,
      120: mix(p.themeTertiary, p.themeLight, 0.5),
      130: p.themeLight,
      140: p.themeLighter,
      150: p.themeLighterAlt,
      160: mix(p.themeLighterAlt, white, 0.5),
    };
  }
  return {
    10: mix(p.themeLighterAlt, black, 0.5),
    20: p.themeLighterAlt,
    30: p.themeLighter,
    40: p.themeLight,
    50: mix(p.themeLight, p.themeTertiary, 0.5),
    60: p.themeTertiary,
    70: p.themeSecondary,
    80: p.themePrimary,
    90: p.themeDarkAlt,
    100: p.themeDark,
    110: p.themeDarker,
    120: mix(p.themeDarker, white, 0.2),
    130: mix(p.themeDarker, white, 0.4),
    140: mix(p.themeDarker, white, 0.6),
    150: mix(p.themeDarker, white, 0.8),
    160: mix(p.themeDarker, white, 0.9),
  };
}

/** Only hex colours: SharePoint themes are hex; anything else would make the ramp unreadable. */
function pickHex<K extends string>(values: Partial<Record<K, string>> | undefined): Partial<Record<K, string>> {
  const result: Partial<Record<K, string>> = {};
  for (const [key, value] of Object.entries(values ?? {}) as [K, string | undefined][]) if (value && parseHex(value)) result[key] = value;
  return result;
}

/** The v9 colour tokens that follow the section's semantic colours, and where each comes from. */
export function sectionTokens(theme: SharePointThemeLike): Partial<Theme> {
  const s = pickHex(theme.semanticColors);
  const p = pickHex(theme.palette);
  const tokens: Partial<Record<keyof Theme, string | undefined>> = {
    // The section's own background and text: a web part in a "neutral", "soft" or "strong" section blends in.
    colorNeutralBackground1: s.bodyBackground,
    colorNeutralBackground1Hover: s.bodyBackgroundHovered ?? p.neutralLighter,
    colorNeutralBackground1Pressed: p.neutralLight,
    colorNeutralBackground1Selected: s.bodyBackgroundChecked ?? p.neutralLight,
    colorNeutralBackground2: s.bodyStandoutBackground,
    colorNeutralBackground3: p.neutralLighter,
    colorNeutralForeground1: s.bodyText,
    colorNeutralForeground1Hover: s.bodyText,
    colorNeutralForeground1Pressed: s.bodyText,
    colorNeutralForeground1Selected: s.bodyText,
    colorNeutralForeground2: s.bodySubtext,
    colorNeutralForeground2Hover: s.bodyText,
    colorNeutralForeground2Pressed: s.bodyText,
    colorNeutralForeground2Selected: s.bodyText,
    colorNeutralForeground3: s.bodySubtext,
    colorNeutralForegroundDisabled: s.disabledText,
    colorNeutralBackgroundDisabled: s.disabledBackground,
    colorNeutralStroke1: s.inputBorder,
    colorNeutralStroke1Hover: s.inputBorderHovered,
    colorNeutralStroke2: s.bodyDivider,
    colorNeutralStrokeAccessible: s.inputBorder,
    colorStrokeFocus2: s.focusBorder,
    // Links and brand-coloured text (selected tab, brand icons): a strong section's links are white.
    colorBrandForegroundLink: s.link,
    colorBrandForegroundLinkHover: s.linkHovered,
    colorBrandForegroundLinkPressed: s.linkHovered,
    colorBrandForeground1: s.link,
    colorCompoundBrandStroke: s.link,
    colorCompoundBrandForeground1: s.link,
    // Primary buttons: in a strong section they turn white with theme-coloured text.
    colorBrandBackground: s.primaryButtonBackground,
    colorBrandBackgroundHover: s.primaryButtonBackgroundHovered,
    colorBrandBackgroundPressed: s.primaryButtonBackgroundPressed,
    colorNeutralForegroundOnBrand: s.primaryButtonText,
  };
  return Object.fromEntries(Object.entries(tokens).filter(([, value]) => value !== undefined)) as Partial<Theme>;
}

/**
 * The Fluent v9 theme for a web part: SharePoint's own v9 theme when it gives one, else one built
 * from the section's palette, light or dark as the section is; then the section's semantic colours.
 */
export function webPartTheme(section: SharePointThemeLike | undefined, themeV2?: Theme): Theme {
  const v8 = section ?? {};
  const base = themeV2 ?? (v8.isInverted ? createDarkTheme(brandRamp(v8)) : createLightTheme(brandRamp(v8)));
  return { ...base, ...sectionTokens(v8) };
}
