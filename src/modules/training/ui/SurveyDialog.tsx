import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useReturnFocusOnUnmount } from "../../../core/ui/focus";
import { ErrorState } from "../../../core/ui/states";
import { missingRatings } from "../domain/survey";
import type { SurveyAnswers } from "../domain/training";

const SCALE = [
  [1, "1 Not confident"],
  [2, "2"],
  [3, "3"],
  [4, "4"],
  [5, "5 Very confident"],
] as const;

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // The five choices wrap on a phone rather than cutting "5 Very confident" off.
  scale: { flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  details: { fontWeight: tokens.fontWeightSemibold },
});

export interface SurveyDialogProps {
  title: string;
  intro: string;
  /** What is being booked, when it is a booking: the session's date, time and place. */
  details?: string;
  skills: string[];
  initial?: SurveyAnswers | null;
  submitLabel: string;
  /** Offered before booking: book now and rate later. */
  skipLabel?: string;
  onSubmit: (answers: SurveyAnswers | null) => Promise<void>;
  onClose: () => void;
}

/** A short self-rating, 1 to 5 per skill. The answers stay in the dialog if saving fails. */
export function SurveyDialog({ title, intro, details, skills, initial, submitLabel, skipLabel, onSubmit, onClose }: SurveyDialogProps) {
  const styles = useStyles();
  useReturnFocusOnUnmount();
  const [answers, setAnswers] = useState<Partial<SurveyAnswers>>(initial ?? {});
  const [missing, setMissing] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (skip: boolean) => {
    const unrated = skip ? [] : missingRatings(skills, answers);
    setMissing(unrated);
    if (unrated.length) return;
    setSaving(true);
    setFailure(null);
    try {
      await onSubmit(skip ? null : (answers as SurveyAnswers));
    } catch (error) {
      setFailure(error);
      setSaving(false);
    }
  };
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit(false);
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.fields}>
              {details && <Text className={styles.details}>{details}</Text>}
              <Text>{intro}</Text>
              {failure !== null && <ErrorState error={failure} />}
              {skills.map((skill) => (
                <Field key={skill} label={skill} validationMessage={missing.includes(skill) ? `Rate your confidence in ${skill.toLowerCase()}.` : undefined} validationState={missing.includes(skill) ? "error" : "none"}>
                  <RadioGroup layout="horizontal" className={styles.scale} value={answers[skill] ? String(answers[skill]) : ""} onChange={(_, d) => setAnswers({ ...answers, [skill]: Number(d.value) })}>
                    {SCALE.map(([value, label]) => (
                      <Radio key={value} value={String(value)} label={label} />
                    ))}
                  </RadioGroup>
                </Field>
              ))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={saving}>
                {saving ? "Saving…" : submitLabel}
              </Button>
              {skipLabel && (
                <Button onClick={() => void submit(true)} disabled={saving}>
                  {skipLabel}
                </Button>
              )}
              <Button onClick={onClose} disabled={saving}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
