import { Button, Checkbox, Field, Input, Link, Select, Switch, Text, Textarea, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular, Search20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { DEFAULT_POWER_BI } from "../../../core/auth/config";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState } from "../../../core/ui/states";
import { addDashboard, saveDashboard } from "../data/catalogue-data";
import { createPowerBiApi, describePickerFailure, type PowerBiPage, type PowerBiReportSummary } from "../data/powerbi-api";
import { DASHBOARD_AUDIENCES, type Dashboard, type DashboardAudience, type DashboardDraft, type DraftErrors, draftFromDashboard, draftToFields, emptyDraft, parseWorkspaceRef, validateDraft } from "../domain/dashboard";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "48rem" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: "14rem" },
  fieldset: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  status: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

type Picker = { status: "idle" } | { status: "loading" } | { status: "ready"; reports: PowerBiReportSummary[] } | { status: "error"; message: string | null; error: unknown };

/**
 * Adds or edits a catalogue entry. The report can be picked from a Power BI workspace (Power BI
 * REST API, with the data lead's own token) instead of typing ids; saves carry the ETag loaded.
 */
export function DashboardEditor({ existing, onSaved }: { existing?: Dashboard; onSaved: (d: Dashboard) => void }) {
  const styles = useStyles();
  const services = useServices();
  const { sp, tokens: tokenProvider, person } = services;
  const api = useMemo(() => createPowerBiApi(tokenProvider, (services.powerBi ?? DEFAULT_POWER_BI).apiOrigin), [tokenProvider, services.powerBi]);
  const [draft, setDraft] = useState<DashboardDraft>(() => (existing ? draftFromDashboard(existing) : emptyDraft(person.profile.department ?? "")));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [picker, setPicker] = useState<Picker>({ status: "idle" });
  const [pages, setPages] = useState<PowerBiPage[]>([]);

  const set = <K extends keyof DashboardDraft>(key: K, value: DashboardDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const findReports = async () => {
    const workspaceId = parseWorkspaceRef(draft.workspace);
    if (!workspaceId) {
      setErrors((e) => ({ ...e, workspace: "Enter the workspace id, or paste a Power BI link from inside the workspace." }));
      return;
    }
    setErrors((e) => ({ ...e, workspace: undefined }));
    setPicker({ status: "loading" });
    try {
      setPicker({ status: "ready", reports: await api.listReports(workspaceId) });
    } catch (error) {
      setPicker({ status: "error", message: describePickerFailure(error), error });
    }
  };

  const chooseReport = async (reportId: string) => {
    const report = picker.status === "ready" ? picker.reports.find((r) => r.id === reportId) : undefined;
    setDraft((d) => ({ ...d, reportId, title: d.title.trim() ? d.title : (report?.name ?? ""), pageName: "" }));
    setPages([]);
    const workspaceId = parseWorkspaceRef(draft.workspace);
    if (!reportId || !workspaceId) return;
    try {
      setPages(await api.listPages(workspaceId, reportId));
    } catch (error) {
      // Pages are optional: without them the report opens on its own first page.
      console.warn("Data Hub: the report's pages could not be listed", error);
    }
  };

  const submit = async () => {
    const found = validateDraft(draft);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setSaving(true);
    setFailure(null);
    try {
      const fields = draftToFields(draft);
      onSaved(existing ? await saveDashboard(sp, existing, fields) : await addDashboard(sp, fields));
    } catch (error) {
      // The form keeps what was typed; a 412 says someone else saved first.
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const toggleAudience = (audience: DashboardAudience, on: boolean) => set("audience", on ? [...draft.audience, audience] : draft.audience.filter((a) => a !== audience));
  const back = existing ? routeHref("dashboards", [String(existing.id)]) : routeHref("dashboards");

  return (
    <div className={styles.page}>
      <Link href={back}>
        <ArrowLeft20Regular aria-hidden /> {existing ? "Back to the dashboard" : "All dashboards"}
      </Link>
      <Title2 as="h1">{existing ? `Edit ${existing.title}` : "Add a dashboard"}</Title2>
      {failure !== null && <ErrorState error={failure} />}
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Power BI report</legend>
          <div className={styles.row}>
            <Field label="Workspace" hint="Paste a Power BI link from inside the workspace, or its id." validationMessage={errors.workspace} className={styles.grow}>
              <Input value={draft.workspace} onChange={(_, data) => set("workspace", data.value)} />
            </Field>
            <Button icon={<Search20Regular />} onClick={() => void findReports()} disabled={picker.status === "loading"}>
              Find reports
            </Button>
          </div>
          {picker.status === "loading" && <Text className={styles.status}>Looking in the workspace…</Text>}
          {picker.status === "error" && (picker.message ? <Text role="alert">{picker.message}</Text> : <ErrorState error={picker.error} onRetry={() => void findReports()} />)}
          {picker.status === "ready" && (
            <Field label="Report in this workspace" hint={picker.reports.length ? undefined : "This workspace has no reports you can see."}>
              <Select value={picker.reports.some((r) => r.id === draft.reportId) ? draft.reportId : ""} onChange={(_, data) => void chooseReport(data.value)}>
                <option value="">Choose a report</option>
                {picker.reports.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label="Report id" hint="Filled in when you choose a report above." validationMessage={errors.reportId}>
            <Input value={draft.reportId} onChange={(_, data) => set("reportId", data.value)} />
          </Field>
          <Field label="Opening page" hint="Optional: the page the report opens on.">
            {pages.length > 0 ? (
              <Select value={draft.pageName} onChange={(_, data) => set("pageName", data.value)}>
                <option value="">The report's own first page</option>
                {pages.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.displayName}
                  </option>
                ))}
              </Select>
            ) : (
              <Input value={draft.pageName} onChange={(_, data) => set("pageName", data.value)} />
            )}
          </Field>
        </fieldset>

        <Field label="Title" required validationMessage={errors.title}>
          <Input value={draft.title} onChange={(_, data) => set("title", data.value)} />
        </Field>
        <Field label="Description">
          <Textarea value={draft.description} onChange={(_, data) => set("description", data.value)} resize="vertical" />
        </Field>
        <Field label="Department or service" hint="As people's Microsoft 365 profiles name it, e.g. Customer Services. Leave empty for council-wide.">
          <Input value={draft.department} onChange={(_, data) => set("department", data.value)} />
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Audience</legend>
          {DASHBOARD_AUDIENCES.map((a) => (
            <Checkbox key={a} label={a} checked={draft.audience.includes(a)} onChange={(_, data) => toggleAudience(a, data.checked === true)} />
          ))}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Filter to the viewer's department (optional)</legend>
          <Text size={200}>Where departments are in the report's data model. A convenience, not security: use row-level security in Power BI to restrict data.</Text>
          <div className={styles.row}>
            <Field label="Table" className={styles.grow}>
              <Input value={draft.filterTable} onChange={(_, data) => set("filterTable", data.value)} />
            </Field>
            <Field label="Column" validationMessage={errors.filterColumn} className={styles.grow}>
              <Input value={draft.filterColumn} onChange={(_, data) => set("filterColumn", data.value)} />
            </Field>
          </div>
        </fieldset>
        <Field label="Default filters (optional)" hint='JSON, e.g. [{"table": "Calendar", "column": "Year", "values": ["2026"]}]' validationMessage={errors.defaultFilters}>
          <Textarea value={draft.defaultFilters} onChange={(_, data) => set("defaultFilters", data.value)} resize="vertical" />
        </Field>
        <div className={styles.row}>
          <Field label="Order" hint="Lower numbers come first in their department." validationMessage={errors.order}>
            <Input value={draft.order} inputMode="numeric" onChange={(_, data) => set("order", data.value)} />
          </Field>
          <Switch label="Active (shown in the catalogue)" checked={draft.active} onChange={(_, data) => set("active", data.checked)} />
        </div>
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? "Saving…" : existing ? "Save changes" : "Add dashboard"}
          </Button>
          <Button onClick={() => navigate(back)}>Cancel</Button>
        </div>
      </form>
    </div>
  );
}
