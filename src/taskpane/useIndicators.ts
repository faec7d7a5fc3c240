/**
 * The task pane's indicator flow (issue 8 §5): while the pane looks at a workbook (the survey
 * flow's detect), it also asks the host whether the workbook is an indicator framework (an
 * `Indicatoren` sheet); if so the pane shows the indicator card instead of the survey's views.
 * Holds the options form (indicatorDraft.ts), the run/refresh task, "Feedback per eenheid" (with
 * the form's period, roll-up and smallest group) and the monitoring template task. Hosts without indicator verbs (some test fakes) never find a framework.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../analysis/language";
import type {
  FeedbackOutput,
  FeedbackSummary,
  IndicatorOverview,
  IndicatorSettings,
  IndicatorSummary,
  MonitoringTemplateFile,
  NetwerkmeterHost,
  UnitFeedbackRequest,
} from "../app/host";
import type { FlowState } from "./flow";
import type { IndicatorDraft } from "./indicatorDraft";
import {
  draftFromSettings,
  editDraft,
  EMPTY_INDICATOR_DRAFT,
  toIndicatorSettings,
} from "./indicatorDraft";
import { useFeedbackTask } from "./useFeedback";
import { useTask, type TaskState } from "./useTask";

export interface IndicatorFlow {
  /** "checking": asking the host; "found": an indicator workbook; "none": a survey workbook. */
  phase: "idle" | "checking" | "found" | "none";
  overview: IndicatorOverview | null;
  /** Settings stored by an earlier indicator run (enables Vernieuwen). */
  stored: IndicatorSettings | null;
  draft: IndicatorDraft;
  /** True when the smallest-group field is not a whole number ≥ 0 (after a run was tried). */
  minCellError: boolean;
  edit: (patch: Partial<IndicatorDraft>) => void;
  run: () => void;
  refresh: () => void;
  /** The run or refresh in progress, done (the summary) or failed. */
  task: TaskState<IndicatorSummary>;
  backToOptions: () => void;
  template: TaskState<MonitoringTemplateFile>;
  makeTemplate: (unit: string, periods: string) => void;
  /** Where "Feedback per eenheid" can put the workbooks, best first; empty: the host has none. */
  feedbackOutputs: FeedbackOutput[];
  /** "Feedback per eenheid" in progress, done or failed. */
  feedback: TaskState<FeedbackSummary>;
  /**
   * One workbook per unit, with the form's period, roll-up and smallest group (an invalid
   * smallest group shows its error instead); `units` absent: every unit.
   */
  makeFeedback: (choice: { output: FeedbackOutput; groupBy?: string; units?: string[] }) => void;
}

export function useIndicators(
  host: NetwerkmeterHost,
  language: Language,
  survey: Pick<FlowState, "status" | "detections">
): IndicatorFlow {
  const { status: surveyStatus, detections } = survey;
  const [phase, setPhase] = useState<IndicatorFlow["phase"]>("idle");
  const [overview, setOverview] = useState<IndicatorOverview | null>(null);
  const [stored, setStored] = useState<IndicatorSettings | null>(null);
  const [draft, setDraft] = useState<IndicatorDraft>(EMPTY_INDICATOR_DRAFT);
  const [minCellError, setMinCellError] = useState(false);
  const ticket = useRef(0);
  const verbs = host.indicators;

  const task = useTask(
    (onProgress, settings: IndicatorSettings | null): Promise<IndicatorSummary> => {
      if (!verbs) throw new Error("This host has no indicator run.");
      return settings ? verbs.run(settings, onProgress) : verbs.refresh(onProgress);
    }
  );
  const template = useTask((_onProgress, unit: string, periods: string) => {
    if (!verbs) throw new Error("This host has no indicator run.");
    return verbs.monitoringTemplate(unit, periods, language);
  });
  const feedback = useFeedbackTask((request: UnitFeedbackRequest, onProgress) => {
    if (!verbs?.feedback) throw new Error("This host has no feedback per unit.");
    return verbs.feedback(request, onProgress);
  });
  const feedbackOutputs = useMemo(() => verbs?.feedbackOutputs?.() ?? [], [verbs]);
  const resetTask = task.reset;
  const resetTemplate = template.reset;
  const resetFeedback = feedback.reset;

  const check = useCallback(async () => {
    const mine = ++ticket.current;
    if (!verbs) {
      setPhase("none");
      return;
    }
    setPhase("checking");
    try {
      const found = await verbs.detect();
      if (ticket.current !== mine) return;
      setOverview(found);
      setStored(found?.stored ?? null);
      if (found) setDraft(draftFromSettings(found.stored, found));
      resetTask();
      resetTemplate();
      resetFeedback();
      setPhase(found ? "found" : "none");
    } catch {
      // Not being able to look for a framework is no reason to stop the survey flow.
      if (ticket.current === mine) setPhase("none");
    }
  }, [verbs, resetTask, resetTemplate, resetFeedback]);

  // Look whenever the survey flow looks at a (new) workbook, at the same time, so the survey's
  // views never flash up before an indicator card; forget it when the workbook is closed.
  useEffect(() => {
    if (surveyStatus === "start") {
      ticket.current++;
      setPhase("idle");
      setOverview(null);
    }
  }, [surveyStatus]);
  useEffect(() => {
    if (detections > 0) void check();
  }, [detections, check]);

  // A run that finished stores its settings (the card then offers Vernieuwen).
  const pending = useRef<IndicatorSettings | null>(null);
  useEffect(() => {
    if (task.state.status === "done" && pending.current) {
      setStored(pending.current);
      pending.current = null;
    }
  }, [task.state.status]);

  const startTask = task.start;
  const run = useCallback(() => {
    const result = toIndicatorSettings(draft, language);
    setMinCellError(result.error === "minCell");
    if (!result.settings) return;
    const settings = result.settings;
    pending.current = settings;
    void startTask(settings);
  }, [draft, language, startTask]);

  const refresh = useCallback(() => void startTask(null), [startTask]);

  const startFeedback = feedback.start;
  const makeFeedback = useCallback(
    (choice: { output: FeedbackOutput; groupBy?: string; units?: string[] }) => {
      const result = toIndicatorSettings(draft, language);
      setMinCellError(result.error === "minCell");
      if (!result.settings) return;
      const { period, per, minCell } = result.settings;
      startFeedback({ period, per, minCell, language, ...choice });
    },
    [draft, language, startFeedback]
  );

  const startTemplate = template.start;
  return useMemo(
    () => ({
      phase,
      overview,
      stored,
      draft,
      minCellError,
      edit: (patch: Partial<IndicatorDraft>) =>
        setDraft((current) => (overview ? editDraft(current, patch, overview) : current)),
      run,
      refresh,
      task: task.state,
      backToOptions: resetTask,
      template: template.state,
      makeTemplate: (unit: string, periods: string) => void startTemplate(unit, periods),
      feedbackOutputs,
      feedback: feedback.state,
      makeFeedback,
    }),
    [
      phase,
      overview,
      stored,
      draft,
      minCellError,
      run,
      refresh,
      task.state,
      resetTask,
      template.state,
      startTemplate,
      feedbackOutputs,
      feedback.state,
      makeFeedback,
    ]
  );
}
