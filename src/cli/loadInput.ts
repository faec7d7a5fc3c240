/**
 * Reading the command line's input files from disk: a workbook (.xlsx/.xlsm) or a CSV file into
 * grids, and the codebook (a `Codeboek` sheet in the workbook, a --codebook .xlsx or .json file, or
 * a built-in preset). The only place of the analyse command that touches the file system.
 */
import { basename, extname } from "node:path";
import type { Codebook } from "../analysis/codebook";
import { codebookJsonToGrid, parseCodebookGrid } from "../analysis/codebook";
import type { Grid } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { CodebookChoice } from "../app/analyse";
import { AnalysisError, chooseCodebook } from "../app/analyse";
import { isCodebookSheet } from "../app/dataSheet";
import { findPreset, PRESETS } from "../presets";
import { isTemplateWorkbook, readFilledTemplate } from "../template/readTemplate";
import { readTemplateMessage } from "../template/readTemplateMessages";
import { SURVEY_COLUMNS } from "../template/layout";
import { surveySheetNames } from "../template/surveySheet";
import { InputError } from "../analysis/inputError";
import { readCsv } from "../xlsx/readCsv";
import { printable, readInputFile } from "./readInputFile";
import type { NamedPath } from "./outputPaths";

/** A user error that is not about the file's content (exit 1, one line). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1
  ) {
    super(message);
    this.name = "CliError";
  }
}

export { isCodebookSheet, pickDataSheet } from "../app/dataSheet";

/** Reads a file's bytes; every file-system problem is one line naming the file (readInputFile.ts). */
export async function readInputBytes(path: string, language: Language): Promise<Uint8Array> {
  return readInputFile(path, language);
}

/** Reads a workbook or CSV file into grids (a CSV file gives one grid). */
export async function readGrids(path: string, language: Language): Promise<Grid[]> {
  const bytes = await readInputBytes(path, language);
  const name = printable(basename(path));
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".txt") return [readCsv(bytes, name, language)];
  if (extension === ".xls") throw new InputError("LEGACY_XLS", { file: name }, language);
  // The .xlsx reader (and fflate, which builds its tables when loaded) only for workbooks.
  const [{ readXlsx }, { nodeInflateRaw }] = await Promise.all([
    import("../xlsx/readXlsx"),
    import("./nodeInflate"),
  ]);
  return readXlsx(bytes, name, language, { inflateRaw: nodeInflateRaw });
}

/**
 * A filled-in coordinator template (src/template/layout.ts) is analysed as one respondent: its
 * answers run down column C of `Bevraging`, so the grid to ingest is the template's respondent row
 * (cells keep their true addresses), read with the codebook given (by default the template's own
 * `Codeboek` sheet). Any other workbook, or an explicit --sheet, keeps `sheetGrid`. A renamed
 * survey sheet is found by its content (src/template/surveySheet.ts), with a warning.
 *
 * @throws CliError when the template holds no answer yet, or has no survey sheet at all
 */
export function templateOrSheet(
  grids: Grid[],
  sheetGrid: Grid,
  sheetGiven: boolean,
  codebook: Codebook,
  language: Language
): { grid: Grid; issues: Issue[] } {
  if (sheetGiven || !isTemplateWorkbook(grids, codebook)) return { grid: sheetGrid, issues: [] };
  const file = sheetGrid.file ?? "";
  // ingest checks the answers itself (at the same cells), so the reader does not.
  const filled = readFilledTemplate(grids, { file, codebook, language, validateAnswers: false });
  if (!filled.respondent || !filled.grid) {
    // A marked template without its survey sheet: say so, rather than analysing another sheet
    // (Instructies) and complaining about its headers.
    if (filled.issues.some((issue) => issue.code === "TEMPLATE_SHEET_MISSING")) {
      const message = readTemplateMessage(language, {
        code: "TEMPLATE_SHEET_MISSING",
        sheets: surveySheetNames().join("/"),
        column: SURVEY_COLUMNS.item,
        found: grids.map((grid) => grid.sheet),
        analysed: true,
      });
      throw new CliError(`${file}: ${message}`);
    }
    return { grid: sheetGrid, issues: [] };
  }
  if (filled.respondent.answered === 0) {
    throw new CliError(
      language === "nl"
        ? `${file}: het sjabloon bevat nog geen enkel antwoord (kolom C van blad ${filled.respondent.surveySheet}).`
        : `${file}: the template holds no answer yet (column C of sheet ${filled.respondent.surveySheet}).`
    );
  }
  return { grid: filled.grid, issues: filled.issues };
}

