import { Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { pathwayProgress } from "../domain/measures";
import type { Course, Enrolment, Pathway } from "../domain/training";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 20rem), 1fr))" },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Role pathways, each course with where this person is on it. */
export function Pathways({ pathways, courses, mine }: { pathways: Pathway[]; courses: Course[]; mine: Enrolment[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Pathways">
      {pathways.map((p) => {
        const progress = pathwayProgress(p.courseKeys, mine);
        const done = progress.filter((s) => s.state === "Completed").length;
        return (
          <li key={p.key}>
            <Card aria-label={p.title}>
              <Text as="h3" size={400} weight="semibold">
                {p.title}
              </Text>
              {p.audience && <Text size={200}>For: {p.audience}</Text>}
              {p.description && <Text>{p.description}</Text>}
              <Text weight="semibold">
                {done} of {progress.length} courses completed
              </Text>
              <ol className={styles.steps}>
                {progress.map((step) => (
                  <li key={step.courseKey}>
                    <Text>
                      {courses.find((c) => c.key === step.courseKey)?.title ?? step.courseKey}: {step.state}
                    </Text>
                  </li>
                ))}
              </ol>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
