import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Copy20Regular, Share20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { HUB_ENTITY_ID, hubUrlFor, teamsDeepLink, teamsShareUrl } from "../domain/deep-links";
import { useServices } from "./services";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  link: { flexGrow: 1, minWidth: "min(16rem, 100%)" },
  status: { color: tokens.colorNeutralForeground2 },
});

export interface ShareLinksProps {
  /** The hub route to share, without "#/": "dashboards/12", "dictionary/kpi". */
  route: string;
  /** What the link opens, as Teams shows it while opening and in previews. */
  label: string;
  /** The message that goes with the link in Teams. */
  message: string;
  /** Show the link in a read-only field, named so (otherwise it appears only if copying is refused). */
  linkField?: { label: string };
}

/**
 * "Copy link" and "Share to Teams" for any hub page. With the Teams app id (config.json's teamsAppId,
 * or the Teams context inside Teams) the link is a Teams deep link that opens the page in the Data tab,
 * falling back to the hub's own address outside the Teams client; without it, the hub's address.
 */
export function ShareLinks({ route, label, message, linkField }: ShareLinksProps) {
  const styles = useStyles();
  const { hostKind, teamsAppId } = useServices();
  const [status, setStatus] = useState("");
  const [manual, setManual] = useState<string | null>(null);
  const hubUrl = useMemo(() => hubUrlFor(window.location.href, route), [route]);
  const shown = teamsAppId ? teamsDeepLink({ appId: teamsAppId, entityId: HUB_ENTITY_ID, subPageId: route, label, webUrl: hubUrl }) : hubUrl;

  /** Inside Teams the app knows its own id even when config.json does not say it. */
  const link = async (): Promise<string> => {
    let appId = teamsAppId;
    if (!appId && hostKind === "teams") {
      const { app } = await import("@microsoft/teams-js");
      appId = (await app.getContext()).app.appId?.toString();
    }
    return appId ? teamsDeepLink({ appId, entityId: HUB_ENTITY_ID, subPageId: route, label, webUrl: hubUrl }) : hubUrl;
  };

  const copy = async () => {
    const href = await link().catch(() => hubUrl);
    try {
      // Teams may deny clipboard access inside its frame; then the link is shown to copy by hand.
      await navigator.clipboard.writeText(href);
      setStatus("Link copied.");
      setManual(null);
    } catch {
      setStatus(linkField ? "Your browser didn't allow copying: select the link and copy it." : "");
      if (!linkField) setManual(href);
    }
  };

  const share = async () => {
    setStatus("");
    try {
      const href = await link();
      if (hostKind === "teams") {
        // Teams' own share dialog picks the chat or channel.
        const { sharing } = await import("@microsoft/teams-js");
        if (sharing.isSupported()) {
          await sharing.shareWebContent({ content: [{ type: "URL", url: href, message, preview: true }] });
          return;
        }
      }
      window.open(teamsShareUrl(href, message), "_blank", "noopener,noreferrer");
    } catch (error) {
      console.error("Data Hub: sharing to Teams failed", error);
      setStatus("Teams' share window couldn't be opened. Copy the link instead.");
    }
  };

  return (
    <div className={styles.row}>
      {linkField && (
        <Field label={linkField.label} className={styles.link}>
          <Input readOnly value={shown} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
      <Button icon={<Copy20Regular />} onClick={() => void copy()}>
        Copy link
      </Button>
      <Button icon={<Share20Regular />} onClick={() => void share()}>
        Share to Teams
      </Button>
      <Text role="status" aria-live="polite" className={styles.status}>
        {status}
      </Text>
      {manual && <Input readOnly value={manual} aria-label={`Link to ${label}: copy it from here`} onFocus={(e) => e.target.select()} autoFocus />}
    </div>
  );
}
