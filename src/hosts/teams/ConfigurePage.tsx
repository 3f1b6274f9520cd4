import { Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Config } from "../../core/auth/config";
import { routeHref } from "../../core/ui/router";
import { ErrorState, Loading } from "../../core/ui/states";
import type { ThemeName } from "../../core/ui/theme";
import { useAsync } from "../../core/ui/use-async";
import { detectHost } from "../detect";
import { MODULES } from "../../modules";
import { type ChannelTabConfig, type ChannelViewDraft, channelViews, EMPTY_DRAFT } from "./channel-views";
import { readTabContext, type TeamsTabContext } from "./tab-context";

/** The part of teams-js `pages` the configuration page uses. */
export interface TeamsConfigApi {
  setValidityState(valid: boolean): void;
  registerOnSaveHandler(handler: (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void): void;
  setConfig(config: ChannelTabConfig): Promise<void>;
  getConfig(): Promise<{ contentUrl?: string }>;
}

async function loadTeamsConfigApi(): Promise<TeamsConfigApi> {
  const { pages } = await import("@microsoft/teams-js");
  return {
    setValidityState: (valid) => pages.config.setValidityState(valid),
    registerOnSaveHandler: (handler) => pages.config.registerOnSaveHandler(handler),
    setConfig: (config) => pages.config.setConfig(config),
    getConfig: () => pages.getConfig(),
  };
}

const useStyles = makeStyles({
  page: {
    maxWidth: "40rem",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground1,
  },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { color: tokens.colorNeutralForeground2 },
});

/** What the hub's modules offer a channel tab (each module's `channelView`). */
const VIEWS = channelViews(MODULES);

/** The form Teams shows when someone adds the Data tab to a channel, or opens an existing tab's settings. */
export function ChannelViewForm({ tab, teams, pageUrl }: { tab: TeamsTabContext; teams: TeamsConfigApi; pageUrl: string }) {
  const styles = useStyles();
  const [draft, setDraft] = useState<ChannelViewDraft>(EMPTY_DRAFT);
  const [saveError, setSaveError] = useState<unknown>(null);
  const view = VIEWS.viewFromDraft(draft);
  // Teams calls the save handler long after registration: it must read the latest choice.
  const latest = useRef(view);
  latest.current = view;

  useEffect(() => {
    teams.registerOnSaveHandler((event) => {
      const chosen = latest.current;
      if (!chosen) {
        event.notifyFailure("Choose what the tab shows first.");
        return;
      }
      setSaveError(null);
      teams.setConfig(VIEWS.tabConfigFor(chosen, pageUrl)).then(
        () => event.notifySuccess(),
        (error: unknown) => {
          setSaveError(error);
          event.notifyFailure(error instanceof Error ? error.message : "The tab could not be saved.");
        },
      );
    });
  }, [teams, pageUrl]);

  // Reconfiguring an existing tab: start from what it shows now.
  useEffect(() => {
    if (!tab.entityId) return;
    let current = true;
    teams.getConfig().then(
      (saved) => {
        const existing = VIEWS.viewFromContentUrl(saved.contentUrl);
        if (current && existing) setDraft((d) => (d === EMPTY_DRAFT ? VIEWS.draftFromView(existing) : d));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [teams, tab.entityId]);

  const valid = view !== null;
  useEffect(() => teams.setValidityState(valid), [teams, valid]);

  const where = tab.channelLabel ?? "this channel";
  return (
    <main className={styles.page}>
      <div className={styles.intro}>
        <Title2 as="h1">Data Hub for {where}</Title2>
        <Text as="p">Choose what everyone in the channel sees on this tab. You can change it later in the tab's settings.</Text>
        {tab.channel?.kind === "shared" && (
          <Text as="p">
            This is a shared channel: people from other teams can open the tab. Each person sees only what their own Data Hub access allows.
          </Text>
        )}
        {tab.channel?.kind === "private" && <Text as="p">This is a private channel: only its members see the tab.</Text>}
      </div>
      {tab.externalUser && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Data Hub holds Havant Borough Council's information. People from other organisations in this channel cannot open it.</MessageBarBody>
        </MessageBar>
      )}
      <Field label="What the tab shows" required>
        <RadioGroup value={draft.moduleId ?? ""} onChange={(_, data) => setDraft((d) => ({ ...d, moduleId: data.value }))}>
          {VIEWS.choices.map((choice) => (
            <Radio key={choice.moduleId} value={choice.moduleId} label={choice.label} />
          ))}
        </RadioGroup>
      </Field>
      {VIEWS.choices
        .find((choice) => choice.moduleId === draft.moduleId)
        ?.fields.map((field) => {
          const value = draft.values[field.param] ?? "";
          const set = (next: string) => setDraft((d) => ({ ...d, values: { ...d.values, [field.param]: next } }));
          return field.kind === "text" ? (
            <Field key={field.param} label={field.label} required hint={field.hint}>
              <Input value={value} maxLength={field.maxLength} onChange={(_, data) => set(data.value)} />
            </Field>
          ) : (
            <Field key={field.param} label={field.label} required>
              <Select value={value} onChange={(_, data) => set(data.value)}>
                <option value="">{field.placeholder}</option>
                {field.choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      <Text as="p" role="status" className={styles.summary}>
        {view ? `The tab will be called “${VIEWS.suggestedName(view)}”. Select Save to add it.` : "Choose what the tab shows, then select Save."}
      </Text>
      {saveError !== null && <ErrorState error={saveError} />}
    </main>
  );
}

/** Opened outside Teams (a bookmarked link): say what the page is for and offer the hub. */
function NotInTeams() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Title2 as="h1">Add Data Hub to a Teams channel</Title2>
      <Text as="p">
        This page opens inside Microsoft Teams when someone adds the Data tab to a channel. <a href={routeHref("")}>Go to Data Hub</a>.
      </Text>
    </main>
  );
}

/**
 * The tab's configuration page (`#/configure`): no navigation and no sign-in, because it only
 * records which page of the hub the channel tab opens; signing in happens in the tab itself.
 */
export function ConfigurePage({ config, onThemeChange }: { config: Pick<Config, "mode">; onThemeChange: (theme: ThemeName) => void }) {
  const setup = useAsync(async () => {
    const host = await detectHost(config);
    if (host.kind !== "teams") return null;
    return { tab: readTabContext(host.context), teams: await loadTeamsConfigApi() };
  }, [config]);
  const tab = setup.status === "ready" ? setup.value?.tab : undefined;
  useEffect(() => {
    if (tab) onThemeChange(tab.theme);
  }, [tab, onThemeChange]);

  if (setup.status === "loading") return <Loading label="Opening the tab's settings…" />;
  if (setup.status === "error") return <ErrorState error={setup.error} onRetry={setup.reload} />;
  if (!setup.value) return <NotInTeams />;
  return <ChannelViewForm tab={setup.value.tab} teams={setup.value.teams} pageUrl={window.location.href} />;
}
