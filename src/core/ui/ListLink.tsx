import { Link } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { type LinkPolicy, safeLinkUrl } from "../domain/safe-url";

/**
 * A link typed into a list: a real link (opening in a new tab) only when its address is allowed
 * (core/domain/safe-url.ts); otherwise the words, as text, so nothing runs on a click.
 */
export function ListLink({ url, children, policy }: { url: string | null | undefined; children?: ReactNode; policy?: LinkPolicy }) {
  const safe = safeLinkUrl(url, policy);
  const label = children ?? url ?? "";
  if (!safe) return <>{label}</>;
  return (
    <Link href={safe} target="_blank" rel="noopener noreferrer">
      {label} (opens in a new tab)
    </Link>
  );
}
