import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { PersonaId } from "../core/auth/local-token-provider";
import { clearViewCache } from "../core/data/view-cache";
import { AppShell } from "../core/ui/AppShell";
import { preloadOpeningPage, startOpeningPageReads } from "../core/ui/module-pages";
import { MODULES } from "../modules";
import { ServicesProvider } from "../core/ui/services";
import { ErrorState, Loading } from "../core/ui/states";
import type { ThemeName } from "../core/ui/theme";
import { useAsync } from "../core/ui/use-async";
import { PersonaPicker } from "./local/PersonaPicker";
import { type LocalConfig, startLocal } from "./local/start-local";

const PERSONA_KEY = "datahub.local.persona";

// The page being opened downloads while the person signs in, not after.
preloadOpeningPage(MODULES);

function initialPersona(): PersonaId | null {
  const fromUrl = new URLSearchParams(window.location.search).get("persona");
  if (fromUrl) sessionStorage.setItem(PERSONA_KEY, fromUrl);
  return (sessionStorage.getItem(PERSONA_KEY) as PersonaId | null) ?? null;
}

function SignedIn({ config, persona, themeName, onThemeChange, onSwitch }: { config: LocalConfig; persona: PersonaId; themeName: ThemeName; onThemeChange: (t: ThemeName) => void; onSwitch: () => void }) {
  // The opening page's reads start the moment the person is signed in, before it renders.
  const state = useAsync(() => startLocal(config, persona).then((services) => startOpeningPageReads(MODULES, services)), [config, persona]);
  if (state.status === "loading") return <Loading label="Signing in…" />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.reload} />;
  return (
    <ServicesProvider services={state.value}>
      <AppShell modules={MODULES} themeName={themeName} onThemeChange={onThemeChange} headerExtra={<Button onClick={onSwitch}>Switch person</Button>} />
    </ServicesProvider>
  );
}

/** Local mode: pick a persona, then the hub, all against the local tenant. */
export function LocalApp({ config, themeName, onThemeChange }: { config: LocalConfig; themeName: ThemeName; onThemeChange: (t: ThemeName) => void }) {
  const [persona, setPersona] = useState<PersonaId | null>(initialPersona);
  const choose = (id: string | null) => {
    if (id) sessionStorage.setItem(PERSONA_KEY, id);
    else {
      sessionStorage.removeItem(PERSONA_KEY);
      // Switching person is local mode's sign-out: nothing of the last person's stays in the browser.
      void clearViewCache();
    }
    setPersona(id as PersonaId | null);
  };
  if (!persona) return <PersonaPicker origin={new URL(config.siteUrl).origin} onChoose={choose} />;
  return <SignedIn config={config} persona={persona} themeName={themeName} onThemeChange={onThemeChange} onSwitch={() => choose(null)} />;
}
