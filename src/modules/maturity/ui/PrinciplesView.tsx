import { Body1Strong, Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { type ReactNode, useRef, useState } from "react";
import { PRINCIPLES } from "../../../core/domain/principles";
import { isConflict } from "../../../core/data/concurrency";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { loadFramework } from "../data/framework-data";
import { loadLinks, saveLinkTargets, type SiteLink } from "../data/mapping-data";
import { type Framework, type GroupRef, findGroup } from "../domain/framework";
import { Frame, Said, useMaturityStyles } from "./parts";
import { useViewer } from "./use-maturity";

const refId = (ref: GroupRef) => `${ref.kind}:${ref.key}`;
const nameOf = (framework: Framework | null, ref: GroupRef) => (framework && findGroup(framework, ref)?.name) ?? ref.key;

/** The data lead points one strategy label at other topics or themes (saved with the version they saw). */
function EditTargets({ link, framework, onClose, onSaved }: { link: SiteLink; framework: Framework; onClose: () => void; onSaved: (link: SiteLink) => void }) {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const [base, setBase] = useState(link);
  const [chosen, setChosen] = useState(() => new Set(link.targets.map(refId)));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<SiteLink | null>(null);
  const [problem, setProblem] = useState("");
  const groups = [...framework.topics, ...framework.themes];
  const save = async () => {
    const targets = groups.filter((g) => chosen.has(refId(g))).map((g) => ({ kind: g.kind, key: g.key }));
    if (targets.length === 0) {
      setProblem(`Choose at least one topic or theme for “${link.label}”.`);
      return;
    }
    setProblem("");
    setSaving(true);
    setFailure(null);
    try {
      onSaved(await saveLinkTargets(sp, base, targets));
    } catch (error) {
      if (isConflict<SiteLink>(error)) {
        setTheirs(error.current);
        setBase(error.current);
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>What “{link.label}” reports on</DialogTitle>
          <DialogContent className={styles.stack}>
            {problem && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{problem}</MessageBarBody>
              </MessageBar>
            )}
            {theirs && (
              <MessageBar intent="warning" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>Someone else changed this while you were editing</MessageBarTitle>
                  It now points at {theirs.targets.map((t) => nameOf(framework, t)).join(", ") || "nothing"}. Your choice is still ticked below: save again to put it on top.
                </MessageBarBody>
              </MessageBar>
            )}
            <fieldset className={styles.fieldset}>
              <legend>Topics and themes</legend>
              {groups.map((g) => (
                <Checkbox
                  key={refId(g)}
                  label={`${g.kind === "topic" ? "Topic" : "Theme"}: ${g.name}`}
                  checked={chosen.has(refId(g))}
                  onChange={(_, d) => {
                    const next = new Set(chosen);
                    if (d.checked) next.add(refId(g));
                    else next.delete(refId(g));
                    setChosen(next);
                  }}
                />
              ))}
            </fieldset>
            {failure !== null && <ErrorState error={failure} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={saving} onClick={() => void save()}>
              {saving ? "Saving…" : "Save"}
            </Button>
            <Button disabled={saving} onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** `#/maturity/principles`: which topics and themes each strategy principle reports on, in the strategy's own words. */
export default function PrinciplesView() {
  const styles = useMaturityStyles();
  const { sp } = useServices();
  const viewer = useViewer();
  const state = useAsync(async () => {
    const [links, site] = await Promise.all([loadLinks(sp), loadFramework(sp)]);
    return { links, framework: site?.framework ?? null };
  }, [sp]);
  const [editing, setEditing] = useState<SiteLink | null>(null);
  const [said, setSaid] = useState("");
  // Saved links replace the loaded ones in place, so the list (and the button that opened the dialog) stays put.
  const [saved, setSaved] = useState<ReadonlyMap<number, SiteLink>>(new Map());
  const opener = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    setEditing(null);
    setTimeout(() => opener.current?.focus());
  };
  const frame = (children: ReactNode) => (
    <Frame
      section="principles"
      title="Strategy principles"
      canManage={viewer.canManage}
      canAssess={viewer.canAssess}
      intro={<Text as="p">The strategy reports its assessment under its five principles, with labels of its own ("Tools theme", "Data inventory and infrastructure"). Here is what each label means in the framework; results by principle use it.</Text>}
    >
      <Said text={said} />
      {children}
    </Frame>
  );
  if (state.status === "loading") return frame(<Loading label="Loading the principles…" />);
  if (state.status === "error") return frame(<ErrorState error={state.error} onRetry={state.reload} />);
  const { framework } = state.value;
  const links = state.value.links.map((l) => saved.get(l.id) ?? l);
  const principleKeys = [...new Set(links.map((l) => l.principleKey))];
  return frame(
    <>
      <ul className={styles.plainList}>
        {principleKeys.map((key) => {
          const mine = links.filter((l) => l.principleKey === key);
          return (
            <li key={key} className={styles.card}>
              <Body1Strong as="h2">{PRINCIPLES.find((p) => p.key === key)?.title ?? mine[0]?.heading ?? key}</Body1Strong>
              <ul className={styles.plainList}>
                {mine.map((link) => (
                  <li key={link.id} className={styles.tight}>
                    <Text weight="semibold">{link.label}</Text>
                    <blockquote className={styles.quote}>
                      <Text>“{link.quote}”</Text>
                    </blockquote>
                    <Text>Reports on: {link.targets.map((t) => `${t.kind} “${nameOf(framework, t)}”`).join(", ") || "nothing yet"}.</Text>
                    {link.note && <Text className={styles.secondary}>{link.note}</Text>}
                    {link.unreadable.length > 0 && <Text className={styles.secondary}>Lines that could not be read: {link.unreadable.join("; ")}.</Text>}
                    {viewer.canManage && framework && (
                      <div>
                        <Button
                          size="small"
                          onClick={(e) => {
                            opener.current = e.currentTarget;
                            setEditing(link);
                          }}
                        >
                          Change what “{link.label}” reports on
                        </Button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      {editing && framework && (
        <EditTargets
          link={editing}
          framework={framework}
          onClose={close}
          onSaved={(saved_) => {
            setSaid(`Saved: “${saved_.label}” now reports on ${saved_.targets.map((t) => nameOf(framework, t)).join(", ")}. Rounds closed from now on use it.`);
            setSaved(new Map(saved).set(saved_.id, saved_));
            close();
          }}
        />
      )}
    </>,
  );
}
