import { Badge, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { MouseEvent } from "react";
import { formatDate } from "../../../core/domain/format";
import { ROLE_LABELS } from "../../../core/domain/roles";
import { routeHref } from "../../../core/ui/router";
import { ListLink } from "../../../core/ui/ListLink";
import { safeLinkUrl } from "../../../core/domain/safe-url";
import type { DocumentStatus, PolicyDocument } from "../domain/document";

export const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground2 },
  facts: { display: "grid", gridTemplateColumns: "minmax(8rem, max-content) 1fr", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0, "& dd": { margin: 0, overflowWrap: "anywhere" } },
  quote: { margin: 0, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "40rem" },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  heading: { margin: 0 },
});

export const documentHref = (id: number, rest: string[] = []) => routeHref("policies", [String(id), ...rest]);
export const tabHref = (tab: string) => routeHref("policies", [], tab === "library" ? {} : { tab });

const STATUS_COLOURS: Record<DocumentStatus, "informative" | "warning" | "success" | "subtle"> = { Draft: "informative", "In consultation": "warning", Approved: "success", Retired: "subtle" };

/** Status in words (colour only repeats it). */
export function StatusBadge({ status }: { status: DocumentStatus }) {
  return (
    <Badge appearance="tint" color={STATUS_COLOURS[status]} shape="rounded">
      {status}
    </Badge>
  );
}

export const versionText = (doc: PolicyDocument) => (doc.readVersion > 0 ? `Version ${doc.versionLabel ?? doc.readVersion}` : "No version published yet");
export const rolesText = (doc: PolicyDocument) => (doc.mustRead.length ? doc.mustRead.map((r) => ROLE_LABELS[r]).join(", ") : "Nobody yet");
export const dateText = (day: string | null, none = "Not set") => (day ? formatDate(`${day}T12:00:00Z`) : none);

/**
 * The link to where the document's text lives, counting an open when it is followed (click, middle
 * click or keyboard: all arrive as click or auxclick on the link). Not https: shown as text.
 */
export function DocumentLink({ doc, onOpen }: { doc: PolicyDocument; onOpen: () => void }) {
  if (!doc.link) return <>The link to its page is still to be added.</>;
  const counted = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest("a") && safeLinkUrl(doc.link)) onOpen();
  };
  return (
    <span onClick={counted} onAuxClick={counted}>
      <ListLink url={doc.link}>Read {doc.title}</ListLink>
    </span>
  );
}

export function TitleLink({ doc }: { doc: PolicyDocument }) {
  return <Link href={documentHref(doc.id)}>{doc.title}</Link>;
}
