import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadSettings, saveSettings } from "../data/notifications-data";
import { ACTIVITY_LABELS, ACTIVITY_TYPES, type ActivityType } from "../domain/notifications";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
});

/** Which Teams activity feed notifications the person gets: each kind on or off (all on until changed). */
export function NotificationSettingsForm() {
  const styles = useStyles();
  const { sp, person, hostKind } = useServices();
  const personKey = person.profile.id;
  const state = useAsync(() => loadSettings(sp, personKey), [sp, personKey]);
  const [off, setOff] = useState<ActivityType[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState("");
  const [failure, setFailure] = useState<unknown>(null);
  if (state.status === "loading") return <Loading label="Loading your notification settings…" />;
  if (state.status === "error") return <ErrorState error={state.error} onRetry={state.reload} />;
  const current = off ?? state.value?.off ?? [];
  const save = async () => {
    setSaving(true);
    setFailure(null);
    setSaved("");
    try {
      await saveSettings(sp, personKey, state.value, current);
      setSaved("Your notification settings were saved.");
      state.reload();
      setOff(null);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <Text>Tell me in the Teams activity feed when:</Text>
        </legend>
        {ACTIVITY_TYPES.map((type) => (
          <Checkbox
            key={type}
            label={ACTIVITY_LABELS[type]}
            checked={!current.includes(type)}
            onChange={(_, data) => setOff(data.checked ? current.filter((t) => t !== type) : [...current, type])}
          />
        ))}
      </fieldset>
      {hostKind === "sharepoint" && <Text>Notifications are sent from the Data tab in Teams; these settings apply there.</Text>}
      <Button type="submit" appearance="primary" disabled={saving}>
        {saving ? "Saving…" : "Save notification settings"}
      </Button>
      <div role="status">{saved && <Text>{saved}</Text>}</div>
      {failure !== null && <ErrorState error={failure} />}
      {failure === null && state.value === null && off === null && (
        <MessageBar intent="info">
          <MessageBarBody>Every kind is on until you change it.</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
