/**
 * `analyze --compare OLD`: reads the earlier wave from disk with the same codebook as this wave
 * and compares the two (src/analysis/compareWaves.ts). The earlier file's own problems (bad cells)
 * are returned as issues naming that file.
 */
import type { Codebook } from "../analysis/codebook";
import { compareWaves } from "../analysis/compareWaves";
import type { Dataset } from "../analysis/dataset";
import { ingest } from "../analysis/ingest";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { WaveComparison } from "../analysis/results";
import { CliError, pickDataSheet, readGrids } from "./loadInput";

export interface LoadComparisonOptions {
  label?: string;
  matchOn?: string;
  /** The data sheet of the earlier file when it has more than one (default: the first with data). */
  sheet?: string;
  language: Language;
}

/** Reads the earlier wave (`path`) and compares `current` with it. */
export async function loadComparison(
  path: string,
  codebook: Codebook,
  current: Dataset,
  options: LoadComparisonOptions
): Promise<{ comparison: WaveComparison; issues: Issue[] }> {
  const { language } = options;
  const grids = await readGrids(path, language);
  const sheet =
    options.sheet !== undefined && grids.some((grid) => grid.sheet === options.sheet)
      ? options.sheet
      : undefined;
  const previous = ingest(pickDataSheet(grids, sheet, language), codebook, { language });
  if (previous.respondentIds.length === 0) {
    throw new CliError(
      language === "nl"
        ? `${path}: de vorige bevraging bevat geen enkele respondent met antwoorden.`
        : `${path}: the previous wave holds no respondent with answers.`
    );
  }
  const { comparison, issues } = compareWaves(current, previous, {
    label: options.label,
    matchOn: options.matchOn,
    language,
  });
  return { comparison, issues: [...previous.issues, ...issues] };
}
