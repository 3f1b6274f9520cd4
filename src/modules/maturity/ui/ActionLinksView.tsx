import { Link, Button, Combobox, Field, Option, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { type ReactNode, useMemo, useState } from "react";
import { formatDate, plural } from "../../../core/domain/format";
import { routeHref } from "../../../core/ui/router";
import { ErrorSummary } from "../../../core/ui/ErrorSummary";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { StaticTableRow } from "../../../core/ui/StaticTableRow";
import { useAsync } from "../../../core/ui/use-async";
import { loadActionChoices } from "../../actions";
import { addActionLink, type LinkedActions, loadLinkedActions, removeActionLink } from "../data/action-links-data";
import { loadFramework } from "../data/framework-data";
import { type Framework, type GroupRef, findGroup } from "../domain/framework";
import { Frame, Said, useMaturityStyles } from "./parts";
import { useViewer } from "./use-maturity";

const refText = (ref: GroupRef) => `${ref.kind}:${ref.key}`;
const MAX_SHOWN = 50;

/** The data lead links an action from the tracker to the topic or theme it sets out to improve. */
function AddLink({ framework, onAdded }: { framework: Framework; onAdded: (message: string) => void }) {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const actions = useAsync(() => loadActionChoices(sp), [sp]);
  const [query, setQuery] = useState("");
  const [actionId, setActionId] = useState<number | null>(null);
  const [target, setTarget] = useState("");
  const [problem, setProblem] = useState<{ field: "action" | "target"; message: string }[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const matches = useMemo(() => {
    if (actions.status !== "ready") return [];
    const q = query.trim().toLowerCase();
    return actions.value.filter((a) => !q || a.title.toLowerCase().includes(q) || String(a.id) === q).slice(0, MAX_SHOWN);
  }, [actions, query]);
  const groups = [...framework.topics, ...framework.themes];

  const submit = async () => {
    const found: typeof problem = [];
    if (actionId === null) found.push({ field: "action", message: "Choose the action from the tracker." });
    if (!target) found.push({ field: "target", message: "Choose the topic or theme it improves." });
    setProblem(found);
    if (found.length) return;
    const [kind, key] = target.split(":") as [GroupRef["kind"], string];
    setSaving(true);
    setFailure(null);
    try {
      await addActionLink(sp, actionId!, { kind, key });
      const title = actions.status === "ready" ? actions.value.find((a) => a.id === actionId)?.title : "";
      onAdded(`Linked “${title}” to ${findGroup(framework, { kind, key })?.name ?? key}.`);
      setActionId(null);
      setQuery("");
      setTarget("");
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  const message = (field: "action" | "target") => problem.find((p) => p.field === field)?.message;

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Subtitle2 as="h2">Link an action</Subtitle2>
      <ErrorSummary problems={problem.map((p) => ({ fieldId: `link-${p.field}`, message: p.message }))} />
      {actions.status === "error" && <ErrorState error={actions.error} onRetry={actions.reload} />}
      <Field label="Action from the tracker" hint={actions.status === "loading" ? "Loading the actions…" : "Type part of its title or its number."} required validationMessage={message("action")} validationState={message("action") ? "error" : "none"}>
        <Combobox
          id="link-action"
          freeform
          value={query}
          disabled={actions.status !== "ready"}
          onChange={(e) => {
            setQuery(e.target.value);
            setActionId(null);
          }}
          onOptionSelect={(_, d) => {
            setActionId(d.optionValue ? Number(d.optionValue) : null);
            setQuery(d.optionText ?? "");
          }}
        >
          {matches.map((a) => (
            <Option key={a.id} value={String(a.id)} text={a.title}>
              {`${a.title} (${a.status}${a.service ? `, ${a.service}` : ""})`}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Topic or theme it improves" required validationMessage={message("target")} validationState={message("target") ? "error" : "none"}>
        <Select id="link-target" value={target} onChange={(_, d) => setTarget(d.value)}>
          <option value="">Choose…</option>
          {groups.map((g) => (
            <option key={refText(g)} value={refText(g)}>
              {g.kind === "topic" ? "Topic" : "Theme"}: {g.name}
            </option>
          ))}
        </Select>
      </Field>
      {failure !== null && <ErrorState error={failure} />}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? "Linking…" : "Link the action"}
        </Button>
      </div>
    </form>
  );
}

function LinksTable({ linked, framework, canManage, onRemove }: { linked: LinkedActions; framework: Framework | null; canManage: boolean; onRemove: (id: number) => void }) {
  const styles = useMaturityStyles();
  const name = (ref: GroupRef) => (framework && findGroup(framework, ref)?.name) ?? ref.key;
  return (
    <div className={styles.tableScroll} role="region" aria-label="Linked improvement actions" tabIndex={0}>
      <Table size="small" aria-label="Linked improvement actions">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Action</TableHeaderCell>
            <TableHeaderCell>Improves</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Completed on</TableHeaderCell>
            {canManage && <TableHeaderCell>Link</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {linked.links.map((link) => {
            const outcome = linked.outcomes.get(link.actionId);
            return (
              <StaticTableRow key={link.id}>
                <TableCell>{outcome ? <Link href={routeHref("actions", [String(link.actionId)])}>{outcome.title}</Link> : `Action ${link.actionId} (no longer in the tracker)`}</TableCell>
                <TableCell>
                  {link.target.kind === "topic" ? "Topic" : "Theme"}: {name(link.target)}
                </TableCell>
                <TableCell>{outcome?.status ?? ""}</TableCell>
                <TableCell>{formatDate(outcome?.completedOn) || "Not completed"}</TableCell>
                {canManage && (
                  <TableCell>
                    <Button size="small" onClick={() => onRemove(link.id)}>
                      Unlink “{outcome?.title ?? link.actionId}”
                    </Button>
                  </TableCell>
                )}
              </StaticTableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** `#/maturity/actions`: improvement actions from the tracker, linked to what they improve, so change between rounds can be read against them. */
export default function ActionLinksView() {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const viewer = useViewer();
  const state = useAsync(async () => {
    const [linked, site] = await Promise.all([loadLinkedActions(sp), loadFramework(sp)]);
    return { linked, framework: site?.framework ?? null };
  }, [sp]);
  const [said, setSaid] = useState("");
  const [failure, setFailure] = useState<unknown>(null);
  const frame = (children: ReactNode) => (
    <Frame
      section="actions"
      title="Improvement actions"
      canManage={viewer.canManage}
      canAssess={viewer.canAssess}
      intro={<Text as="p">Actions in the action tracker that set out to improve a topic or theme. A topic is marked in "Change between rounds" when one was completed after the earlier round closed and by the day the later round opened.</Text>}
    >
      <Said text={said} />
      {children}
    </Frame>
  );
  if (state.status === "loading") return frame(<Loading label="Loading the linked actions…" />);
  if (state.status === "error") return frame(<ErrorState error={state.error} onRetry={state.reload} />);
  const { linked, framework } = state.value;
  const remove = async (id: number) => {
    const link = linked.links.find((l) => l.id === id);
    if (!link) return;
    setFailure(null);
    try {
      await removeActionLink(sp, link);
      setSaid("The link was removed. The action itself is unchanged.");
      state.reload();
    } catch (error) {
      setFailure(error);
    }
  };
  return frame(
    <>
      {failure !== null && <ErrorState error={failure} />}
      {linked.links.length === 0 ? <Text as="p">No action is linked yet.</Text> : <Text as="p">{plural(linked.links.length, "linked action")}.</Text>}
      {linked.links.length > 0 && <LinksTable linked={linked} framework={framework} canManage={viewer.canManage} onRemove={(id) => void remove(id)} />}
      {viewer.canManage && framework && (
        <div className={styles.stack}>
          <AddLink
            framework={framework}
            onAdded={(message) => {
              setSaid(message);
              state.reload();
            }}
          />
        </div>
      )}
    </>,
  );
}
