/**
 * The task pane's analysis flow: calls the host's verbs and feeds the results to `flowReducer`
 * (flow.ts), so components only render state and call these actions. Inside Excel it looks for
 * data as soon as it mounts; in the browser preview it waits for a workbook to be opened.
 *
 * Every async step takes a ticket; a result that arrives after a newer step started (the user
 * searched again, or closed the file) is dropped instead of overwriting newer state.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Language } from "../analysis/language";
import { errorCode, errorMessage, readFileBytes } from "./browserFiles";
import { flowReducer, initialFlowState, type FlowState, type OptionsDraft } from "./flow";
import { toRunOptions } from "./runOptions";
import type { NetwerkmeterHost, Progress, RunOptions, RunSummary } from "../app/host";

/** Where the browser preview fetches the example workbook (copied there by webpack). */
export const EXAMPLE_URL = "assets/coordinatoren-demos.xlsx";
export const EXAMPLE_NAME = "coordinatoren-demos.xlsx";

export interface NetwerkmeterFlow {
  state: FlowState;
  /** Looks for the data again (after the user selected another range or fixed cells). */
  detect: () => void;
  /** Preview: opens a picked or dropped .xlsx, then detects. */
  openFile: (file: File) => void;
  /** Preview: opens the bundled example workbook, then detects. */
  openExample: () => void;
  /** Preview: opens bytes from elsewhere (the consolidated workbook), then detects. */
  openFrom: (name: string, load: () => Promise<Uint8Array>) => void;
  /** Preview: back to the start screen. */
  close: () => void;
  /** Runs with the current options and mapping; does nothing while they have errors. */
  run: () => void;
  /** Reruns with the settings stored in the workbook. */
  refresh: () => void;
  editOptions: (patch: Partial<OptionsDraft>) => void;
  mapColumn: (header: string, itemId: string | null) => void;
  resetMapping: () => void;
  backToOptions: () => void;
  /** Repeats the step that failed. */
  retry: () => void;
}

export function useNetwerkmeter(host: NetwerkmeterHost, language: Language): NetwerkmeterFlow {
  const [state, dispatch] = useReducer(flowReducer, host.kind, initialFlowState);
  const ticket = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;
  const lastFile = useRef<{ name: string; load: () => Promise<Uint8Array> } | null>(null);
  // The host's own messages (what detect finds, files read, errors) follow the pane's language
  // switch; declared before the detect on mount so that one is in the right language already.
  useEffect(() => host.setLanguage?.(language), [host, language]);

  const detectWith = useCallback(
    async (mine: number) => {
      dispatch({ type: "detecting" });
      try {
        const [overview, stored] = await Promise.all([
          host.detect(),
          host.storedOptions().catch(() => null),
        ]);
        if (ticket.current === mine) dispatch({ type: "detected", overview, stored });
      } catch (error) {
        if (ticket.current === mine) {
          dispatch({ type: "failed", step: "detect", message: errorMessage(error) });
        }
      }
    },
    [host]
  );

  const detect = useCallback(() => {
    void detectWith(++ticket.current);
  }, [detectWith]);

  const open = useCallback(
    async (name: string, load: () => Promise<Uint8Array>) => {
      const mine = ++ticket.current;
      lastFile.current = { name, load };
      dispatch({ type: "opening", name });
      try {
        const bytes = await load();
        if (!host.openWorkbook) throw new Error("This host cannot open workbooks.");
        await host.openWorkbook(name, bytes);
      } catch (error) {
        if (ticket.current === mine) {
          dispatch({
            type: "failed",
            step: "open",
            message: errorMessage(error),
            ...errorCode(error),
          });
        }
        return;
      }
      if (ticket.current === mine) await detectWith(mine);
    },
    [host, detectWith]
  );

  const openFile = useCallback(
    (file: File) => void open(file.name, () => readFileBytes(file)),
    [open]
  );

  const openExample = useCallback(
    () =>
      void open(EXAMPLE_NAME, async () => {
        const response = await fetch(EXAMPLE_URL);
        if (!response.ok) throw new Error(`${EXAMPLE_URL}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      }),
    [open]
  );

  const execute = useCallback(
    async (
      kind: "run" | "refresh",
      work: (onProgress: Progress) => Promise<RunSummary>,
      options: RunOptions | null
    ) => {
      const mine = ++ticket.current;
      dispatch({ type: "running", kind });
      let shown = { fraction: -1, label: "" };
      const onProgress: Progress = (fraction, label) => {
        // Hosts may report per row; only re-render for a visible change.
        if (ticket.current !== mine) return;
        if (label === shown.label && Math.abs(fraction - shown.fraction) < 0.01) return;
        shown = { fraction, label };
        dispatch({ type: "progress", fraction, label });
      };
      try {
        const summary = await work(onProgress);
        if (ticket.current === mine) dispatch({ type: "finished", summary, options });
      } catch (error) {
        if (ticket.current === mine) {
          dispatch({ type: "failed", step: kind, message: errorMessage(error) });
        }
      }
    },
    []
  );

  const run = useCallback(() => {
    const { overview, draft, mapping } = stateRef.current;
    if (!overview) return;
    const options = toRunOptions(draft, mapping, overview, language);
    if (!options) return;
    void execute("run", (onProgress) => host.run(options, onProgress), options);
  }, [execute, host, language]);

  const refresh = useCallback(() => {
    void execute("refresh", (onProgress) => host.refresh(onProgress), null);
  }, [execute, host]);

  const close = useCallback(() => {
    ticket.current++;
    lastFile.current = null;
    dispatch({ type: "close" });
  }, []);

  const retry = useCallback(() => {
    const step = stateRef.current.error?.step;
    if (step === "open" && lastFile.current) {
      const { name, load } = lastFile.current;
      void open(name, load);
    } else if (step === "run") run();
    else if (step === "refresh") refresh();
    else detect();
  }, [open, run, refresh, detect]);

  useEffect(() => {
    if (host.kind === "excel") detect();
    return () => {
      ticket.current++;
    };
  }, [host, detect]);

  return useMemo(
    () => ({
      state,
      detect,
      openFile,
      openExample,
      close,
      run,
      refresh,
      openFrom: (name: string, load: () => Promise<Uint8Array>) => void open(name, load),
      editOptions: (patch: Partial<OptionsDraft>) => dispatch({ type: "editOptions", patch }),
      mapColumn: (header: string, itemId: string | null) =>
        dispatch({ type: "mapColumn", header, itemId }),
      resetMapping: () => dispatch({ type: "resetMapping" }),
      backToOptions: () => dispatch({ type: "backToOptions" }),
      retry,
    }),
    [state, detect, openFile, openExample, open, close, run, refresh, retry]
  );
}
