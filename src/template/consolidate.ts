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
import { InputError, isInputError } from "../analysis/inputError";
import { PROVENANCE_COLUMNS, SURVEY_HEADERS } from "./layout";
import type { ProfileVariable, TemplateRespondent } from "./readTemplate";
import { PROFILE_VARIABLES, isTemplateWorkbook, readFilledTemplate } from "./readTemplate";

/** Largest returned workbook accepted (a filled-in template is about 20 KB). */
export const CONSOLIDATE_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** One returned workbook. */
export interface WorkbookFile {
  /** Name shown in the table (`Bron`) and in issues, e.g. "netwerk-017.xlsx". */
  name: string;
  /**
   * The contents, or a function that reads them when their turn comes (so a caller with 300 files
   * need not hold them all in memory).
   */
  bytes: Uint8Array | (() => Promise<Uint8Array>);
  /** Size in bytes when known before reading (checked against the limit without reading). */
  size?: number;
  /** Last modification; its day is the `Datum` when the template's own date field is empty. */
  modified?: Date;
}

/**
 * The port through which consolidation reads a workbook's bytes into Grids (one per sheet). The
 * template layer never imports an adapter: the command line and the task pane hand in the ExcelJS
 * reader (src/xlsx/readXlsx), tests may hand in anything. Unreadable files throw an InputError.
 *
 * @example
 * const result = await consolidateWorkbooks(files, { readWorkbook: readXlsx });
 */
export type WorkbookReader = (
  bytes: Uint8Array,
  name: string,
  language: Language
) => Promise<Grid[]>;

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

export type FileStatus = "ok" | "warning" | "skipped";

export interface FileReport {
  file: string;
  /** ok: consolidated without problems; warning: consolidated with problems; skipped: not in the table. */
  status: FileStatus;
  /** The network's name (RESP_ID), when read. */
  network?: string;
  /** Template version, when read. */
  version?: string | null;
  /** Number of answered items, when read. */
  answered?: number;
  /** Number of errors and warnings for this file. */
  issues: number;
}

/**
 * A returned file's line in the `Bestanden` sheet, before its issues are counted: "ok" when it
 * was consolidated, else "skipped"; the network (or unit), version and count when it was read.
 * Shared by the survey and the monitoring consolidation.
 *
 * @example fileReport("a.xlsx", true, "Noord", { version: "1.2", answered: 40 }).status // "ok"
 */
export function fileReport(
  file: string,
  consolidated: boolean,
  network: string | null | undefined,
  read: { version: string | null; answered: number } | null
): FileReport {
  return {
    file,
    status: consolidated ? "ok" : "skipped",
    ...(network !== null && network !== undefined ? { network } : {}),
    ...(read ? { version: read.version, answered: read.answered } : {}),
    issues: 0,
  };
}

/**
 * Counts each file's errors and warnings (never infos) once all checks across files are made, and
 * turns a consolidated file with any into "warning".
 */
export function settleFileReports(
  perFile: readonly FileReport[],
  perFileIssues: readonly (readonly Issue[])[]
): void {
  perFile.forEach((report, index) => {
    report.issues = perFileIssues[index].filter((issue) => issue.severity !== "info").length;
    if (report.status === "ok" && report.issues > 0) report.status = "warning";
  });
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

const collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });

/** File-name order: natural ("netwerk-2" before "netwerk-10"), then exact, so it never varies. */
export function compareFileNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function say(language: Language, nl: string, en: string): string {
  return language === "nl" ? nl : en;
}

/** An InputError as an issue; its message already names the file, so that prefix is dropped. */
function issueFromError(error: unknown, file: string, language: Language): Issue {
  if (isInputError(error)) {
    const prefix = `${file}: `;
    return {
      severity: "error",
      code: error.code,
      message: error.message.startsWith(prefix)
        ? error.message.slice(prefix.length)
        : error.message,
      file,
      ...(error.sheet !== undefined ? { sheet: error.sheet } : {}),
      ...(error.cell !== undefined ? { cell: error.cell } : {}),
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    severity: "error",
    code: "UNREADABLE",
    message: say(
      language,
      `Het bestand kon niet gelezen worden (${reason}); het wordt overgeslagen.`,
      `The file could not be read (${reason}); it is skipped.`
    ),
    file,
  };
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
 * Reads one file into Grids, or the issues saying why it is skipped (too large, an old .xls,
 * unreadable); shared with the monitoring consolidation (src/app/monitoringConsolidation.ts).
 */
export async function readOne(
  file: WorkbookFile,
  state: { language: Language; maxFileBytes: number; readWorkbook: WorkbookReader }
): Promise<{ grids: Grid[] | null; issues: Issue[] }> {
  const { language, maxFileBytes, readWorkbook } = state;
  if (/\.xls$/i.test(file.name))
    return {
      grids: null,
      issues: [
        issueFromError(
          new InputError("LEGACY_XLS", { file: file.name }, language),
          file.name,
          language
        ),
      ],
    };
  const tooLarge = (size: number) =>
    issueFromError(
      new InputError(
        "TOO_LARGE",
        { file: file.name, sizeBytes: size, limitBytes: maxFileBytes },
        language
      ),
      file.name,
      language
    );
  if (file.size !== undefined && file.size > maxFileBytes)
    return { grids: null, issues: [tooLarge(file.size)] };
  try {
    const bytes = typeof file.bytes === "function" ? await file.bytes() : file.bytes;
    if (bytes.byteLength > maxFileBytes)
      return { grids: null, issues: [tooLarge(bytes.byteLength)] };
    return { grids: await readWorkbook(bytes, file.name, language), issues: [] };
  } catch (error) {
    return { grids: null, issues: [issueFromError(error, file.name, language)] };
  }
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
  const maxFileBytes = options.maxFileBytes ?? CONSOLIDATE_MAX_FILE_BYTES;
  const ordered = [...files].sort((a, b) => compareFileNames(a.name, b.name));
  let codebook: Codebook | null = options.codebook ?? null;
  let codebookSource: ConsolidateResult["codebookSource"] = options.codebook ? "option" : "preset";
  let firstTemplateId: { id: string; file: string } | null = null;
  const perFileIssues: Issue[][] = [];
  const perFile: FileReport[] = [];
  const kept: Consolidated[] = [];

  for (let index = 0; index < ordered.length; index += 1) {
    const file = ordered[index];
    const read = await readOne(file, {
      language,
      maxFileBytes,
      readWorkbook: options.readWorkbook,
    });
    const issues = read.issues;
    let respondent: TemplateRespondent | null = null;
    let consolidated = false;
    if (read.grids) {
      const grids = read.grids;
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
    }
    if (respondent && consolidated) kept.push({ file, respondent, issues });
    perFileIssues.push(issues);
    const network = respondent ? profileText(respondent.profile.RESP_ID) : null;
    perFile.push(fileReport(file.name, consolidated, network, respondent));
    options.onProgress?.(index + 1, ordered.length, file.name);
  }

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
  const groups = new Map<string, Consolidated[]>();
  for (const entry of kept) {
    const name = profileText(entry.respondent.profile.RESP_ID);
    if (name === null) continue;
    const key = normalizeText(name);
    if (key === "") continue;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group
        .filter((other) => other !== entry)
        .map((other) => other.file.name)
        .join(", ");
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
  }
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
