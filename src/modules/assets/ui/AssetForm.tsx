import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PersonPicker } from "../../../core/ui/PersonPicker";
import type { YesNo } from "../domain/asset";
import type { AssetDraft, DraftField, DraftProblems } from "../domain/asset-form";
import { ASSET_FORMATS, ASSET_KINDS, DISPOSAL_ACTIONS, LAWFUL_BASES, REVIEW_FREQUENCIES, SECURITY_CLASSIFICATIONS } from "../domain/vocabulary";
import { DateField } from "../../../core/ui/DateField";
import { ErrorSummary, type FormProblem } from "../../../core/ui/ErrorSummary";
import { useAssetStyles } from "./parts";

const useStyles = makeStyles({
  fieldset: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalM, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
});

/** The id of a field's control, so the error summary can move to it. */
export const fieldId = (field: DraftField) => `asset-field-${field}`;

const ORDER: DraftField[] = ["name", "kind", "description", "service", "system", "format", "owner", "manager", "personalData", "retentionPeriod", "retentionMonths", "disposalAction", "heldFrom", "securityClassification", "sharingAgreement", "ropaReference", "dpiaReference"];

export function summaryOf(problems: DraftProblems): FormProblem[] {
  return (Object.keys(problems) as DraftField[]).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).map((f) => ({ fieldId: fieldId(f), message: problems[f]! }));
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

function YesNoField({ field, label, value, onChange, hint, error }: { field: DraftField; label: string; value: YesNo | ""; onChange: (v: YesNo) => void; hint?: string; error?: string }) {
  return (
    <Field label={label} hint={hint} {...(error ? { validationMessage: error, validationState: "error" as const } : {})}>
      <RadioGroup layout="horizontal" value={value} onChange={(_, d) => onChange(d.value as YesNo)}>
        {/* The id is on the first choice, so the error summary's link lands on a control. */}
        <Radio id={fieldId(field)} value="Yes" label="Yes" />
        <Radio value="No" label="No" />
      </RadioGroup>
    </Field>
  );
}

export interface AssetFormProps {
  draft: AssetDraft;
  onChange: (draft: AssetDraft) => void;
  problems: DraftProblems;
  mode: "add" | "edit";
  saving: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  services: readonly string[];
  systems: readonly string[];
  /** Shown above the form: a refused save, a conflict. */
  notices?: ReactNode;
}

/**
 * The register entry as a form: every IAR and Article 30 field, grouped as an IAO thinks of them.
 * Only the name and kind are needed to save; the rest can be filled in over time, and completeness
 * shows what is still missing. Text is kept exactly as typed if a save fails.
 */
