/**
 * A small async task with progress (insert template, consolidate, charts, download): its status,
 * result and error, for panels that are not part of the main analysis flow. Results of a call that
 * was superseded by a newer one are ignored.
 */
import { useCallback, useRef, useState } from "react";
import type { Progress } from "../app/host";
import { errorMessage } from "./browserFiles";

export type TaskStatus = "idle" | "busy" | "done" | "error";

export interface TaskState<T> {
  status: TaskStatus;
  result: T | null;
  error: string | null;
  progress: { fraction: number; label: string } | null;
}

export interface Task<A extends unknown[], T> {
  state: TaskState<T>;
  start: (...args: A) => Promise<void>;
  reset: () => void;
}

const IDLE = { status: "idle", result: null, error: null, progress: null } as const;

export function useTask<A extends unknown[], T>(
  work: (onProgress: Progress, ...args: A) => Promise<T>
): Task<A, T> {
  const [state, setState] = useState<TaskState<T>>(IDLE);
  const workRef = useRef(work);
  workRef.current = work;
  const ticket = useRef(0);

  const start = useCallback(async (...args: A) => {
    const mine = ++ticket.current;
    setState({ status: "busy", result: null, error: null, progress: null });
    const onProgress: Progress = (fraction, label) => {
      if (ticket.current === mine) {
        setState((s) => (s.status === "busy" ? { ...s, progress: { fraction, label } } : s));
      }
    };
    try {
      const result = await workRef.current(onProgress, ...args);
      if (ticket.current === mine)
        setState({ status: "done", result, error: null, progress: null });
    } catch (error) {
      if (ticket.current === mine) {
        setState({ status: "error", result: null, error: errorMessage(error), progress: null });
      }
    }
  }, []);

  const reset = useCallback(() => {
    ticket.current++;
    setState(IDLE);
  }, []);

  return { state, start, reset };
}
