import { Button, Card, CardHeader, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { navigate, routeHref } from "../../../core/ui/router";

const useStyles = makeStyles({
  card: { maxWidth: "48rem" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/**
 * Home's data quality card: reporting a problem is one button away from the first screen. It reads
 * nothing, so Home is no slower for it.
 */
export default function QualityOnHome() {
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <Text as="h2" size={500} weight="semibold">
            Data quality
          </Text>
        }
        description={<Text>Seen something wrong in the council's data? Tell us in under a minute: the dataset's manager will follow it up.</Text>}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => navigate(routeHref("quality", ["report"]))}>
          Report a data quality problem
        </Button>
        <Link href={routeHref("quality", [], { view: "mine" })}>My reports</Link>
        <Link href={routeHref("quality")}>The data quality log</Link>
      </div>
    </Card>
  );
}
