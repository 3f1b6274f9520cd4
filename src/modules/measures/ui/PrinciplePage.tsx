import { Link, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { financialPeriodFromLabel, financialQuarterOf, shiftQuarter } from "../../../core/domain/financial-quarters";
import { plural } from "../../../core/domain/format";
import type { PrincipleChoice } from "../../../core/domain/principles";
import { useAnnounce } from "../../../core/ui/announcer";
import { SideDrawer } from "../../../core/ui/SideDrawer";
import { routeHref } from "../../../core/ui/router";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import type { MeasureView, SeriesView } from "../domain/assemble";
import type { Measure, TargetSetting } from "../domain/measure";
import type { RecordedValue } from "../domain/recorded";
import { openForOwners } from "../data/values-data";
import { MeasureForm, TargetForm, ValueForm } from "./forms";
import { type MeasureAbilities, type MeasureActions, MeasureSection } from "./MeasureSection";
import { measuresHref, useMeasuresStyles } from "./parts";
import { KeepNowButton, QuarterChoice, ScreenNotices } from "./ScreenParts";
import { useMeasuresScreen } from "./use-measures-screen";

type Editing = { kind: "target"; measure: MeasureView; series: SeriesView } | { kind: "value"; measure: MeasureView; value: RecordedValue | null } | { kind: "measure"; measure: MeasureView } | null;

const sameEmail = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** One principle's measures: each quoted, how it is measured here, its value, target, direction and trend. */
export function PrinciplePage({ principle, quarterParam, focusMeasure }: { principle: PrincipleChoice; quarterParam: string | null; focusMeasure: string | null }) {
  const styles = useMeasuresStyles();
  const screen = useMeasuresScreen(principle.key, quarterParam);
  const { services, data, views, state, patch, quarter, today, canKeep } = screen;
  const [editing, setEditing] = useState<Editing>(null);
  const announce = useAnnounce();
  const close = useCallback(() => setEditing(null), []);
  const view = views?.[0];
  const shown = !!view;

  // Opened for one measure (from the overview): bring its heading into view and give it focus, once.
  useEffect(() => {
    if (!shown || !focusMeasure) return;
    const heading = document.getElementById(`measure-${focusMeasure}`);
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.focus();
    heading.scrollIntoView({ block: "start" });
  }, [shown, focusMeasure]);

  const abilities: MeasureAbilities = {
    keep: canKeep,
    ownValues: (measure) => measure.recorded.filter((v) => sameEmail(v.owner?.email, services.person.profile.mail)),
  };
  const actions: MeasureActions = {
    setTarget: (measure, series) => setEditing({ kind: "target", measure, series }),
    record: (measure, value) => setEditing({ kind: "value", measure, value: value ?? (canKeep ? null : (abilities.ownValues(measure).find((v) => v.value === null) ?? null)) }),
    editMeasure: (measure) => setEditing({ kind: "measure", measure }),
  };

  const replaceValue = (value: RecordedValue) => patch((d) => ({ ...d, values: [...d.values.filter((v) => v.id !== value.id), value] }));
  const replaceTarget = (target: TargetSetting) => patch((d) => ({ ...d, targets: [...d.targets.filter((t) => t.id !== target.id && t.seriesKey !== target.seriesKey), target] }));
  const replaceMeasure = (measure: Measure) => patch((d) => ({ ...d, measures: d.measures.map((m) => (m.id === measure.id ? measure : m)) }));

  const drawerTitle = editing?.kind === "target" ? `Target: ${editing.series.series.label}` : editing?.kind === "value" ? `${editing.value ? (editing.value.value === null ? "Fill in" : "Correct") : "Record"} a value: ${editing.measure.measure.title}` : editing ? `${editing.measure.measure.title}: owner and what is recorded` : "";
  const recordedSeries = editing?.kind === "value" ? editing.measure.series.find((s) => s.series.kind === "recorded")?.series : undefined;
  // The data lead records for any quarter the trend shows; an owner, for the quarters opened for them.
  const valueQuarters =
    editing?.kind === "value" ? (canKeep ? [...screen.quarters].filter((q) => q.index <= screen.current.index).reverse() : abilities.ownValues(editing.measure).map((v) => financialPeriodFromLabel(v.period))) : [];

  return (
    <div className={styles.page}>
      <div className={styles.stack}>
        <Link href={measuresHref([], screen.isCurrent ? undefined : { quarter: quarter.label })}>All principles</Link>
        <h1 className={styles.heading}>{principle.title}: measures of success</h1>
        <Text as="p">Each measure as the strategy words it under “How will we measure success?”, how the hub measures it, and how it is going.</Text>
      </div>
      <div className={styles.toolbar}>
        <QuarterChoice screen={screen} rest={[principle.key]} />
        <KeepNowButton screen={screen} />
        <Link href={measuresHref(["review"], { period: quarter.label })}>Strategy review for {quarter.label}</Link>
        <Link href={routeHref("actions", [], { principle: principle.key })}>This principle's actions</Link>
      </div>
      <ScreenNotices screen={screen} />
      {state.status === "loading" && <Loading label="Loading the measures…" />}
      {state.status === "error" && <ErrorState error={state.error} onRetry={state.reload} />}
      {view && view.measures.length === 0 && <EmptyState title="No measures for this principle yet">The Measures list has none under this principle.</EmptyState>}
      {view && (
        <>
          <Text className={styles.meta}>{plural(view.measures.length, "measure")}</Text>
          {view.measures.map((measure) => (
            <MeasureSection key={measure.measure.key} measure={measure} quarter={quarter} principleTitle={principle.title} abilities={abilities} actions={actions} />
          ))}
        </>
      )}
      <SideDrawer open={editing !== null} title={drawerTitle} onClose={close}>
        {editing?.kind === "target" && (
          <TargetForm
            series={editing.series.series}
            stored={editing.series.target}
            onCancel={close}
            onSaved={(target) => {
              replaceTarget(target);
              announce(`Target saved for ${editing.series.series.label}: ${target.target ?? "none"}.`);
              close();
            }}
          />
        )}
        {editing?.kind === "value" && recordedSeries && (
          <ValueForm
            measure={editing.measure.measure}
            series={recordedSeries}
            value={editing.value}
            stored={editing.measure.recorded}
            quarters={valueQuarters}
            defaultQuarter={editing.value?.period ?? valueQuarters[0]?.label ?? quarter.label}
            onCancel={close}
            onSaved={(value) => {
              replaceValue(value);
              announce(`Saved ${value.value ?? "no value"} for ${value.period}: ${editing.measure.measure.title}.`);
              close();
            }}
          />
        )}
        {editing?.kind === "measure" && (
          <MeasureForm
            measure={editing.measure.measure}
            onCancel={close}
            onSaved={(measure) => {
              replaceMeasure(measure);
              announce(`Saved ${measure.title}: owner ${measure.owner?.name ?? "none"}.`);
              close();
              // The new owner can fill in this quarter and the last (items that name them).
              if (measure.owner && data) {
                const current = financialQuarterOf(today);
                void openForOwners(services.sp, [measure], [shiftQuarter(current, -1), current], data.values.filter((v) => v.measureKey === measure.key)).catch((error: unknown) => console.error("Data Hub: quarters could not be opened for the owner", error));
              }
            }}
          />
        )}
      </SideDrawer>
    </div>
  );
}
