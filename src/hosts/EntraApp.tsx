import { Button, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { EntraConfig } from "../core/auth/config";
import { AuthError, type TokenProvider } from "../core/auth/token-provider";
import { AppShell } from "../core/ui/AppShell";
import { navigate } from "../core/ui/router";
import { ServicesProvider } from "../core/ui/services";
import { ErrorState, Loading } from "../core/ui/states";
import { type ThemeName, themeFromTeams } from "../core/ui/theme";
import { useAsync } from "../core/ui/use-async";
import { detectHost } from "./detect";
import { createTokenProvider, type EntraHost, startEntra, withRedirectBridge } from "./entra/start-entra";

const useStyles = makeStyles({
  signIn: { maxWidth: "36rem", margin: "0 auto", padding: tokens.spacingHorizontalXXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Shown when sign-in needs the person: the popup or redirect may only start from their click. */
function SignInScreen({ tokens: provider, error, onSignedIn }: { tokens: TokenProvider; error: unknown; onSignedIn: () => void }) {
  const styles = useStyles();
  const [failure, setFailure] = useState<unknown>(null);
  const signIn = async () => {
    setFailure(null);
    try {
      await provider.signIn?.("graph");
      onSignedIn();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <main className={styles.signIn}>
      <Title2 as="h1">Sign in to Data Hub</Title2>
      <Text as="p">Data Hub uses your council Microsoft 365 account.</Text>
      {provider.signIn ? <Button appearance="primary" onClick={() => void signIn()}>Sign in</Button> : <ErrorState error={error} />}
      {failure !== null && <ErrorState error={failure} />}
    </main>
  );
}

/** Teams tells the tab its theme and, for deep links, which page to open. */
function useTeamsHost(host: EntraHost | undefined, onThemeChange: (t: ThemeName) => void) {
  useEffect(() => {
    if (host?.kind !== "teams") return;
    onThemeChange(themeFromTeams(host.context.app.theme));
    // subPageId is read only after getContext() resolved (detectHost awaited it).
    const subPage = host.context.page.subPageId;
    if (subPage && !window.location.hash) navigate(`#/${subPage.replace(/^#?\/?/, "")}`);
    void import("@microsoft/teams-js").then(({ app }) => app.registerOnThemeChangeHandler((theme) => onThemeChange(themeFromTeams(theme))));
  }, [host, onThemeChange]);
}

/** A real tenant: Teams tab or a plain browser, signed in through Entra ID. */
export function EntraApp({ config, themeName, onThemeChange }: { config: EntraConfig; themeName: ThemeName; onThemeChange: (t: ThemeName) => void }) {
  const [attempt, setAttempt] = useState(0);
  const setup = useAsync(async () => {
    const host = (await detectHost(config)) as EntraHost;
    const bridged = withRedirectBridge(config);
    const provider = await createTokenProvider(bridged, host);
    return { host, provider, config: bridged };
  }, [config]);
  const ready = setup.status === "ready" ? setup.value : undefined;
  const services = useAsync(async () => (ready ? startEntra(ready.config, ready.host, ready.provider) : undefined), [ready, attempt]);
  useTeamsHost(ready?.host, onThemeChange);

  if (setup.status === "error") return <ErrorState error={setup.error} onRetry={setup.reload} />;
  if (!ready || services.status === "loading") return <Loading label="Signing in…" />;
  if (services.status === "error") {
    if (services.error instanceof AuthError && services.error.failure !== "unavailable") {
      return <SignInScreen tokens={ready.provider} error={services.error} onSignedIn={() => setAttempt((n) => n + 1)} />;
    }
    return <ErrorState error={services.error} onRetry={services.reload} />;
  }
  if (!services.value) return <Loading label="Signing in…" />;
  return (
    <ServicesProvider services={services.value}>
      <AppShell themeName={themeName} onThemeChange={ready.host.kind === "teams" ? undefined : onThemeChange} />
    </ServicesProvider>
  );
}
