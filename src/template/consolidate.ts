/**
 * Consolidating returned coordinator templates into one response table: one row per filled-in
 * workbook, ready for `analyze` with the preset. A function over file contents (bytes in, table and
 * issues out), so the command line (which reads the files) and the task pane (which gets them from
 * a file picker) share it; no file system here.
 *
 * It never stops on one bad file: a file that cannot be read (empty, damaged, password-protected,
 * an old .xls, too large, a decompression bomb), a workbook that is not the template, or an empty
 * template is reported and skipped; everything else is kept, with its problems reported per file
 * and cell. Files are read one at a time (memory stays that of one workbook) in file-name order, so
 * the table and the issues are the same on every run.
 */
import type { Codebook } from "../analysis/codebook";
import { isCodebookSheetName, parseCodebookGrid } from "../analysis/codebook";
import type { CellValue, Grid } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { normalizeText } from "../analysis/textMatch";
import { DEMOS_PRESET_ID, demosCoordinatorenCodebook } from "../presets/demosCoordinatoren";
import { PROVENANCE_COLUMNS, SURVEY_HEADERS } from "./layout";
import type { ProfileVariable, TemplateRespondent } from "./readTemplate";
import { PROFILE_VARIABLES, isTemplateWorkbook, readFilledTemplate } from "./readTemplate";
import type { FileReport, WorkbookFile, WorkbookReader } from "./returnedFiles";
import { consolidateEachFile, flagDuplicates, settleFileReports } from "./returnedFiles";

// The per-file protocol moved to returnedFiles.ts; re-exported for the callers of this module.
export type { FileReport, FileStatus, WorkbookFile, WorkbookReader } from "./returnedFiles";
export { CONSOLIDATE_MAX_FILE_BYTES, compareFileNames } from "./returnedFiles";

export interface ConsolidateOptions {
  /** Reads one workbook into grids (the adapter, injected). */
  readWorkbook: WorkbookReader;
  /** The codebook; default: the `Codeboek` sheet of the first template, else the Dēmos preset. */
  codebook?: Codebook;
  /** Language of the messages and of the comment column headers. Default "nl". */
  language?: Language;
  /** Called after each file: files done, total, the file's name. */
  onProgress?: (done: number, total: number, name: string) => void;
  /** Largest file accepted, in bytes. Default CONSOLIDATE_MAX_FILE_BYTES (50 MB). */
  maxFileBytes?: number;
}

export interface ConsolidateResult {
  /**
   * Header row, then one row per consolidated workbook (sorted by file name): `Bron`,
   * `Sjabloonversie`, `Datum`, the profile variables (RESP_ID first), the codebook's items in
   * codebook order, item ids the codebook does not know, then `Opmerking <item>` columns for the
   * items that have a comment in at least one file.
   */
  table: CellValue[][];
  respondents: number;
  filesRead: number;
  filesConsolidated: number;
  filesSkipped: number;
  /** The codebook used, and where it came from. */
  codebook: Codebook;
  codebookSource: "option" | "template" | "preset";
  /** Every problem, each with its file (and sheet and cell where it has one), in file order. */
  issues: Issue[];
  perFile: FileReport[];
}

interface Consolidated {
  file: WorkbookFile;
  respondent: TemplateRespondent;
  issues: Issue[];
}

function say(language: Language, nl: string, en: string): string {
  return language === "nl" ? nl : en;
}

function codebookSheet(grids: readonly Grid[]): Grid | undefined {
  return grids.find((grid) => isCodebookSheetName(grid.sheet));
}

function profileText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  return text === "" ? null : text;
}

/**
 * Consolidates returned templates into one response table.
 *
 * @example
 * const result = await consolidateWorkbooks(
 *   [{ name: "netwerk-001.xlsx", bytes }, { name: "netwerk-002.xlsx", bytes: bytes2 }],
 *   { language: "nl", onProgress: (done, total, name) => console.error(`${done}/${total} ${name}`) }
 * );
 * result.table[0].slice(0, 4) // ["Bron", "Sjabloonversie", "Datum", "RESP_ID"]
 */
