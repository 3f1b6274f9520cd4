import { Button, Dropdown, FluentProvider, Option, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { THEME_LABELS, THEMES, type ThemeName } from "../../../src/core/ui/theme";
import { mount } from "./mount";

// The kit comes in its own chunk, as screens load it. The entry uses what the app's first bundle
// already has (FluentProvider, makeStyles with tokens, Button, Dropdown), so the chunk's size is what
// the kit adds to the app.
const Demo = lazy(() => import("./Demo"));

const requested = new URLSearchParams(location.search).get("theme");
const theme: ThemeName = requested === "dark" || requested === "contrast" ? requested : "default";

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalS },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  phone: { maxWidth: "320px", outline: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
});

function Page() {
  const styles = useStyles();
  const [phone, setPhone] = useState(false);
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root}>
      <div className={styles.bar}>
        <Dropdown aria-label="Theme" value={THEME_LABELS[theme]} selectedOptions={[theme]} onOptionSelect={(_e, data) => (location.search = `?theme=${data.optionValue}`)}>
          {(Object.keys(THEMES) as ThemeName[]).map((name) => (
            <Option key={name} value={name}>
              {THEME_LABELS[name]}
            </Option>
          ))}
        </Dropdown>
        <Button aria-pressed={phone} onClick={() => setPhone(!phone)}>
          Phone width
        </Button>
      </div>
      <div className={phone ? styles.phone : undefined}>
        <Suspense fallback={null}>
          <Demo />
        </Suspense>
      </div>
    </FluentProvider>
  );
}

mount(document.getElementById("root")!, <Page />);
