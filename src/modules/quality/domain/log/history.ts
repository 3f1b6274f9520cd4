/**
 * An issue's history from SharePoint's item versions (`items(id)/versions`): every save is kept by
 * SharePoint itself, so nobody can rewrite it. A person column may come as `IssueOwnerId` or as
 * `IssueOwner: { LookupId, LookupValue }`, and the editor as `EditorId` or `Editor`; both are read.
 */
export const TRACKED_FIELDS = {
  Status: "Status",
  IssueOwnerId: "Owner",
  TargetDate: "Target date",
  RootCause: "Root cause",
  ResolutionNotes: "Resolution notes",
  WontFixReason: "Why it will not be fixed",
  Severity: "Severity",
  Dimension: "Dimension",
  Dataset: "Dataset or system",
  Description: "What is wrong",
  ExampleRecords: "Example record references",
  Service: "Service",
} as const;
export type TrackedField = keyof typeof TRACKED_FIELDS;

export interface IssueVersion {
  label: string;
  saved: string;
  editorId: number | null;
  editorName: string | null;
  values: Partial<Record<TrackedField, unknown>>;
  /** The owner's name where the version carries it. */
  ownerName: string | null;
}

type Raw = Record<string, unknown>;

function person(raw: Raw, name: string): { id: number | null; title: string | null } {
  const direct = raw[`${name}Id`];
  const object = raw[name] as { LookupId?: unknown; LookupValue?: unknown; Id?: unknown; Title?: unknown } | null | undefined;
  const id = typeof direct === "number" ? direct : typeof object?.LookupId === "number" ? object.LookupId : typeof object?.Id === "number" ? object.Id : null;
  const title = typeof object?.LookupValue === "string" ? object.LookupValue : typeof object?.Title === "string" ? object.Title : null;
  return { id, title };
}

export function versionFromWire(raw: Raw): IssueVersion {
  const values: Partial<Record<TrackedField, unknown>> = {};
  for (const field of Object.keys(TRACKED_FIELDS) as TrackedField[]) {
    values[field] = field === "IssueOwnerId" ? person(raw, "IssueOwner").id : (raw[field] ?? null);
  }
  const editor = person(raw, "Editor");
  return {
    label: String(raw.VersionLabel ?? raw.OData__UIVersionString ?? ""),
    saved: String(raw.Created ?? raw.Modified ?? ""),
    editorId: editor.id,
    editorName: editor.title,
    values,
    ownerName: person(raw, "IssueOwner").title,
  };
}

export interface Change {
  field: TrackedField;
  label: string;
  from: unknown;
  to: unknown;
}

export interface HistoryEntry {
  label: string;
  saved: string;
  editorId: number | null;
  editorName: string | null;
  /** "created" for the first version (a report made, or an issue triaged into the log); otherwise what changed from the version before. */
  kind: "created" | "changed";
  changes: Change[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const byLabel = (a: IssueVersion, b: IssueVersion) => Number.parseFloat(a.label) - Number.parseFloat(b.label);

/** Newest first; a save that changed none of the tracked columns is left out. */
export function issueHistory(versions: readonly IssueVersion[]): HistoryEntry[] {
  const sorted = [...versions].sort(byLabel);
  const entries: HistoryEntry[] = [];
  sorted.forEach((version, i) => {
    const previous = sorted[i - 1];
    if (!previous) {
      entries.push({ label: version.label, saved: version.saved, editorId: version.editorId, editorName: version.editorName, kind: "created", changes: [] });
      return;
    }
    const changes = (Object.keys(TRACKED_FIELDS) as TrackedField[])
      .filter((f) => !same(previous.values[f], version.values[f]))
      .map((field) => ({ field, label: TRACKED_FIELDS[field], from: previous.values[field] ?? null, to: version.values[field] ?? null }));
    if (changes.length) entries.push({ label: version.label, saved: version.saved, editorId: version.editorId, editorName: version.editorName, kind: "changed", changes });
  });
  return entries.reverse();
}