export async function consolidateWorkbooks(
  files: readonly WorkbookFile[],
  options: ConsolidateOptions
): Promise<ConsolidateResult> {
  const language = options.language ?? "nl";
  let codebook: Codebook | null = options.codebook ?? null;
  let codebookSource: ConsolidateResult["codebookSource"] = options.codebook ? "option" : "preset";
  let firstTemplateId: { id: string; file: string } | null = null;

  const { ordered, kept, perFile, perFileIssues } = await consolidateEachFile<Consolidated>(
    files,
    options,
    (file, grids, issues) => {
      let respondent: TemplateRespondent | null = null;
      let consolidated = false;
      // The codebook: the first template's own Codeboek sheet, else the preset.
      let candidate = codebook;
      let candidateSource: ConsolidateResult["codebookSource"] = codebookSource;
      let candidateIssues: Issue[] = [];
      if (!candidate) {
        const sheet = codebookSheet(grids);
        const parsed = sheet
          ? parseCodebookGrid(sheet, { name: `${sheet.sheet} (${file.name})`, language })
          : null;
        if (parsed && parsed.codebook.items.length > 0) {
          candidate = parsed.codebook;
          candidateSource = "template";
          candidateIssues = parsed.issues;
        } else {
          candidate = demosCoordinatorenCodebook();
          candidateSource = "preset";
        }
      }
      if (!isTemplateWorkbook(grids, candidate)) {
        const found = grids.map((grid) => grid.sheet).join(", ");
        issues.push({
          severity: "error",
          code: "NOT_A_TEMPLATE",
          message: say(
            language,
            `Dit is geen ingevuld Netwerkmeter-sjabloon (bladen: ${found}); het bestand wordt overgeslagen.`,
            `This is not a filled-in Netwerkmeter template (sheets: ${found}); the file is skipped.`
          ),
          file: file.name,
        });
      } else {
        if (!codebook) {
          codebook = candidate;
          codebookSource = candidateSource;
          issues.push(...candidateIssues);
          if (candidateSource === "preset") {
            issues.push({
              severity: "info",
              code: "DEFAULT_CODEBOOK",
              message: say(
                language,
                `Het eerste sjabloon heeft geen bruikbaar blad Codeboek: de ingebouwde preset ${DEMOS_PRESET_ID} is gebruikt.`,
                `The first template has no usable Codebook sheet: the built-in preset ${DEMOS_PRESET_ID} was used.`
              ),
              file: file.name,
            });
          }
        }
        const filled = readFilledTemplate(grids, { file: file.name, codebook, language });
        issues.push(...filled.issues);
        respondent = filled.respondent;
        consolidated = respondent !== null && respondent.answered > 0;
        if (respondent?.templateId) {
          if (!firstTemplateId) firstTemplateId = { id: respondent.templateId, file: file.name };
          else if (normalizeText(respondent.templateId) !== normalizeText(firstTemplateId.id)) {
            issues.push({
              severity: "warning",
              code: "TEMPLATE_OTHER_SURVEY",
              message: say(
                language,
                `Dit sjabloon hoort bij bevraging '${respondent.templateId}', het eerste (${firstTemplateId.file}) bij '${firstTemplateId.id}'; de antwoorden zijn gelezen volgens de item-id's.`,
                `This template belongs to survey '${respondent.templateId}', the first one (${firstTemplateId.file}) to '${firstTemplateId.id}'; the answers were read by item id.`
              ),
              file: file.name,
            });
          }
        }
      }
      return {
        kept: respondent && consolidated ? { file, respondent, issues } : null,
        network: respondent ? profileText(respondent.profile.RESP_ID) : null,
        read: respondent,
      };
    }
  );

  flagDuplicateNetworks(kept, language);
  settleFileReports(perFile, perFileIssues);
  const finalCodebook = codebook ?? demosCoordinatorenCodebook();
  const filesConsolidated = kept.length;
  return {
    table: buildTable(kept, finalCodebook, language),
    respondents: filesConsolidated,
    filesRead: ordered.length,
    filesConsolidated,
    filesSkipped: ordered.length - filesConsolidated,
    codebook: finalCodebook,
    codebookSource,
    issues: perFileIssues.flat(),
    perFile,
  };
}

/** The same network (normalised name) returned in more than one file: all kept, each flagged. */
function flagDuplicateNetworks(kept: readonly Consolidated[], language: Language): void {
  flagDuplicates(
    kept,
    (entry) => {
      const name = profileText(entry.respondent.profile.RESP_ID);
      const key = name === null ? "" : normalizeText(name);
      return key === "" ? null : key;
    },
    (entry, others) => {
      const name = profileText(entry.respondent.profile.RESP_ID);
      const cell = entry.respondent.profileCells.RESP_ID;
      entry.issues.push({
        severity: "warning",
        code: "DUPLICATE_NETWORK",
        message: say(
          language,
          `Netwerk '${name}' is ook ingediend in ${others}; beide rijen staan in de tabel. Controleer welke de juiste is en verwijder de andere.`,
          `Network '${name}' was also returned in ${others}; both rows are in the table. Check which one is right and delete the other.`
        ),
        file: entry.file.name,
        ...(entry.respondent.networkSheet ? { sheet: entry.respondent.networkSheet } : {}),
        ...(cell ? { cell } : {}),
      });
    }
  );
}

/** Profile variables as table columns: DATUM becomes the `Datum` provenance column. */
const TABLE_PROFILE_VARIABLES: readonly ProfileVariable[] = PROFILE_VARIABLES.filter(
  (variable) => variable !== "DATUM"
);

/**
 * The calendar day of a moment (in the local time zone) as a date at 00:00 UTC, the way Excel
 * stores a date typed in a cell, so `Datum` holds dates only, whether typed or taken from the file.
 */
function calendarDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()));
}

function buildTable(
  kept: readonly Consolidated[],
  codebook: Codebook,
  language: Language
): CellValue[][] {
  const known = new Set(codebook.items.map((item) => item.id));
  const unknown: string[] = [];
  for (const entry of kept)
    for (const id of entry.respondent.unknownItems)
      if (!known.has(id) && !unknown.includes(id)) unknown.push(id);
  const ids = [...codebook.items.map((item) => item.id), ...unknown];
  const commented = ids.filter((id) => kept.some((entry) => id in entry.respondent.comments));
  const commentWord = SURVEY_HEADERS.comment[language];
  const commentHeader = (id: string) =>
    `${commentWord.charAt(0).toUpperCase()}${commentWord.slice(1)} ${id}`;
  const header: CellValue[] = [
    PROVENANCE_COLUMNS.source,
    PROVENANCE_COLUMNS.templateVersion,
    PROVENANCE_COLUMNS.date,
    ...TABLE_PROFILE_VARIABLES,
    ...ids,
    ...commented.map(commentHeader),
  ];
  const rows: CellValue[][] = [header];
  for (const { file, respondent } of kept) {
    const date = respondent.profile.DATUM ?? (file.modified ? calendarDay(file.modified) : null);
    rows.push([
      file.name,
      respondent.version,
      date,
      ...TABLE_PROFILE_VARIABLES.map((variable) => respondent.profile[variable] ?? null),
      ...ids.map((id) => respondent.values[id] ?? null),
      ...commented.map((id) => respondent.comments[id] ?? null),
    ]);
  }
  return rows;
}
