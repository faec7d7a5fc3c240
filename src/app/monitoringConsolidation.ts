/**
 * Consolidating returned monitoring templates (`netwerkmeter template --indicators`) into one
 * indicator framework: the first template's `Indicatoren` and every file's filled `Metingen` rows,
 * each with its provenance (`bestand`, `cel`), ready for `netwerkmeter indicators`. The survey
 * counterpart is src/template/consolidate.ts; this flow shares its file reading (limits, .xls,
 * damaged files) and its rules: one file at a time in file-name order, a bad file is skipped and
 * reported, never a stop; the same unit in two files keeps both and flags each (DUPLICATE_UNIT).
 * Bytes in through the injected WorkbookReader; no file system, no adapter here.
 * Contract: docs/consolidate.md, "Monitoring templates".
 *
 * @example
 * const result = await consolidateMonitoringWorkbooks(files, { readWorkbook: readXlsx, language: "nl" });
 * result.measurements[0] // ["indicator", "eenheid", "periode", "waarde", "teller", "noemer", "datum", "opmerking", "bestand", "cel"]
 */
import type { CellValue } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { normalizeText } from "../analysis/textMatch";
import { cellText } from "../indicators/columns";
import type { FileReport, WorkbookFile, WorkbookReader } from "../template/returnedFiles";
import { consolidateEachFile, flagDuplicates, settleFileReports } from "../template/returnedFiles";
import type { FilledMonitoringTemplate } from "../template/readMonitoringTemplate";
import { MEASUREMENT_HEADER } from "../template/monitoringTemplate";
import {
  isMonitoringTemplate,
  readFilledMonitoringTemplate,
} from "../template/readMonitoringTemplate";

/** Header of the consolidated `Metingen` sheet: the contract's columns, then provenance. */
export const CONSOLIDATED_MEASUREMENT_HEADER = [...MEASUREMENT_HEADER, "bestand", "cel"] as const;

export interface MonitoringConsolidateResult {
  /** The `Indicatoren` sheet of the first consolidated template (header first). */
  definitions: CellValue[][];
  /**
   * Header, then every row with a figure or a comment, in file order then sheet order; rows with an
   * error (not a number, negative, not whole, teller > noemer) are left out and listed in `issues`.
   */
  measurements: CellValue[][];
  /** Distinct units consolidated. */
  units: number;
  filesRead: number;
  filesConsolidated: number;
  filesSkipped: number;
  issues: Issue[];
  /** Per file; `network` holds the unit, `answered` the rows with a figure. */
  perFile: FileReport[];
}

export interface MonitoringConsolidateOptions {
  readWorkbook: WorkbookReader;
  language?: Language;
  maxFileBytes?: number;
  onProgress?: (done: number, total: number, name: string) => void;
}

const say = (language: Language, nl: string, en: string) => (language === "nl" ? nl : en);

/** Indicator ids of a definitions sheet, in order (to tell another framework's template). */
function indicatorIds(definitions: readonly CellValue[][]): string[] {
  const header = (definitions[0] ?? []).map((cell) => normalizeText(cellText(cell) ?? ""));
  const column = header.indexOf("indicator");
  if (column < 0) return [];
  return definitions
    .slice(1)
    .map((row) => cellText(row[column]))
    .filter((id): id is string => id !== null)
    .map(normalizeText)
    .sort();
}

interface Kept {
  file: WorkbookFile;
  filled: FilledMonitoringTemplate;
  issues: Issue[];
}

/**
 * Consolidates returned monitoring templates into a framework (definitions + measurements).
 *
 * @example
 * const result = await consolidateMonitoringWorkbooks(
 *   [{ name: "p01.xlsx", bytes }, { name: "p02.xlsx", bytes: bytes2 }],
 *   { readWorkbook: readXlsx }
 * );
 * result.units // 2
 */
