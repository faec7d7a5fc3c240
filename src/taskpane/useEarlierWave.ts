/**
 * The task pane's side of "Vergelijk met vorige bevraging": reads a picked file, hands it to the
 * host (which holds it for the runs and refreshes of this session) and puts its name in the options
 * draft, so the run asks for the comparison. A file the host does not hold (after the pane was
 * opened again) is only a name in the stored options: ComparePanel says it is needed again.
 */
import { useCallback, useEffect } from "react";
import { readFileBytes } from "./browserFiles";
import type { CompareDraft } from "./flow";
import { useTask, type TaskState } from "./useTask";
import type { EarlierWaveInfo, NetwerkmeterHost } from "../app/host";

/** "bevraging-2016.xlsx" → "bevraging-2016": the default label of a wave. */
export function waveLabel(file: string): string {
  return file.replace(/\.(xlsx|xlsm)$/i, "");
}

export interface EarlierWave {
  task: TaskState<EarlierWaveInfo | null>;
  /** The wave the host holds now (null: none). */
  held: EarlierWaveInfo | null;
  choose: (file: File) => void;
  clear: () => void;
}

/**
 * @param workbook the open workbook's name (preview): another workbook forgets the wave
 * @param onDraft sets the draft's comparison (null: none)
 */
export function useEarlierWave(
  host: NetwerkmeterHost,
  workbook: string | null,
  onDraft: (compare: CompareDraft | null) => void
): EarlierWave {
  const task = useTask(async (_onProgress, file: File | null) => {
    if (!host.chooseEarlierWave) return null;
    const info = await host.chooseEarlierWave(
      file ? { name: file.name, bytes: await readFileBytes(file) } : null
    );
    onDraft(info ? { file: info.file, label: waveLabel(info.file), matchOn: "" } : null);
    return info;
  });
  const { reset } = task;
  // A new workbook in the preview is a new session: the host no longer holds the wave.
  useEffect(() => reset(), [workbook, reset]);
  const start = task.start;
  const choose = useCallback((file: File) => void start(file), [start]);
  const clear = useCallback(() => void start(null), [start]);
  const held = task.state.status === "done" ? (task.state.result ?? null) : null;
  return { task: task.state, held, choose, clear };
}