/**
 * What a command reads, as the inputs its outputs may not overwrite (src/cli/outputPaths.ts): the
 * input files or folders and the file --codebook names (none for `preset:NAME`).
 *
 * @example
 * pathsRead(["a.xlsx"], "codeboek.json")
 * // [{ path: "a.xlsx" }, { option: "--codebook", path: "codeboek.json" }]
 */
export function pathsRead(inputs: readonly string[], codebook: string | undefined): NamedPath[] {
  return [
    ...inputs.map((path) => ({ path })),
    ...(codebook && !/^preset:/i.test(codebook.trim())
      ? [{ option: "--codebook", path: codebook }]
      : []),
  ];
}

/**
 * The codebook of a command-line run: --codebook (read here, from disk), else the input's
 * `Codeboek` sheet, else the default preset — the application layer's one rule (chooseCodebook).
 * A codebook without usable items is a one-line user error (exit 1).
 */
export async function chooseCliCodebook(
  option: string | undefined,
  grids: readonly Grid[],
  file: string | undefined,
  language: Language
): Promise<CodebookChoice> {
  const given = await loadCodebook(option, language);
  try {
    return chooseCodebook({ given, sheet: grids.find(isCodebookSheet) ?? null, file, language });
  } catch (error) {
    if (error instanceof AnalysisError) throw new CliError(error.message);
    throw error;
  }
}

/** A codebook the user gave with --codebook, and the issues of reading it. */
export interface LoadedCodebook {
  codebook: Codebook;
  issues: Issue[];
}

/**
 * Reads the codebook given with --codebook (`preset:NAME`, a .json file, or a workbook with a
 * `Codeboek` sheet); null when none was given (the application layer then chooses, see
 * src/app/analyse.ts chooseCodebook). File reading stays here: src/app never touches the disk.
 */
export async function loadCodebook(
  option: string | undefined,
  language: Language
): Promise<LoadedCodebook | null> {
  const nl = language === "nl";
  if (option === undefined) return null;
  if (/^preset:/i.test(option)) {
    const preset = findPreset(option);
    if (!preset) {
      throw new CliError(
        nl
          ? `Onbekende preset '${option}'. Beschikbaar: ${Object.keys(PRESETS)
              .map((key) => `preset:${key}`)
              .join(", ")}.`
          : `Unknown preset '${option}'. Available: ${Object.keys(PRESETS)
              .map((key) => `preset:${key}`)
              .join(", ")}.`,
        2
      );
    }
    return { codebook: preset, issues: [] };
  }
  const name = basename(option);
  if (extname(option).toLowerCase() === ".json") {
    const bytes = await readInputBytes(option, language);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new CliError(
        nl
          ? `${name}: geen geldige JSON (${(error as Error).message}).`
          : `${name}: not valid JSON (${(error as Error).message}).`
      );
    }
    let grid: Grid;
    try {
      grid = codebookJsonToGrid(json, name);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const { codebook, issues } = parseCodebookGrid(grid, { name, language });
    return { codebook, issues };
  }
  const grids = await readGrids(option, language);
  const sheet = grids.find(isCodebookSheet);
  if (!sheet) {
    throw new CliError(
      nl
        ? `${name}: geen blad 'Codeboek' of 'Codebook' gevonden (bladen: ${grids.map((grid) => grid.sheet).join(", ")}).`
        : `${name}: no 'Codeboek' or 'Codebook' sheet found (sheets: ${grids.map((grid) => grid.sheet).join(", ")}).`
    );
  }
  const { codebook, issues } = parseCodebookGrid(sheet, {
    name: `${sheet.sheet} (${name})`,
    language,
  });
  return { codebook, issues };
}
