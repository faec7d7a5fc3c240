/**
 * Comparing a run with an earlier wave (`analyze --compare OLD`, the task pane's "Vergelijk met
 * vorige bevraging"), written once for both: the earlier file's grids (read by the host: from disk
 * on the command line, from a picked file in the pane) → its data sheet → ingest with THIS run's
 * codebook → compareWaves (src/analysis/compareWaves.ts) → the result with `comparison`, and the
 * fatal check (a --match-on column the earlier wave lacks stops the run, as the analysis's fatal
 * issues do).
 */
import type { Codebook } from "../analysis/codebook";
import { compareWaves } from "../analysis/compareWaves";
import type { Dataset } from "../analysis/dataset";
import type { Grid } from "../analysis/grid";
import { ingest } from "../analysis/ingest";
import type { Language } from "../analysis/language";
import type { AnalysisResult } from "../analysis/results";
import { WorkbookError } from "../workbook/port";
import { AnalysisError, fatalIssue, type AnalysisRun } from "./analyse";
import { pickDataSheet } from "./dataSheet";
import { appMessage } from "./messages";

/** What the task pane shows of an earlier wave once it is read. */
export interface EarlierWaveInfo {
  /** The file's name, e.g. "bevraging-2016.xlsx". */
  file: string;
  /** The data sheet read. */
  sheet: string;
  respondents: number;
  /** Items of this run's codebook found in it. */
  itemsRecognised: number;
  /** Its background columns (candidates for matching respondents, e.g. "Netwerk"). */
  columns: string[];
}

/**
 * The earlier wave's data, ingested with this run's codebook. `sheet`: the data sheet when the
 * earlier file has it (the command line passes its --sheet), else the first sheet with data.
 *
 * @throws WorkbookError EARLIER_WAVE_EMPTY when no respondent in it has an answer
 * @example
 * readEarlierWave(grids, codebook, { file: "2016.xlsx", language: "nl" }).respondentIds.length // 70
 */
export function readEarlierWave(
  grids: Grid[],
  codebook: Codebook,
  options: { file: string; sheet?: string; language: Language }
): Dataset {
  const { language } = options;
  const sheet =
    options.sheet !== undefined && grids.some((grid) => grid.sheet === options.sheet)
      ? options.sheet
      : undefined;
  const previous = ingest(pickDataSheet(grids, sheet, language), codebook, { language });
  if (previous.respondentIds.length === 0)
    throw new WorkbookError(
      appMessage(language, { code: "EARLIER_WAVE_EMPTY", file: options.file }),
      "EARLIER_WAVE_EMPTY"
    );
  return previous;
}

/** The pane's summary of an earlier wave read with `codebook`. */
export function earlierWaveInfo(file: string, previous: Dataset): EarlierWaveInfo {
  return {
    file,
    sheet: previous.source.sheet,
    respondents: previous.respondentIds.length,
    itemsRecognised: previous.items.length,
    columns: previous.background.map((column) => column.header),
  };
}

/**
 * The run's result with the comparison to `previous` and its issues (the earlier file's bad cells
 * first, then the comparison's).
 *
 * @throws AnalysisError when the comparison found a fatal issue (MATCH_COLUMN_MISSING)
 * @example
 * withEarlierWave(run, previous, { label: "2016", matchOn: "Netwerk", language: "nl" }).comparison!.paired!.matched // 70
 */
export function withEarlierWave(
  run: AnalysisRun,
  previous: Dataset,
  options: { label?: string; matchOn?: string; language: Language }
): AnalysisResult {
  const { comparison, issues } = compareWaves(run.dataset, previous, {
    label: options.label,
    matchOn: options.matchOn,
    language: options.language,
  });
  const { issues: own, ...rest } = run.result;
  const result: AnalysisResult = {
    ...rest,
    comparison,
    issues: [...own, ...previous.issues, ...issues],
  };
  const fatal = fatalIssue(result.issues);
  if (fatal) throw new AnalysisError(fatal.message, result.issues, fatal);
  return result;
}
