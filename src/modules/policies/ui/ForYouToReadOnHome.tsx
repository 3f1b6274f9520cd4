import { Link, Text } from "@fluentui/react-components";
import { plural } from "../../../core/domain/format";
import { ErrorState, Loading } from "../../../core/ui/states";
import { tabHref, useStyles } from "./parts";
import { ToReadList } from "./ToReadList";
import { useLibrary } from "./use-library";

/** Home's card: the policies, handbook and standards this person must read and has not confirmed. */
export default function ForYouToReadOnHome() {
  const styles = useStyles();
  const { state, toRead } = useLibrary();
  return (
    <section aria-labelledby="home-policies-heading" className={styles.stack}>
      <Text as="h2" size={500} weight="semibold" id="home-policies-heading" className={styles.heading}>
        For you to read
      </Text>
      {state.status === "loading" && <Loading label="Loading what you have to read…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.status === "ready" && (
        <>
          {toRead.length > 0 && <Text>{plural(toRead.length, "document")} to read and confirm.</Text>}
          <ToReadList docs={toRead.slice(0, 5)} label="Policies and standards for you to read" />
          <Link href={tabHref("library")}>See all policies and standards</Link>
        </>
      )}
    </section>
  );
}