export function AssetForm({ draft, onChange, problems, mode, saving, submitLabel, onSubmit, onCancel, services, systems, notices }: AssetFormProps) {
  const styles = useAssetStyles();
  const set = (change: Partial<AssetDraft>) => onChange({ ...draft, ...change });
  const state = (field: DraftField) => (problems[field] ? { validationMessage: problems[field], validationState: "error" as const } : {});
  const personal = draft.personalData === "Yes";
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary problems={summaryOf(problems)} />
      {notices}
      <Section legend="The asset">
        <Field label="Name" required {...state("name")}>
          <Input id={fieldId("name")} value={draft.name} onChange={(_, d) => set({ name: d.value })} maxLength={255} />
        </Field>
        <Field label="Kind of asset" required hint="Decides which fields it needs to be fully documented." {...state("kind")}>
          <Select id={fieldId("kind")} value={draft.kind} onChange={(_, d) => set({ kind: d.value as AssetDraft["kind"] })}>
            <option value="">Choose a kind</option>
            {ASSET_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </Select>
        </Field>
        <Field label="Description" hint="What it holds and what it is for, in plain words.">
          <Textarea id={fieldId("description")} value={draft.description} onChange={(_, d) => set({ description: d.value })} resize="vertical" rows={3} />
        </Field>
        <div className={styles.twoColumns}>
          <Field label="Service" {...state("service")}>
            <Input id={fieldId("service")} value={draft.service} onChange={(_, d) => set({ service: d.value })} maxLength={120} list="asset-services" />
          </Field>
          <Field label="System or location" hint="Where the data lives: a system, a shared folder, a records store." {...state("system")}>
            <Input id={fieldId("system")} value={draft.system} onChange={(_, d) => set({ system: d.value })} maxLength={120} list="asset-systems" />
          </Field>
        </div>
        <datalist id="asset-services">
          {services.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <datalist id="asset-systems">
          {systems.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <Field label="Format" {...state("format")}>
          <Select id={fieldId("format")} value={draft.format} onChange={(_, d) => set({ format: d.value as AssetDraft["format"] })}>
            <option value="">Not recorded</option>
            {ASSET_FORMATS.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </Select>
        </Field>
        {mode === "add" ? (
          <Checkbox
            id={fieldId("restricted")}
            checked={draft.restricted}
            onChange={(_, d) => set({ restricted: Boolean(d.checked) })}
            label="Restricted: only information asset owners and managers and the data lead may see this asset and its flows"
          />
        ) : (
          <Text>{draft.restricted ? "Restricted: only information asset owners and managers and the data lead may see it." : "Not restricted: all staff may read this entry."} Ask the data lead to change this.</Text>
        )}
      </Section>

      <Section legend="Who answers for it">
        <div id={fieldId("owner")} tabIndex={-1} role="group" aria-label="Information asset owner (IAO)">
          <PersonPicker label="Information asset owner (IAO)" hint="The Executive Head of Service accountable for it." value={draft.owner} onChange={(owner) => set({ owner })} error={problems.owner} />
        </div>
        <div id={fieldId("manager")} tabIndex={-1} role="group" aria-label="Information asset manager (IAM)">
          <PersonPicker label="Information asset manager (IAM)" hint="The Service Manager responsible for it day to day." value={draft.manager} onChange={(manager) => set({ manager })} error={problems.manager} />
        </div>
      </Section>

      <Section legend="Personal data">
        <YesNoField field="personalData" label="Does it hold personal data?" value={draft.personalData} onChange={(personalData) => set({ personalData })} error={problems.personalData} />
        {personal && (
          <>
            <Field label="Purposes of processing">
              <Textarea id={fieldId("purposes")} value={draft.purposes} onChange={(_, d) => set({ purposes: d.value })} resize="vertical" rows={2} />
            </Field>
            <Field label="Lawful basis (Article 6)" hint="Choose each that applies.">
              <div id={fieldId("lawfulBases")} role="group" aria-label="Lawful basis (Article 6)">
                {LAWFUL_BASES.map((basis) => (
                  <Checkbox
                    key={basis}
                    label={basis}
                    checked={draft.lawfulBases.includes(basis)}
                    onChange={(_, d) => set({ lawfulBases: d.checked ? [...draft.lawfulBases, basis] : draft.lawfulBases.filter((b) => b !== basis) })}
                  />
                ))}
              </div>
            </Field>
            <YesNoField field="specialCategory" label="Does it hold special category data?" hint="Health, ethnicity, religion, sexual orientation, biometrics and the like." value={draft.specialCategory} onChange={(specialCategory) => set({ specialCategory })} />
            <YesNoField field="criminalOffenceData" label="Does it hold criminal offence data?" value={draft.criminalOffenceData} onChange={(criminalOffenceData) => set({ criminalOffenceData })} />
            {(draft.specialCategory === "Yes" || draft.criminalOffenceData === "Yes") && (
              <Field label="Condition (Article 9 and DPA 2018 Schedule 1)">
                <Textarea id={fieldId("specialCategoryCondition")} value={draft.specialCategoryCondition} onChange={(_, d) => set({ specialCategoryCondition: d.value })} resize="vertical" rows={2} />
              </Field>
            )}
            <Field label="Categories of data subjects" hint="Whose data: residents, tenants, staff…">
              <Textarea id={fieldId("dataSubjects")} value={draft.dataSubjects} onChange={(_, d) => set({ dataSubjects: d.value })} resize="vertical" rows={2} />
            </Field>
            <Field label="Categories of personal data" hint="What about them: names, addresses, bank details…">
              <Textarea id={fieldId("personalDataCategories")} value={draft.personalDataCategories} onChange={(_, d) => set({ personalDataCategories: d.value })} resize="vertical" rows={2} />
            </Field>
            <Field label="Shared with (recipients)" hint="Who receives it, by kind of organisation; write “None” if no one.">
              <Textarea id={fieldId("sharedWith")} value={draft.sharedWith} onChange={(_, d) => set({ sharedWith: d.value })} resize="vertical" rows={2} />
            </Field>
            <YesNoField field="transfersOutsideUk" label="Is it transferred outside the UK?" value={draft.transfersOutsideUk} onChange={(transfersOutsideUk) => set({ transfersOutsideUk })} />
            {draft.transfersOutsideUk === "Yes" && (
              <Field label="Countries and safeguards">
                <Textarea id={fieldId("transferSafeguards")} value={draft.transferSafeguards} onChange={(_, d) => set({ transferSafeguards: d.value })} resize="vertical" rows={2} />
              </Field>
            )}
          </>
        )}
        <Field label="Data sharing agreement" hint="Its reference, if the data is shared or received under one." {...state("sharingAgreement")}>
          <Input id={fieldId("sharingAgreement")} value={draft.sharingAgreement} onChange={(_, d) => set({ sharingAgreement: d.value })} maxLength={255} />
        </Field>
      </Section>

      <Section legend="Retention and disposal">
        <Field label="Retention period" hint="As the retention schedule words it." {...state("retentionPeriod")}>
          <Input id={fieldId("retentionPeriod")} value={draft.retentionPeriod} onChange={(_, d) => set({ retentionPeriod: d.value })} maxLength={255} />
        </Field>
        <div className={styles.twoColumns}>
          <Field label="Retention in months" hint="For disposal dates: 72 for six years." {...state("retentionMonths")}>
            <Input id={fieldId("retentionMonths")} inputMode="numeric" value={draft.retentionMonths} onChange={(_, d) => set({ retentionMonths: d.value })} />
          </Field>
          <DateField id={fieldId("heldFrom")} label="Oldest records held from" value={draft.heldFrom} onChange={(heldFrom) => set({ heldFrom })} validationMessage={problems.heldFrom} />
        </div>
        <Field label="Disposal action" {...state("disposalAction")}>
          <Select id={fieldId("disposalAction")} value={draft.disposalAction} onChange={(_, d) => set({ disposalAction: d.value as AssetDraft["disposalAction"] })}>
            <option value="">Not recorded</option>
            {DISPOSAL_ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </Select>
        </Field>
      </Section>

      <Section legend="Security and references">
        <Field label="Security classification" {...state("securityClassification")}>
          <Select id={fieldId("securityClassification")} value={draft.securityClassification} onChange={(_, d) => set({ securityClassification: d.value as AssetDraft["securityClassification"] })}>
            <option value="">Not recorded</option>
            {SECURITY_CLASSIFICATIONS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
        <Field label="Security measures" hint="In general terms: access control, encryption, where it is kept.">
          <Textarea id={fieldId("securityMeasures")} value={draft.securityMeasures} onChange={(_, d) => set({ securityMeasures: d.value })} resize="vertical" rows={2} />
        </Field>
        <div className={styles.twoColumns}>
          <Field label="ROPA entry" hint="Held by Information Governance." {...state("ropaReference")}>
            <Input id={fieldId("ropaReference")} value={draft.ropaReference} onChange={(_, d) => set({ ropaReference: d.value })} maxLength={120} />
          </Field>
          <Field label="DPIA" hint="Held by Information Governance." {...state("dpiaReference")}>
            <Input id={fieldId("dpiaReference")} value={draft.dpiaReference} onChange={(_, d) => set({ dpiaReference: d.value })} maxLength={120} />
          </Field>
        </div>
        <Field label="Review frequency" hint="Quarterly unless there is a reason for less often.">
          <Select id={fieldId("reviewFrequency")} value={draft.reviewFrequency} onChange={(_, d) => set({ reviewFrequency: d.value as AssetDraft["reviewFrequency"] })}>
            {REVIEW_FREQUENCIES.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </Select>
        </Field>
      </Section>

      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? "Saving…" : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
