import type { LogEntry } from "./log/issue";
import type { StoredRun } from "./runs";
import type { TableProfile } from "./validation/profile";
import type { ValidationResult } from "./validation/result-types";
import type { Suggestion } from "./validation/suggest";

/**
 * The validation screen's lifecycle as a pure machine: a source is chosen (a dropped file or a
 * SharePoint list read into the browser), profiled, then validated, with progress and cancel; a run's
 * result may be kept and may raise an issue. The hook (ui/validate/use-validation.ts) starts the
 * worker jobs the transitions ask for; the screen renders the state.
 */
export interface SourceInfo {
  kind: "file" | "list";
  name: string;
  bytes: number;
}

export interface Progress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
  rowsPerSecond: number;
}

export type JobStatus = "idle" | "running" | "done" | "cancelled" | "failed";

export interface ValidateState {
  source: SourceInfo | null;
  /** Reading a SharePoint list into the browser: items read so far. */
  reading: { items: number } | null;
  // Progress (rows, rows a second) is not kept here: it changes ten times a second, and only the
  // progress bar needs it, so it goes to that alone (ui/validate/progress-bus.ts) rather than re-render the screen.
  profile: { status: JobStatus; profile: TableProfile | null; suggestions: Suggestion[]; partial: boolean; error: unknown; accepted: string[] };
  run: { status: JobStatus; result: ValidationResult | null; error: unknown; sourceName: string | null };
  kept: StoredRun | null;
  raised: LogEntry | null;
  /** Saving a run or raising an issue. */
  busy: boolean;
  failure: unknown;
}

export type ValidateEvent =
  | { type: "reading"; items: number }
  | { type: "source"; source: SourceInfo }
  | { type: "source-failed"; error: unknown }
  | { type: "profiled"; profile: TableProfile; suggestions: Suggestion[]; partial: boolean }
  | { type: "profile-failed"; error: unknown; cancelled: boolean }
  | { type: "accepted"; suggestionId: string }
  | { type: "start-run" }
  | { type: "validated"; result: ValidationResult }
  | { type: "run-failed"; error: unknown; cancelled: boolean }
  | { type: "busy" }
  | { type: "kept"; run: StoredRun }
  | { type: "raised"; entry: LogEntry; run: StoredRun | null }
  | { type: "action-failed"; error: unknown }
  | { type: "clear" };

export interface ValidateTransition {
  state: ValidateState;
  /** What the hook must start: profiling the source, or a run. */
  effect?: "profile" | "validate";
}

const IDLE_PROFILE: ValidateState["profile"] = { status: "idle", profile: null, suggestions: [], partial: false, error: null, accepted: [] };
const IDLE_RUN: ValidateState["run"] = { status: "idle", result: null, error: null, sourceName: null };

export const INITIAL_VALIDATE_STATE: ValidateState = { source: null, reading: null, profile: IDLE_PROFILE, run: IDLE_RUN, kept: null, raised: null, busy: false, failure: null };

const running = (s: ValidateState) => s.profile.status === "running" || s.run.status === "running" || s.reading !== null;

export function validateTransition(state: ValidateState, event: ValidateEvent): ValidateTransition {
  switch (event.type) {
    case "reading":
      return { state: { ...state, reading: { items: event.items }, failure: null } };
    case "source":
      // A new source starts over: its profile first, so suggestions and the header are ready.
      return { state: { ...INITIAL_VALIDATE_STATE, source: event.source, profile: { ...IDLE_PROFILE, status: "running" } }, effect: "profile" };
    case "source-failed":
      return { state: { ...state, reading: null, failure: event.error } };
    case "profiled":
      return { state: { ...state, profile: { ...state.profile, status: "done", profile: event.profile, suggestions: event.suggestions, partial: event.partial } } };
    case "profile-failed":
      return { state: { ...state, profile: { ...state.profile, status: event.cancelled ? "cancelled" : "failed", error: event.cancelled ? null : event.error } } };
    case "accepted":
      return { state: { ...state, profile: { ...state.profile, accepted: [...state.profile.accepted, event.suggestionId] } } };
    case "start-run":
      if (!state.source || running(state)) return { state };
      return { state: { ...state, run: { ...IDLE_RUN, status: "running", sourceName: state.source.name }, kept: null, raised: null, failure: null }, effect: "validate" };
    case "validated":
      return { state: { ...state, run: { ...state.run, status: "done", result: event.result } } };
    case "run-failed":
      return { state: { ...state, run: { ...state.run, status: event.cancelled ? "cancelled" : "failed", error: event.cancelled ? null : event.error } } };
    case "busy":
      return { state: { ...state, busy: true, failure: null } };
    case "kept":
      return { state: { ...state, busy: false, kept: event.run } };
    case "raised":
      return { state: { ...state, busy: false, raised: event.entry, kept: event.run ?? state.kept } };
    case "action-failed":
      return { state: { ...state, busy: false, failure: event.error } };
    case "clear":
      return { state: INITIAL_VALIDATE_STATE };
  }
}
