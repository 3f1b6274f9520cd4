import { FluentProvider, IdPrefixProvider, MessageBar, MessageBarBody, MessageBarTitle, type Theme, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useEffect, useMemo, useState } from "react";
import { AuthError } from "../shared/src/core/auth/token-provider";
import { AnnouncerProvider } from "../shared/src/core/ui/announcer";
import { ModuleErrorBoundary } from "../shared/src/core/ui/ModuleErrorBoundary";
import { pageFor } from "../shared/src/core/ui/module-pages";
import { parseRoute } from "../shared/src/core/ui/router";
import { type AppServices, ServicesProvider } from "../shared/src/core/ui/services";
import { ErrorState, Loading } from "../shared/src/core/ui/states";
import { useAsync } from "../shared/src/core/ui/use-async";
import { type ConfiguredRoute, webPartRoute } from "../shared/src/core/domain/web-part-route";
import type { ModuleDefinition } from "../shared/src/core/module";
import { SettingsError } from "./settings";

const useStyles = makeStyles({
  // The section's background comes from the theme (colorNeutralBackground1 = the section's body
  // background); the padding keeps focus outlines inside the web part's box.
  root: { padding: tokens.spacingHorizontalXS, minWidth: 0 },
});


export interface WebPartRootProps {
  /** The hub module this web part shows: the same definition, and so the same page, as the tab's. */
  module: ModuleDefinition;
  /** The page the property pane chose. */
  configured: ConfiguredRoute;
  /** Parameters that keep their configured value while the reader moves around (route.ts). */
  pinned?: readonly string[];
  theme: Theme;
  /** Unique per web part instance: two Fluent v9 web parts on a page must not share ids or styles. */
  idPrefix: string;
  /** The shared clients and the signed-in person, started once per page (services.ts). */
  start: () => Promise<AppServices>;
}

/** The page's hash, followed as it changes: the module pages navigate by setting it, as in the tab. */
function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return hash;
}

/** Problems an administrator fixes (tenant property, API access) are said in words that name the fix. */
function StartProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const adminFix = error instanceof SettingsError || (error instanceof AuthError && error.failure === "interaction-required");
  if (!adminFix) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Data Hub is not set up on this site yet</MessageBarTitle>
        {(error as Error).message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A Data Hub web part: its own Fluent provider and id prefix, the shared services, and the module's page. */
export function WebPartRoot({ module, configured, pinned, theme, idPrefix, start }: WebPartRootProps) {
  const styles = useStyles();
  const hash = useHash();
  // Stable between renders, as the tab's route is (pages use params in their effects' dependencies);
  // SPFx rebuilds `configured` on every render, so its JSON is the key.
  const configuredKey = JSON.stringify([configured, pinned]);
  const route = useMemo(() => webPartRoute(module.id, configured, hash.startsWith("#/") ? parseRoute(hash) : undefined, pinned), [module.id, configuredKey, hash]);
  const services = useAsync(start, [start]);
  const Page = pageFor(module);
  return (
    <IdPrefixProvider value={idPrefix}>
      <FluentProvider theme={theme} lang="en-GB" className={styles.root}>
        {services.status === "loading" && <Loading label={`Opening ${module.title}…`} />}
        {services.status === "error" && <StartProblem error={services.error} onRetry={services.reload} />}
        {services.status === "ready" && (
          <ServicesProvider services={services.value}>
            <AnnouncerProvider>
              <ModuleErrorBoundary moduleTitle={module.title}>
                <Suspense fallback={<Loading label={`Opening ${module.title}…`} />}>
                  <Page module={module} rest={route.rest} params={route.params} />
                </Suspense>
              </ModuleErrorBoundary>
            </AnnouncerProvider>
          </ServicesProvider>
        )}
      </FluentProvider>
    </IdPrefixProvider>
  );
}
