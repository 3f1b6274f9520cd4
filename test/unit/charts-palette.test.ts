import { type Theme, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import { contrastRatio, parseColour, type Rgba } from "../../src/core/domain/chart-data";
import { HEAT_STEPS, MARK_TOKENS, RAG_TOKENS } from "../../src/core/ui/charts/palette";

const THEMES: [string, Theme][] = [
  ["light", teamsLightTheme],
  ["dark", teamsDarkTheme],
  ["high contrast", teamsHighContrastTheme],
];

function colour(theme: Theme, token: keyof Theme): Rgba {
  const parsed = parseColour(String(theme[token]));
  if (!parsed || parsed.a !== 1) throw new Error(`${String(token)} is not an opaque colour in this theme: ${String(theme[token])}`);
  return parsed;
}

describe.each(THEMES)("the chart palette in the Teams %s theme", (_name, theme) => {
  const background = colour(theme, "colorNeutralBackground1");

  it("draws every mark that carries meaning at 3:1 or more against the background", () => {
    for (const token of [MARK_TOKENS.primary, MARK_TOKENS.secondary, MARK_TOKENS.emphasis, MARK_TOKENS.axis, ...Object.values(RAG_TOKENS)]) {
      expect({ token, ratio: contrastRatio(colour(theme, token), background) >= 3 }).toEqual({ token, ratio: true });
    }
  });

  it("prints heat-map values at 4.5:1 or more on every step's fill", () => {
    for (const step of HEAT_STEPS) {
      const ratio = contrastRatio(colour(theme, step.text), colour(theme, step.fill));
      expect({ step: step.fill, enough: ratio >= 4.5 }).toEqual({ step: step.fill, enough: true });
    }
  });

  it("draws the median line at 3:1 or more on the box's fill", () => {
    expect(contrastRatio(colour(theme, MARK_TOKENS.emphasis), colour(theme, MARK_TOKENS.boxFill))).toBeGreaterThanOrEqual(3);
  });
});

describe.each(THEMES.slice(0, 2))("heat-map steps in the Teams %s theme", (_name, theme) => {
  it("stand further from the background at each step up", () => {
    const background = colour(theme, "colorNeutralBackground1");
    const distances = HEAT_STEPS.map((step) => contrastRatio(colour(theme, step.fill), background));
    for (let i = 1; i < distances.length; i++) expect(distances[i]).toBeGreaterThan(distances[i - 1]!);
  });
});
