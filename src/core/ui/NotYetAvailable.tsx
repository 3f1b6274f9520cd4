import { Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { ModulePageProps } from "../module";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "48rem" },
  quote: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** An honest page for a module that is planned but not built: what it will do and the commitment behind it. */
export default function NotYetAvailable({ module }: ModulePageProps) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Title2 as="h1">{module.title}</Title2>
      <Text as="p" weight="semibold">
        Not yet available.
      </Text>
      <Text as="p">{module.summary} This part of Data Hub is being built.</Text>
      {module.planned && (
        <figure className={styles.quote}>
          <blockquote>
            <Text>{module.planned.commitment}</Text>
          </blockquote>
          <figcaption>
            <Text size={200}>Data Use and Analytics Strategy 2025–2028, {module.planned.section}</Text>
          </figcaption>
        </figure>
      )}
    </div>
  );
}
