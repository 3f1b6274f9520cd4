import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Copy20Regular, Share20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { useServices } from "../../../core/ui/services";
import { dashboardSubPageId, HUB_ENTITY_ID, hubDashboardUrl, teamsDeepLink, teamsShareUrl } from "../domain/deep-link";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  link: { flexGrow: 1, minWidth: "16rem" },
  status: { color: tokens.colorNeutralForeground2 },
});

/**
 * Share a dashboard: a Teams deep link to it in the Data tab (or, without a Teams app id outside
 * Teams, the hub's own link), copied, or posted to a chat or channel with Teams' share dialog.
 */
export function ShareActions({ dashboardId, title }: { dashboardId: number; title: string }) {
  const styles = useStyles();
  const { hostKind, teamsAppId } = useServices();
  const [status, setStatus] = useState("");
  const hubUrl = useMemo(() => hubDashboardUrl(window.location.href, dashboardId), [dashboardId]);
  const link = teamsAppId ? teamsDeepLink({ appId: teamsAppId, entityId: HUB_ENTITY_ID, subPageId: dashboardSubPageId(dashboardId), label: title, webUrl: hubUrl }) : hubUrl;
  const message = `Dashboard: ${title}`;

  const share = async () => {
    setStatus("");
    try {
      if (hostKind === "teams") {
        // Inside Teams the app knows its own id, and Teams' share dialog picks the chat or channel.
        const { app, sharing } = await import("@microsoft/teams-js");
        const context = await app.getContext();
        const appId = teamsAppId ?? context.app.appId?.toString();
        const teamsLink = appId ? teamsDeepLink({ appId, entityId: HUB_ENTITY_ID, subPageId: dashboardSubPageId(dashboardId), label: title, webUrl: hubUrl }) : hubUrl;
        if (sharing.isSupported()) {
          await sharing.shareWebContent({ content: [{ type: "URL", url: teamsLink, message, preview: true }] });
          return;
        }
        window.open(teamsShareUrl(teamsLink, message), "_blank", "noopener,noreferrer");
        return;
      }
      window.open(teamsShareUrl(link, message), "_blank", "noopener,noreferrer");
    } catch (error) {
      console.error("Data Hub: sharing to Teams failed", error);
      setStatus("Teams' share window couldn't be opened. Copy the link instead.");
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus("Link copied.");
    } catch {
      setStatus("Your browser didn't allow copying: select the link and copy it.");
    }
  };

  return (
    <div className={styles.row}>
      <Field label={teamsAppId || hostKind === "teams" ? "Teams link to this dashboard" : "Link to this dashboard"} className={styles.link}>
        <Input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </Field>
      <Button icon={<Copy20Regular />} onClick={() => void copy()}>
        Copy link
      </Button>
      <Button icon={<Share20Regular />} onClick={() => void share()}>
        Share to Teams
      </Button>
      <Text role="status" aria-live="polite" className={styles.status}>
        {status}
      </Text>
    </div>
  );
}
