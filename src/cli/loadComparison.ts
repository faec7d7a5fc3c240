/**
 * `analyze --compare OLD`: reads the earlier wave from disk; the comparison itself is the task
 * pane's too (src/app/earlierWave.ts: ingest with this wave's codebook, compareWaves, fatal check).
 */
import type { Codebook } from "../analysis/codebook";
import type { Language } from "../analysis/language";
import type { AnalysisResult } from "../analysis/results";
import type { AnalysisRun } from "../app/analyse";
import { readEarlierWave, withEarlierWave } from "../app/earlierWave";
import { WorkbookError } from "../workbook/port";
import { CliError, readGrids } from "./loadInput";

export interface LoadComparisonOptions {
  label?: string;
  matchOn?: string;
  /** The data sheet of the earlier file when it has more than one (default: the first with data). */
  sheet?: string;
  language: Language;
}

/**
 * Reads the earlier wave (`path`) and returns the run's result with the comparison.
 *
 * @throws AnalysisError when --match-on names a column the earlier wave lacks
 */
export async function loadComparison(
  path: string,
  codebook: Codebook,
  run: AnalysisRun,
  options: LoadComparisonOptions
): Promise<AnalysisResult> {
  const { language } = options;
  const grids = await readGrids(path, language);
  try {
    const previous = readEarlierWave(grids, codebook, {
      file: path,
      sheet: options.sheet,
      language,
    });
    return withEarlierWave(run, previous, options);
  } catch (error) {
    if (error instanceof WorkbookError && error.code === "EARLIER_WAVE_EMPTY")
      throw new CliError(error.message);
    throw error;
  }
}
