import { FluentProvider } from "@fluentui/react-components";
import { lazy, StrictMode, Suspense, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { type Config, parseConfig } from "../core/auth/config";
import { ErrorState, Loading } from "../core/ui/states";
import { THEMES, type ThemeName } from "../core/ui/theme";
import { useAsync } from "../core/ui/use-async";
import { usableStorage } from "./storage";

// Sign-in and data clients load after the first paint, in their own chunks.
const LocalApp = lazy(() => import("./LocalApp").then((m) => ({ default: m.LocalApp })));
const EntraApp = lazy(() => import("./EntraApp").then((m) => ({ default: m.EntraApp })));

const THEME_KEY = "datahub.theme";
// Read once: in a Teams tab (a third-party frame) the browser may refuse localStorage altogether.
const themeStorage = usableStorage(() => window.localStorage);

function initialTheme(): ThemeName {
  const fromUrl = new URLSearchParams(window.location.search).get("theme");
  const stored = fromUrl ?? themeStorage.getItem(THEME_KEY);
  return stored === "dark" || stored === "contrast" ? stored : "default";
}

/**
 * config.json beside index.html says which tenant (or the local one) to use. The first read takes
 * index.html's preload (same URL, mode and cache mode, so the browser matches it; hosts serve the file
 * with `Cache-Control: no-cache`); a retry asks the server again.
 */
async function loadConfig(retry = false): Promise<Config> {
  const response = await fetch("config.json", retry ? { cache: "no-cache" } : {});
  if (!response.ok) throw Object.assign(new Error("Data Hub's configuration (config.json) could not be loaded."), { status: response.status });
  return parseConfig(await response.json());
}

/** Asked for as the script runs, before React renders; the host's code is fetched as soon as the mode is known. */
let configOnStart: Promise<Config> | null = loadConfig();
configOnStart.then((c): Promise<unknown> => (c.mode === "local" ? import("./LocalApp") : import("./EntraApp"))).catch(() => undefined);

function Root() {
  const [themeName, setThemeName] = useState<ThemeName>(initialTheme);
  const config = useAsync(() => {
    const pending = configOnStart ?? loadConfig(true);
    configOnStart = null;
    return pending;
  }, []);
  useEffect(() => {
    themeStorage.setItem(THEME_KEY, themeName);
    document.documentElement.dataset.theme = themeName;
  }, [themeName]);
  return (
    <FluentProvider theme={THEMES[themeName]} lang="en-GB">
      {config.status === "loading" && <Loading label="Loading Data Hub…" />}
      {config.status === "error" && <ErrorState error={config.error} onRetry={config.reload} />}
      {config.status === "ready" && (
        <Suspense fallback={<Loading label="Loading Data Hub…" />}>
          {config.value.mode === "local" ? (
            <LocalApp config={config.value} themeName={themeName} onThemeChange={setThemeName} />
          ) : (
            <EntraApp config={config.value} themeName={themeName} onThemeChange={setThemeName} />
          )}
        </Suspense>
      )}
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
