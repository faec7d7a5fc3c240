/**
 * The analysis flow of the task pane as a pure reducer, so components only render state and the
 * transitions can be read (and tested) in one place:
 *
 *   start ──open──▶ opening ──▶ detecting ──▶ ready ──run/refresh──▶ running ──▶ done
 *   (preview only)                  ▲            ▲                                 │
 *                                   └─redetect───┴──────────── backToOptions ◀─────┘
 *   any async step can fail ──▶ error (remembers the step, so "retry" repeats it)
 *
 * Inside Excel the flow starts at `detecting`; in the browser preview at `start` (no workbook yet).
 * The options form and the column-mapping review edit `draft` and `mapping` while `ready`.
 */
import type { PercentBase, RoundingMode } from "../analysis/results";
import type { DataOverview, RunOptions, RunSummary } from "../app/host";

export type FlowStatus = "start" | "opening" | "detecting" | "ready" | "running" | "done" | "error";

/** The async steps that can fail (and be retried). */
export type FlowStep = "open" | "detect" | "run" | "refresh";

/** The options form as typed: numbers stay text until the run, so half-typed input is kept. */
export interface OptionsDraft {
  groupBy: string[];
  population: string;
  base: PercentBase;
  rounding: RoundingMode;
  minCell: string;
  /** "Vergelijk met vorige bevraging": the earlier wave's file, its label and match column ("": none). */
  compare?: CompareDraft | null;
}

/** The comparison part of the options form. */
export interface CompareDraft {
  file: string;
  label: string;
  matchOn: string;
}

export interface FlowState {
  status: FlowStatus;
  /** Preview: the opened file's name; null inside Excel. */
  workbookName: string | null;
  overview: DataOverview | null;
  /** Settings stored in the workbook by an earlier run (enables Refresh). */
  stored: RunOptions | null;
  draft: OptionsDraft;
  /** The user's mapping changes: header → item id, or null for "not an item". */
  mapping: Record<string, string | null>;
  summary: RunSummary | null;
  running: { kind: "run" | "refresh"; fraction: number; label: string } | null;
  /** `code`: the error's machine code when it has one (an InputError's, e.g. EMPTY_FILE). */
  error: { step: FlowStep; message: string; code?: string } | null;
  /**
   * How many detects were started (kept across opening another file): others that look at the
   * workbook when the pane does (the indicator check, useIndicators.ts) follow this count, which
   * changes even when React batches "detecting" with its result into one render.
   */
  detections: number;
}

export type FlowAction =
  | { type: "opening"; name: string }
  | { type: "detecting" }
  | { type: "detected"; overview: DataOverview; stored: RunOptions | null }
  | { type: "running"; kind: "run" | "refresh" }
  | { type: "progress"; fraction: number; label: string }
  | { type: "finished"; summary: RunSummary; options: RunOptions | null }
  | { type: "failed"; step: FlowStep; message: string; code?: string }
  | { type: "editOptions"; patch: Partial<OptionsDraft> }
  | { type: "mapColumn"; header: string; itemId: string | null }
  | { type: "resetMapping" }
  | { type: "backToOptions" }
  | { type: "close" };

export const DEFAULT_MIN_CELL = 5;

export const EMPTY_DRAFT: OptionsDraft = {
  groupBy: [],
  population: "",
  base: "valid",
  rounding: "exact",
  minCell: String(DEFAULT_MIN_CELL),
};

export function initialFlowState(kind: "excel" | "preview"): FlowState {
  return {
    status: kind === "preview" ? "start" : "detecting",
    workbookName: null,
    overview: null,
    stored: null,
    draft: EMPTY_DRAFT,
    mapping: {},
    summary: null,
    running: null,
    error: null,
    detections: 0,
  };
}

/** Every column offered in "Uitsplitsen naar": categorical ones, then numeric ones (in bands). */
export function groupChoices(overview: DataOverview): string[] {
  return [...overview.groupColumns, ...(overview.bandableColumns ?? [])];
}

/** The form prefilled from stored settings (or the defaults), keeping only existing columns. */
export function draftFrom(stored: RunOptions | null, overview: DataOverview): OptionsDraft {
  if (!stored) return EMPTY_DRAFT;
  return {
    groupBy: [...stored.groupBy, ...(stored.bands ?? []).map((band) => band.column)].filter(
      (column) => groupChoices(overview).includes(column)
    ),
    population: stored.population === null ? "" : String(stored.population),
    base: stored.base,
    rounding: stored.rounding,
    minCell: String(stored.minCell),
    ...(stored.compare
      ? {
          compare: {
            file: stored.compare.file,
            label: stored.compare.label ?? "",
            matchOn: stored.compare.matchOn ?? "",
          },
        }
      : {}),
  };
}

/** Mapping changes restricted to the headers that are in the data. */
function mappingFor(
  mapping: Record<string, string | null>,
  overview: DataOverview
): Record<string, string | null> {
  const headers = new Set(overview.mapping.map((row) => row.header));
  return Object.fromEntries(Object.entries(mapping).filter(([header]) => headers.has(header)));
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case "opening":
      return {
        ...initialFlowState("preview"),
        status: "opening",
        workbookName: action.name,
        detections: state.detections,
      };
    case "detecting":
      return { ...state, status: "detecting", error: null, detections: state.detections + 1 };
    case "detected": {
      // A second detect (the user searched again) keeps what they already typed or chose.
      const again = state.overview !== null;
      return {
        ...state,
        status: "ready",
        overview: action.overview,
        stored: action.stored,
        draft: again
          ? {
              ...state.draft,
              groupBy: state.draft.groupBy.filter((c) => groupChoices(action.overview).includes(c)),
            }
          : draftFrom(action.stored, action.overview),
        mapping: mappingFor(
          again ? state.mapping : (action.stored?.columnMapping ?? {}),
          action.overview
        ),
        error: null,
      };
    }
    case "running":
      return {
        ...state,
        status: "running",
        running: { kind: action.kind, fraction: 0, label: "" },
        error: null,
      };
    case "progress":
      if (state.status !== "running" || !state.running) return state;
      return {
        ...state,
        running: {
          ...state.running,
          fraction: Math.min(1, Math.max(0, action.fraction)),
          label: action.label,
        },
      };
    case "finished":
      return {
        ...state,
        status: "done",
        summary: action.summary,
        stored: action.options ?? state.stored,
        running: null,
        error: null,
      };
    case "failed":
      return {
        ...state,
        status: "error",
        running: null,
        error: {
          step: action.step,
          message: action.message,
          ...(action.code ? { code: action.code } : {}),
        },
      };
    case "editOptions":
      return { ...state, draft: { ...state.draft, ...action.patch } };
    case "mapColumn":
      return { ...state, mapping: { ...state.mapping, [action.header]: action.itemId } };
    case "resetMapping":
      return { ...state, mapping: {} };
    case "backToOptions":
      return state.overview ? { ...state, status: "ready", error: null } : state;
    case "close":
      return initialFlowState("preview");
  }
}
