import { Badge, Button, Card, CardHeader, Text, Title3 } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatDate } from "../../../core/domain/format";
import { useServices } from "../../../core/ui/services";
import { EmptyState, ErrorState, Loading } from "../../../core/ui/states";
import { FOCUS_GROUP_CAPABILITIES } from "../capabilities";
import { addRecord, loadRecords, saveRecord } from "../data/records-data";
import { type Pilot, pilotKind } from "../domain/pilot";
import { PILOT_STATUSES } from "../lists";
import { Facts, SampleBadge, useFocusStyles } from "./parts";
import { RecordDrawer, RecordEditor } from "./RecordDrawer";
import type { SectionProps } from "./section-props";
import { useRecords } from "./use-records";

const STATUS_COLOURS = { Proposed: "informative", Running: "brand", Scaled: "success", Stopped: "subtle" } as const;

/** Pilots: hypotheses tested, by status, with what was learnt. */
export function PilotsSection({ today }: SectionProps) {
  const styles = useFocusStyles();
  const { sp, capabilities } = useServices();
  const pilots = useRecords(() => loadRecords(sp, pilotKind), [sp]);
  const [editing, setEditing] = useState<{ pilot: Pilot | null } | null>(null);
  const [notice, setNotice] = useState("");
  const canEdit = capabilities.has(FOCUS_GROUP_CAPABILITIES.contribute);

  return (
    <section aria-labelledby="pilots-heading" className={styles.section}>
      <div className={styles.toolbar}>
        <Title3 as="h2" id="pilots-heading">
          Pilots
        </Title3>
        {canEdit && (
          <Button icon={<Add20Regular />} onClick={() => setEditing({ pilot: null })}>
            Propose a pilot
          </Button>
        )}
      </div>
      <Text as="p">Test a hypothesis, start a pilot, and scale what works: each with its measure of success and what was learnt.</Text>
      <Text role="status" aria-live="polite" className={styles.meta}>
        {notice}
      </Text>
      {pilots.status === "loading" && <Loading label="Loading pilots…" />}
      {pilots.status === "error" && <ErrorState error={pilots.error} onRetry={pilots.reload} />}
      {pilots.status === "ready" &&
        (pilots.value.length === 0 ? (
          <EmptyState title="No pilots yet." />
        ) : (
          PILOT_STATUSES.map((status) => {
            const list = pilots.value.filter((p) => p.status === status).sort((a, b) => b.id - a.id);
            return (
              <section key={status} aria-label={`${status} pilots`} className={styles.section}>
                <Text as="h3" size={400} weight="semibold">
                  {status} ({list.length})
                </Text>
                {list.length === 0 ? (
                  <Text>None.</Text>
                ) : (
                  <ul className={styles.cards}>
                    {list.map((pilot) => (
                      <li key={pilot.id}>
                        <Card className={styles.card}>
                          <CardHeader
                            header={
                              <Text as="h4" weight="semibold">
                                {pilot.title}
                              </Text>
                            }
                            description={pilot.service ? <Text className={styles.meta}>{pilot.service}</Text> : undefined}
                          />
                          <Facts
                            rows={[
                              ["Hypothesis", pilot.hypothesis],
                              ["Measure of success", pilot.successMeasure],
                              ["Started", pilot.startedOn ? formatDate(pilot.startedOn) : null],
                              [pilot.status === "Stopped" ? "Stopped" : "Scaled", pilot.endedOn ? formatDate(pilot.endedOn) : null],
                              ["What was learnt", pilot.learnt],
                            ]}
                          />
                          <div className={styles.toolbar}>
                            <Badge appearance="tint" color={STATUS_COLOURS[pilot.status]}>
                              {pilot.status}
                            </Badge>
                            <SampleBadge title={pilot.title} />
                            {canEdit && (
                              <Button size="small" onClick={() => setEditing({ pilot })} aria-label={`Edit ${pilot.title}`}>
                                Edit
                              </Button>
                            )}
                          </div>
                        </Card>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        ))}
      <RecordDrawer open={editing !== null} title={editing?.pilot ? `Edit “${editing.pilot.title}”` : "Propose a pilot"} onClose={() => setEditing(null)}>
        {editing && (
          <RecordEditor<Pilot>
            record={editing.pilot}
            fields={pilotKind.fields}
            initialDraft={pilotKind.draftOf(editing.pilot, today)}
            check={pilotKind.check}
            save={(draft, base) => (base ? saveRecord(sp, pilotKind, base, pilotKind.valuesOf(draft)) : addRecord(sp, pilotKind, pilotKind.valuesOf(draft)))}
            submitLabel={editing.pilot ? "Save the pilot" : "Add pilot"}
            onCancel={() => setEditing(null)}
            onSaved={(p) => {
              setEditing(null);
              setNotice(`Saved “${p.title}”: ${p.status.toLowerCase()}.`);
              pilots.upsert(p);
            }}
          />
        )}
      </RecordDrawer>
    </section>
  );
}
