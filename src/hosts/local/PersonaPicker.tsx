import { Button, Card, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { ROLE_LABELS, type Role } from "../../core/domain/roles";
import { ErrorState, Loading } from "../../core/ui/states";
import { useAsync } from "../../core/ui/use-async";

export interface PersonaSummary {
  id: string;
  displayName: string;
  jobTitle: string;
  department: string;
  roles: Role[];
}

const useStyles = makeStyles({
  page: { maxWidth: "56rem", margin: "0 auto", padding: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  grid: { display: "grid", gap: tokens.spacingHorizontalM, gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 16rem), 1fr))", listStyleType: "none", margin: 0, padding: 0 },
  card: { height: "100%" },
});

/** Local mode's stand-in for Entra sign-in: choose who to be. */
export function PersonaPicker({ origin, onChoose }: { origin: string; onChoose: (persona: string) => void }) {
  const styles = useStyles();
  const state = useAsync(async () => {
    const response = await fetch(`${origin}/_local/personas`);
    if (!response.ok) throw Object.assign(new Error("personas"), { status: response.status });
    return (await response.json()) as PersonaSummary[];
  }, [origin]);
  return (
    <main className={styles.page}>
      <Title2 as="h1">Data Hub – local mode</Title2>
      <Text as="p">
        This is a local copy of Data Hub with sample people and the strategy's own content. Nothing here reaches Microsoft 365. Choose who to sign in as.
      </Text>
      {state.status === "loading" && <Loading label="Loading people…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      {state.status === "ready" && (
        <ul className={styles.grid} aria-label="People you can sign in as">
          {state.value.map((p) => (
            <li key={p.id}>
              <Card className={styles.card}>
                <Text weight="semibold">{p.displayName}</Text>
                <Text size={200}>
                  {p.jobTitle}, {p.department}
                </Text>
                <Text size={200}>Roles: {p.roles.map((r) => ROLE_LABELS[r]).join(", ")}</Text>
                <Button appearance="primary" onClick={() => onChoose(p.id)} aria-label={`Sign in as ${p.displayName}`}>
                  Sign in
                </Button>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
