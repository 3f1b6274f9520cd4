import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatDateTime } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadLocalActivityFeed } from "../data/notifications-data";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Local mode only: the notifications the local tenant recorded for this persona, as Teams would show them. */
export function LocalFeed() {
  const styles = useStyles();
  const { graph } = useServices();
  const feed = useAsync(() => loadLocalActivityFeed(graph), [graph]);
  const routeOf = (webUrl: string) => {
    const context = new URL(webUrl).searchParams.get("context");
    return context ? (JSON.parse(context) as { subEntityId?: string }).subEntityId ?? "" : "";
  };
  return (
    <section aria-labelledby="local-feed-heading">
      <Text as="h3" size={400} weight="semibold" id="local-feed-heading">
        Local mode: Teams would show
      </Text>
      {feed.status === "loading" && <Loading label="Loading the local activity feed…" />}
      {feed.status === "error" && <ErrorState error={feed.error} onRetry={feed.reload} />}
      {feed.status === "ready" &&
        (feed.value.value.length === 0 ? (
          <Text as="p">No notifications for you yet.</Text>
        ) : (
          <ul className={styles.list}>
            {feed.value.value.slice(0, 10).map((n) => (
              <li key={n.id}>
                <Link href={`#/${routeOf(n.webUrl)}`}>{n.text}</Link> <Text size={200}>(from {n.from}, {formatDateTime(n.created)})</Text>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