export async function consolidateMonitoringWorkbooks(
  files: readonly WorkbookFile[],
  options: MonitoringConsolidateOptions
): Promise<MonitoringConsolidateResult> {
  const language = options.language ?? "nl";
  let first: { file: string; ids: string } | null = null;

  const { ordered, kept, perFile, perFileIssues } = await consolidateEachFile<Kept>(
    files,
    options,
    (file, grids, issues) => {
      if (!isMonitoringTemplate(grids)) {
        const sheets = grids.map((grid) => grid.sheet).join(", ");
        issues.push({
          severity: "error",
          code: "NOT_A_TEMPLATE",
          message: say(
            language,
            `Dit is geen ingevuld monitoringsjabloon van Netwerkmeter (bladen: ${sheets}); het bestand wordt overgeslagen.`,
            `This is not a filled-in Netwerkmeter monitoring template (sheets: ${sheets}); the file is skipped.`
          ),
          file: file.name,
        });
        return { kept: null, network: null, read: null };
      }
      const filled = readFilledMonitoringTemplate(grids, { file: file.name, language });
      issues.push(...filled.issues);
      let entry: Kept | null = null;
      if (filled.answered === 0) {
        issues.push({
          severity: "warning",
          code: "EMPTY_TEMPLATE",
          message: say(
            language,
            "Het monitoringsjabloon bevat geen enkel cijfer; het bestand wordt overgeslagen.",
            "The monitoring template holds not a single figure; the file is skipped."
          ),
          file: file.name,
          sheet: filled.sheet,
        });
      } else {
        const ids = indicatorIds(filled.definitions).join("\u0000");
        if (!first) first = { file: file.name, ids };
        else if (ids !== first.ids)
          issues.push({
            severity: "warning",
            code: "TEMPLATE_OTHER_SURVEY",
            message: say(
              language,
              `Dit sjabloon heeft andere indicatoren dan het eerste (${first.file}); de definities van het eerste gelden, metingen van andere indicatoren meldt 'indicators' als onbekend.`,
              `This template has other indicators than the first one (${first.file}); the first one's definitions apply, and 'indicators' reports measurements of other indicators as unknown.`
            ),
            file: file.name,
          });
        entry = { file, filled, issues };
      }
      return { kept: entry, network: filled.unit || null, read: filled };
    }
  );

  flagDuplicateUnits(kept, language);
  settleFileReports(perFile, perFileIssues);

  const measurements: CellValue[][] = [[...CONSOLIDATED_MEASUREMENT_HEADER]];
  for (const { file, filled } of kept)
    for (const row of filled.rows) {
      if (row.rejected) continue;
      const hasFigure = [row.value, row.numerator, row.denominator].some(
        (cell) => cellText(cell) !== null
      );
      if (!hasFigure && cellText(row.comment) === null) continue;
      measurements.push([
        row.indicator,
        cellText(row.unit) === null ? filled.unit : row.unit,
        row.period,
        row.value,
        row.numerator,
        row.denominator,
        row.date,
        row.comment,
        file.name,
        `${filled.sheet}!${row.cells}`,
      ]);
    }
  const units = new Set(kept.map((entry) => normalizeText(entry.filled.unit ?? entry.file.name)))
    .size;
  return {
    definitions: kept[0]?.filled.definitions ?? [],
    measurements,
    units,
    filesRead: ordered.length,
    filesConsolidated: kept.length,
    filesSkipped: ordered.length - kept.length,
    issues: perFileIssues.flat(),
    perFile,
  };
}

/**
 * The same unit (normalised name) returned in more than one file: every copy is kept and flagged
 * at the unit cell, naming the other files, as DUPLICATE_NETWORK does for surveys.
 * `indicators` then counts the first file's rows (file-name order) and lists the later ones as
 * IND_DUPLICATE.
 */
function flagDuplicateUnits(kept: readonly Kept[], language: Language): void {
  flagDuplicates(
    kept,
    (entry) => (entry.filled.unit === null ? null : normalizeText(entry.filled.unit)),
    (entry, others) =>
      entry.issues.push({
        severity: "warning",
        code: "DUPLICATE_UNIT",
        message: say(
          language,
          `Eenheid '${entry.filled.unit}' is ook ingediend in ${others}; alle rijen staan in Metingen, 'indicators' telt die van het eerste bestand en meldt de andere als dubbel (IND_DUPLICATE). Verwijder de verkeerde.`,
          `Unit '${entry.filled.unit}' was also returned in ${others}; all rows are in Metingen, 'indicators' counts the first file's and reports the others as duplicates (IND_DUPLICATE). Delete the wrong one.`
        ),
        file: entry.file.name,
        ...(entry.filled.unitSheet ? { sheet: entry.filled.unitSheet } : {}),
        ...(entry.filled.unitCell ? { cell: entry.filled.unitCell } : {}),
      })
  );
}
