import { Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { SideDrawer } from "../../../core/ui/SideDrawer";
import { useMemo, useState } from "react";
import { toCsv } from "../../../core/domain/csv";
import { downloadCsv } from "../../../core/ui/download";
import { loadPrinciples, type Principle } from "../../../core/data/principles";
import { formatDate, plural, updatedAgo } from "../../../core/domain/format";
import { navigate, routeHref } from "../../../core/ui/router";
import { useServices } from "../../../core/ui/services";
import { ErrorState, Loading } from "../../../core/ui/states";
import { useAsync } from "../../../core/ui/use-async";
import { screenRead, useScreenRead } from "../../../core/ui/screen-read";
import { CacheNote } from "../../../core/ui/CacheNote";
import { principlesList } from "../../../../manifest/principles";
import type { ModulePageProps } from "../../../core/module";
import { currentSiteUserId } from "../../../core/data/people";
import { ACTION_CAPABILITIES } from "../capabilities";
import { addAction, canAddActions, getAction } from "../data/actions-data";
import { useAssignmentNotice } from "./use-assignment-notice";
import type { Action } from "../domain/action";
import { ragOf } from "../domain/rag";
import { type ActionDraft, type DraftErrors, draftToFields, emptyDraft, validateDraft } from "../domain/validation";
import { type ActionFilters, filtersFromParams, filtersToParams, groupedRows, matchesFilters, serverFilter, sortActions, sortedBy, type Viewer, WHAT_NEXT } from "../domain/views";
import { ActionDetail } from "./ActionDetail";
import { ActionForm } from "./ActionForm";
import { ActionsSummary } from "./ActionsSummary";
import { ActionsTable } from "./ActionsTable";
import { ActionsToolbar } from "./ActionsToolbar";
import { useActionList } from "./use-action-list";
import { actionsList } from "../lists";

/** The tracker's own context (principles, who you are on the site, whether you may add) kept for a reopened tab. */
const CONTEXT = screenRead(
  "actions.context",
  async ({ sp, person }): Promise<PageContext> => {
    const [principles, siteUserId, canAdd] = await Promise.all([loadPrinciples(sp), currentSiteUserId(sp), canAddActions(sp)]);
    return { principles, viewer: { siteUserId, service: person.profile.department }, canAdd };
  },
  { cacheOver: [principlesList, actionsList] },
);

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  status: { color: tokens.colorNeutralForeground2 },
});

interface PageContext {
  principles: Principle[];
  viewer: Viewer;
  canAdd: boolean;
}

