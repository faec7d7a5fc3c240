/**
 * The task pane's side of "Feedback per netwerk": the network names of a chosen column (for the
 * choice of networks) and the feedback run itself; a .zip the host returns (browser preview) is
 * saved as a download.
 */
import { useCallback } from "react";
import { saveBytes } from "./browserFiles";
import { useTask, type TaskState } from "./useTask";
import type { FeedbackRequest, FeedbackSummary, NetwerkmeterHost } from "../app/host";

export interface Feedback {
  networks: TaskState<string[]>;
  loadNetworks: (column: string) => void;
  run: TaskState<FeedbackSummary>;
  start: (request: FeedbackRequest) => void;
}

export function useFeedback(host: NetwerkmeterHost): Feedback {
  const networks = useTask(async (_onProgress, column: string) =>
    host.feedbackNetworks ? host.feedbackNetworks(column) : []
  );
  const run = useTask(async (onProgress, request: FeedbackRequest) => {
    if (!host.feedback) throw new Error("This host has no feedback.");
    const summary = await host.feedback(request, onProgress);
    if (summary.download)
      saveBytes(summary.download.name, summary.download.bytes, "application/zip");
    return summary;
  });
  const loadStart = networks.start;
  const runStart = run.start;
  const loadNetworks = useCallback((column: string) => void loadStart(column), [loadStart]);
  const start = useCallback((request: FeedbackRequest) => void runStart(request), [runStart]);
  return { networks: networks.state, loadNetworks, run: run.state, start };
}
