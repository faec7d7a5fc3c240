/**
 * The task pane's side of "Feedback per netwerk": the network names of a chosen column (for the
 * choice of networks) and the feedback run itself; a .zip the host returns (browser preview) is
 * saved as a download. useFeedbackTask is the run alone, shared with "Feedback per eenheid"
 * (useIndicators.ts).
 */
import { useCallback } from "react";
import { saveBytes } from "./browserFiles";
import { useTask, type TaskState } from "./useTask";
import type { FeedbackRequest, FeedbackSummary, NetwerkmeterHost, Progress } from "../app/host";

export interface Feedback {
  networks: TaskState<string[]>;
  loadNetworks: (column: string) => void;
  run: TaskState<FeedbackSummary>;
  start: (request: FeedbackRequest) => void;
}

/**
 * A feedback run as a task: `deliver` asks the host for the workbooks; a .zip it hands back (the
 * browser preview) is saved as a download.
 */
export function useFeedbackTask<R>(
  deliver: (request: R, onProgress: Progress) => Promise<FeedbackSummary>
): { state: TaskState<FeedbackSummary>; start: (request: R) => void; reset: () => void } {
  const task = useTask(async (onProgress, request: R) => {
    const summary = await deliver(request, onProgress);
    if (summary.download)
      saveBytes(summary.download.name, summary.download.bytes, "application/zip");
    return summary;
  });
  const runStart = task.start;
  const start = useCallback((request: R) => void runStart(request), [runStart]);
  return { state: task.state, start, reset: task.reset };
}

export function useFeedback(host: NetwerkmeterHost): Feedback {
  const networks = useTask(async (_onProgress, column: string) =>
    host.feedbackNetworks ? host.feedbackNetworks(column) : []
  );
  const run = useFeedbackTask((request: FeedbackRequest, onProgress) => {
    if (!host.feedback) throw new Error("This host has no feedback.");
    return host.feedback(request, onProgress);
  });
  const loadStart = networks.start;
  const loadNetworks = useCallback((column: string) => void loadStart(column), [loadStart]);
  return { networks: networks.state, loadNetworks, run: run.state, start: run.start };
}