function AddAction({ principles, initialPrinciple, onAdded, onCancel }: { principles: Principle[]; initialPrinciple: string; onAdded: (a: Action) => void; onCancel: () => void }) {
  const { sp } = useServices();
  const noticeAssignment = useAssignmentNotice();
  const [draft, setDraft] = useState<ActionDraft>(() => emptyDraft(initialPrinciple));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async () => {
    const found = validateDraft(draft, { today: new Date() });
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    setFailure(null);
    try {
      const added = await addAction(sp, { ...draftToFields(draft), Source: null });
      onAdded(added);
      noticeAssignment(null, added);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      {failure !== null && <ErrorState error={failure} />}
      <ActionForm draft={draft} errors={errors} principles={principles} saving={saving} submitLabel="Add action" onChange={setDraft} onSubmit={() => void submit()} onCancel={onCancel} />
    </>
  );
}

/** The action tracker: every commitment of the strategy as a tracked action. */
export default function ActionsPage({ rest, params }: ModulePageProps) {
  const styles = useStyles();
  const { sp, person, capabilities } = useServices();
  const today = useMemo(() => new Date(), []);
  const filters = filtersFromParams(params);
  const paramsObject = filtersToParams(filters);
  const context = useScreenRead(CONTEXT);
  const ready = context.status === "ready" ? context.value : undefined;
  // Only "My actions" needs the person's site user id; every other view starts loading at once,
  // in parallel with the page's own context, so the first rows come a round trip sooner.
  const earlyViewer: Viewer | undefined = filters.view === "mine" ? undefined : { siteUserId: 0, service: person.profile.department };
  const viewerForQuery = ready?.viewer ?? earlyViewer;
  const list = useActionList(viewerForQuery ? serverFilter(filters, viewerForQuery, today) : undefined, Boolean(viewerForQuery));

  const principleOrder = useMemo(() => ready?.principles.map((p) => p.key) ?? [], [ready]);
  const principleTitle = (key: string | null) => (key === null ? "Across the strategy" : (ready?.principles.find((p) => p.key === key)?.title ?? key));
  const visible = useMemo(
    () => (ready ? sortActions(list.actions.filter((a) => matchesFilters(a, filters, ready.viewer, today)), filters.sort, principleOrder, filters.descending) : []),
    // filters is rebuilt from params each render; its URL form is the stable key.
    [ready, list.actions, JSON.stringify(filters), principleOrder, today],
  );

  const selectedId = rest[0] && /^\d+$/.test(rest[0]) ? Number(rest[0]) : undefined;
  const adding = rest[0] === "new";
  const inList = selectedId !== undefined ? list.actions.find((a) => a.id === selectedId) : undefined;
  // A link may open an action outside the current view: fetch it on its own.
  const outside = useAsync(async () => (selectedId !== undefined && !inList && !list.loading ? getAction(sp, selectedId) : undefined), [sp, selectedId, Boolean(inList), list.loading]);
  const selected = inList ?? (outside.status === "ready" ? outside.value : undefined);

  const setFilters = (next: ActionFilters, options?: { replace?: boolean }) => navigate(routeHref("actions", [], filtersToParams(next)), options);
  const close = () => navigate(routeHref("actions", [], paramsObject));

  const exportCsv = () => {
    const csv = toCsv(visible, [
      { header: "ID", value: (a) => a.id },
      { header: "Principle", value: (a) => principleTitle(a.principleKey) },
      { header: "Action", value: (a) => a.title },
      { header: "Owner", value: (a) => a.ownerName },
      { header: "Service", value: (a) => a.service },
      { header: "Status", value: (a) => a.status },
      { header: "RAG", value: (a) => ragOf(a, today) },
      { header: "Start date", value: (a) => formatDate(a.startDate) },
      { header: "Due date", value: (a) => formatDate(a.dueDate) },
      { header: "Percent complete", value: (a) => a.percentComplete },
      { header: "Latest update", value: (a) => a.latestUpdate },
    ]);
    downloadCsv(`data-hub-actions-${today.toISOString().slice(0, 10)}.csv`, csv);
  };

  if (context.status === "loading") return <Loading label="Opening the action tracker…" />;
  if (context.status === "error") return <ErrorState error={context.error} onRetry={context.reload} />;
  const { principles, viewer, canAdd } = context.value;
  const canEdit = (a: Action) => capabilities.has(ACTION_CAPABILITIES.editAny) || a.ownerId === viewer.siteUserId;
  const drawerTitle = adding ? "Add an action" : (selected?.title ?? "Action");

  return (
    <div className={styles.page}>
      <div>
        <Title2 as="h1" block>
          Action tracker
        </Title2>
        <Text as="p">Every commitment of the strategy, tracked to completion.</Text>
      </div>
      <ActionsToolbar
        filters={filters}
        principles={principles}
        onChange={setFilters}
        principleTitle={principleTitle}
        onExport={exportCsv}
        canExport={!list.loading && visible.length > 0}
        onAdd={canAdd ? () => navigate(routeHref("actions", ["new"], paramsObject)) : undefined}
      />
      <Text role="status" aria-live="polite" className={styles.status}>
        {list.cachedAt !== null && list.loading
          ? `Showing ${plural(visible.length, "action")} as updated ${updatedAgo(list.cachedAt, Date.now())}; checking for changes…`
          : list.loading
            ? `Loading actions… ${plural(list.actions.length, "action")} so far`
            : `Showing ${plural(visible.length, "action")}`}
      </Text>
      {list.error !== null &&
        (list.cachedAt !== null ? (
          <CacheNote state={{ status: "ready", value: null, source: "cache", savedAt: list.cachedAt, refreshing: false, refreshError: list.error }} onRetry={list.reload} />
        ) : (
          <ErrorState error={list.error} onRetry={list.reload} />
        ))}
      {(list.cachedAt !== null || (!list.loading && list.error === null)) && <ActionsSummary actions={visible} principleTitle={principleTitle} today={today} />}
      {visible.length > 0 ? (
        <ActionsTable
          rows={groupedRows(visible, filters.group, principleTitle, principleOrder)}
          actionCount={visible.length}
          sort={filters.sort}
          descending={Boolean(filters.descending)}
          onSort={(sort) => setFilters(sortedBy(filters, sort), { replace: true })}
          principleTitle={principleTitle}
          params={paramsObject}
          today={today}
          canEdit={canEdit}
          onSaved={list.upsert}
        />
      ) : (
        !list.loading && list.error === null && <Text as="p">No actions match this view. Try another view or clear the filters.</Text>
      )}
      <SideDrawer open={adding || selectedId !== undefined} title={drawerTitle} onClose={close}>
          {adding && (
            <AddAction
              principles={principles}
              initialPrinciple={filters.principle && filters.principle !== WHAT_NEXT ? filters.principle : ""}
              onAdded={(a) => {
                list.upsert(a);
                navigate(routeHref("actions", [String(a.id)], paramsObject));
              }}
              onCancel={close}
            />
          )}
          {selectedId !== undefined && !selected && outside.status === "error" && <ErrorState error={outside.error} onRetry={outside.reload} />}
          {selectedId !== undefined && !selected && outside.status !== "error" && <Loading label="Loading the action…" />}
          {selected && <ActionDetail key={selected.id} action={selected} principles={principles} principleTitle={principleTitle(selected.principleKey)} canEdit={canEdit(selected)} today={today} onSaved={list.upsert} />}
      </SideDrawer>
    </div>
  );
}
