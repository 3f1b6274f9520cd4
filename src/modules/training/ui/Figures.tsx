import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { Dropdown, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { peopleInDepartment } from "../../../core/data/people";
import { formatNumber } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadAllEnrolments, siteUserIdsByEmail } from "../data/training-data";
import { confidenceUplift, notStarted, participation, type Rate } from "../domain/measures";
import type { Course, Pathway } from "../domain/training";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  bar: { height: "0.75rem", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall, minWidth: "1px" },
  barTrack: { width: "8rem", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, maxWidth: "20rem" },
});

const percent = (r: number | null) => (r === null ? "–" : `${Math.round(r * 100)}%`);

function RateTable({ caption, rates }: { caption: string; rates: Rate[] }) {
  const styles = useStyles();
  if (rates.length === 0) return <Text>{caption}: no bookings yet.</Text>;
  return (
    <Table size="small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{caption.replace(/^By /, "")}</TableHeaderCell>
          <TableHeaderCell>Participants</TableHeaderCell>
          <TableHeaderCell>Completed</TableHeaderCell>
          <TableHeaderCell>Completion rate</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rates.map((r) => (
          <StaticTableRow key={r.group}>
            <TableCell>{r.group}</TableCell>
            <TableCell>{formatNumber(r.participants)}</TableCell>
            <TableCell>{formatNumber(r.completed)}</TableCell>
            <TableCell>
              <span style={{ display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS }}>
                {/* The bar repeats the number beside it, for a quick read; the number is what counts. */}
                <span className={styles.barTrack} aria-hidden>
                  <span className={styles.bar} style={{ display: "block", width: `${Math.round((r.completionRate ?? 0) * 100)}%` }} />
                </span>
                {percent(r.completionRate)}
              </span>
            </TableCell>
          </StaticTableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The managers' and data lead's figures: participation, completion, confidence uplift, who has not started. */
export function Figures({ courses, pathways }: { courses: Course[]; pathways: Pathway[] }) {
  const styles = useStyles();
  const { sp, graph, person } = useServices();
  const [pathwayKey, setPathwayKey] = useState(pathways[0]?.key ?? "");
  const data = useAsync(async () => {
    const department = person.profile.department;
    const [enrolments, ids, team] = await Promise.all([
      loadAllEnrolments(sp),
      siteUserIdsByEmail(sp),
      department ? peopleInDepartment(graph, department) : Promise.resolve([]),
    ]);
    return { enrolments, team: team.map((t) => ({ name: t.displayName, siteUserId: t.mail ? (ids.get(t.mail.toLowerCase()) ?? null) : null })) };
  }, [sp, graph, person]);
  if (data.status === "loading") return <Loading label="Working out the figures…" />;
  if (data.status === "error") return <ErrorState error={data.error} onRetry={data.reload} />;
  const rates = participation(data.value.enrolments, courses);
  const uplift = confidenceUplift(data.value.enrolments);
  const pathway = pathways.find((p) => p.key === pathwayKey);
  const waiting = pathway ? notStarted(data.value.team, data.value.enrolments, pathway.courseKeys) : [];
  return (
    <div className={styles.stack}>
      <section aria-labelledby="uplift-heading" className={styles.stack}>
        <Text as="h2" size={500} weight="semibold" id="uplift-heading">
          Confidence before and after training
        </Text>
        {uplift.pairs === 0 ? (
          <Text>No learner has answered both surveys yet{uplift.awaitingAfter ? ` (${uplift.awaitingAfter} waiting to rate after their course)` : ""}.</Text>
        ) : (
          <Text data-testid="uplift">
            From {uplift.pairs} {uplift.pairs === 1 ? "learner" : "learners"} who answered both: average confidence {uplift.before!.toFixed(1)} before, {uplift.after!.toFixed(1)} after ({uplift.change! >= 0 ? "+" : ""}
            {uplift.change!.toFixed(1)} on a 1 to 5 scale). {uplift.awaitingAfter} more waiting to rate after.
          </Text>
        )}
      </section>
      <section aria-labelledby="rates-heading" className={styles.stack}>
        <Text as="h2" size={500} weight="semibold" id="rates-heading">
          Participation and completion
        </Text>
        {rates.skipped > 0 && <Text>{rates.skipped === 1 ? "One booking is" : `${rates.skipped} bookings are`} missing its course or learner and is not counted: check the Enrolments list.</Text>}
        <RateTable caption="By course" rates={rates.byCourse} />
        <RateTable caption="By service" rates={rates.byService} />
        <RateTable caption="By audience" rates={rates.byAudience} />
      </section>
      <section aria-labelledby="team-heading" className={styles.stack}>
        <Text as="h2" size={500} weight="semibold" id="team-heading">
          Who in {person.profile.department ?? "my team"} has not started a pathway
        </Text>
        <div className={styles.field}>
          <label htmlFor="figures-pathway">Pathway</label>
          <Dropdown id="figures-pathway" value={pathway?.title ?? ""} selectedOptions={[pathwayKey]} onOptionSelect={(_, d) => setPathwayKey(d.optionValue ?? "")}>
            {pathways.map((p) => (
              <Option key={p.key} value={p.key}>
                {p.title}
              </Option>
            ))}
          </Dropdown>
        </div>
        {waiting.length === 0 ? <Text>Everyone in the team has started this pathway.</Text> : <Text>{waiting.map((w) => w.name).join(", ")}</Text>}
      </section>
    </div>
  );
}
