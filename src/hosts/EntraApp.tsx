import { Button, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { EntraConfig } from "../core/auth/config";
import { AuthError, type TokenProvider } from "../core/auth/token-provider";
import { AppShell } from "../core/ui/AppShell";
import { MODULES } from "../modules";
import { preloadOpeningPage, startOpeningPageReads } from "../core/ui/module-pages";
import { navigate, useRoute } from "../core/ui/router";
import { ServicesProvider } from "../core/ui/services";
import { ErrorState, Loading } from "../core/ui/states";
import { type ThemeName, themeFromTeams } from "../core/ui/theme";
import { useAsync } from "../core/ui/use-async";
import { detectHost } from "./detect";
import { createTokenProvider, type EntraHost, startEntra, withRedirectBridge } from "./entra/start-entra";
import { CONFIGURE_ROUTE } from "./teams/channel-views";
import { ConfigurePage } from "./teams/ConfigurePage";
import { readTabContext, type TeamsTabContext } from "./teams/tab-context";

// The page being opened downloads while the person signs in, not after.
preloadOpeningPage(MODULES);

const useStyles = makeStyles({
  signIn: { maxWidth: "36rem", margin: "0 auto", padding: tokens.spacingHorizontalXXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  channel: { color: tokens.colorNeutralForeground2 },
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

/** Teams tells the tab its theme, its channel and, for deep links, which page to open. */
function useTeamsHost(host: EntraHost | undefined, onThemeChange: (t: ThemeName) => void): TeamsTabContext | undefined {
  const tab = host?.kind === "teams" ? readTabContext(host.context) : undefined;
  const theme = tab?.theme;
  const deepLink = tab?.deepLink;
  useEffect(() => {
    if (host?.kind !== "teams") return;
    if (theme) onThemeChange(theme);
    // subPageId is read only after getContext() resolved (detectHost awaited it). It wins over the
    // tab's own route: a static tab's contentUrl always carries "#/", a channel tab's its chosen view.
    if (deepLink) navigate(deepLink);
    void import("@microsoft/teams-js").then(({ app }) => app.registerOnThemeChangeHandler((name) => onThemeChange(themeFromTeams(name))));
  }, [host, theme, deepLink, onThemeChange]);
  return tab;
}

/** Someone from another organisation in a shared channel: Havant's single-tenant app cannot sign them in. */
function ExternalParticipant() {
  const styles = useStyles();
  return (
    <main className={styles.signIn}>
      <Title2 as="h1">Data Hub is for Havant Borough Council</Title2>
      <Text as="p">This tab shows Havant Borough Council's data. It opens for people signed in with a council account; ask the channel's owners if you need something from it.</Text>
    </main>
  );
}

interface EntraAppProps {
  config: EntraConfig;
  themeName: ThemeName;
  onThemeChange: (t: ThemeName) => void;
}

/** A real tenant: Teams tab or a plain browser, signed in through Entra ID; or the channel tab's configuration page. */
export function EntraApp(props: EntraAppProps) {
  const route = useRoute();
  // Teams opens the manifest's configurationUrl (#/configure) in its own dialog: no shell, no sign-in.
  if (route.moduleId === CONFIGURE_ROUTE) return <ConfigurePage config={props.config} onThemeChange={props.onThemeChange} />;
  return <EntraHub {...props} />;
}

function EntraHub({ config, themeName, onThemeChange }: EntraAppProps) {
  const styles = useStyles();
  const [attempt, setAttempt] = useState(0);
  const setup = useAsync(async () => {
    const host = (await detectHost(config)) as EntraHost;
    const bridged = withRedirectBridge(config);
    const provider = await createTokenProvider(bridged, host);
    return { host, provider, config: bridged };
  }, [config]);
  const ready = setup.status === "ready" ? setup.value : undefined;
  const tab = useTeamsHost(ready?.host, onThemeChange);
  const external = tab?.externalUser === true;
  const services = useAsync(async () => (ready && !external ? startEntra(ready.config, ready.host, ready.provider).then((services) => startOpeningPageReads(MODULES, services)) : undefined), [ready, attempt, external]);

  if (setup.status === "error") return <ErrorState error={setup.error} onRetry={setup.reload} />;
  if (external) return <ExternalParticipant />;
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
      <AppShell
        modules={MODULES}
        themeName={themeName}
        onThemeChange={ready.host.kind === "teams" ? undefined : onThemeChange}
        headerExtra={tab?.channelLabel ? <Text className={styles.channel}>{tab.channelLabel}</Text> : undefined}
      />
    </ServicesProvider>
  );
}
