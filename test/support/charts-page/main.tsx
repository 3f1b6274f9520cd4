import { Dropdown, FluentProvider, Option } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { THEME_LABELS, THEMES, type ThemeName } from "../../../src/core/ui/theme";
import { mount } from "./mount";

// The kit comes in its own chunk, as screens load it. The entry has a Dropdown and so what the app's
// first bundle already has (FluentProvider, buttons, positioning, Tabster): the chunk is what the kit adds.
const Demo = lazy(() => import("./Demo"));

const requested = new URLSearchParams(location.search).get("theme");
const theme: ThemeName = requested === "dark" || requested === "contrast" ? requested : "default";

mount(
  document.getElementById("root")!,
  <FluentProvider theme={THEMES[theme]} style={{ minHeight: "100vh", padding: "8px" }}>
    <Dropdown aria-label="Theme" value={THEME_LABELS[theme]} selectedOptions={[theme]} onOptionSelect={(_e, data) => (location.search = `?theme=${data.optionValue}`)}>
      {(Object.keys(THEMES) as ThemeName[]).map((name) => (
        <Option key={name} value={name}>
          {THEME_LABELS[name]}
        </Option>
      ))}
    </Dropdown>
    <Suspense fallback={null}>
      <Demo />
    </Suspense>
  </FluentProvider>,
);
