/**
 * Returned workbooks, one at a time: the protocol the survey consolidation
 * (src/template/consolidate.ts) and the monitoring consolidation (src/app/monitoringConsolidation.ts)
 * share. Files are read in file-name order through the injected `WorkbookReader` (no file system,
 * no adapter here); a file that cannot be read (too large, an old .xls, damaged) becomes an issue
 * and is skipped, never a stop; each file gets its line for the `Bestanden` sheet, counted once all
 * cross-file checks (the same network or unit in two files) are made. Contract: docs/consolidate.md.
 *
 * @example
 * const { kept, perFile, perFileIssues } = await consolidateEachFile(files, { readWorkbook: readXlsx },
 *   (file, grids, issues) => ({ kept: { file, grids }, network: null, read: null }));
 * flagDuplicates(kept, (entry) => entry.network, (entry, others) => entry.issues.push(…));
 * settleFileReports(perFile, perFileIssues);
 */
import type { Grid } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { InputError, isInputError } from "../analysis/inputError";

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

const collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });

/** File-name order: natural ("netwerk-2" before "netwerk-10"), then exact, so it never varies. */
export function compareFileNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
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

/**
 * Reads one file into Grids, or the issues saying why it is skipped (too large, an old .xls,
 * unreadable).
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

function say(language: Language, nl: string, en: string): string {
  return language === "nl" ? nl : en;
}

/** What the caller made of one readable file. */
export interface FileOutcome<T> {
  /** The file's entry in the result when it is consolidated, else null (the file is skipped). */
  kept: T | null;
  /** The network's (or unit's) name for the file's line, when read. */
  network: string | null | undefined;
  /** Template version and answered count for the file's line, when read. */
  read: { version: string | null; answered: number } | null;
}

export interface EachFileOptions {
  readWorkbook: WorkbookReader;
  language?: Language;
  /** Largest file accepted, in bytes. Default CONSOLIDATE_MAX_FILE_BYTES (50 MB). */
  maxFileBytes?: number;
  /** Called after each file: files done, total, the file's name. */
  onProgress?: (done: number, total: number, name: string) => void;
}

/**
 * Reads the files one at a time in file-name order and hands each readable one to `readFile`,
 * which adds its problems to `issues` (the file's own list, kept by reference so later cross-file
 * checks can add to it) and says whether the file is kept. Returns the kept entries, each file's
 * line (not yet counted: call settleFileReports after the cross-file checks) and its issues.
 * Why one loop: the survey and the monitoring consolidation must skip, order and report files by
 * the same rules (docs/consolidate.md).
 *
 * @example
 * const each = await consolidateEachFile([{ name: "a.xls", bytes }], { readWorkbook }, handle);
 * each.perFile[0].status // "skipped" (LEGACY_XLS in each.perFileIssues[0])
 */
export async function consolidateEachFile<T>(
  files: readonly WorkbookFile[],
  options: EachFileOptions,
  readFile: (file: WorkbookFile, grids: Grid[], issues: Issue[]) => FileOutcome<T>
): Promise<{
  ordered: WorkbookFile[];
  kept: T[];
  perFile: FileReport[];
  perFileIssues: Issue[][];
}> {
  const language = options.language ?? "nl";
  const maxFileBytes = options.maxFileBytes ?? CONSOLIDATE_MAX_FILE_BYTES;
  const ordered = [...files].sort((a, b) => compareFileNames(a.name, b.name));
  const kept: T[] = [];
  const perFile: FileReport[] = [];
  const perFileIssues: Issue[][] = [];
  for (let index = 0; index < ordered.length; index += 1) {
    const file = ordered[index];
    const { grids, issues } = await readOne(file, {
      language,
      maxFileBytes,
      readWorkbook: options.readWorkbook,
    });
    const outcome: FileOutcome<T> = grids
      ? readFile(file, grids, issues)
      : { kept: null, network: null, read: null };
    if (outcome.kept !== null) kept.push(outcome.kept);
    perFileIssues.push(issues);
    perFile.push(fileReport(file.name, outcome.kept !== null, outcome.network, outcome.read));
    options.onProgress?.(index + 1, ordered.length, file.name);
  }
  return { ordered, kept, perFile, perFileIssues };
}

/**
 * Calls `flag` for every kept entry whose key (a normalised network or unit name; null: no key)
 * another entry shares, with the other entries' file names ("b.xlsx, c.xlsx"). Every copy is kept
 * and flagged, so the user decides which one is right.
 *
 * @example
 * flagDuplicates(kept, (entry) => normalizeText(entry.unit), (entry, others) => warn(entry, others));
 */
export function flagDuplicates<T extends { file: WorkbookFile }>(
  kept: readonly T[],
  keyOf: (entry: T) => string | null,
  flag: (entry: T, others: string) => void
): void {
  const groups = new Map<string, T[]>();
  for (const entry of kept) {
    const key = keyOf(entry);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const entry of group)
      flag(
        entry,
        group
          .filter((other) => other !== entry)
          .map((other) => other.file.name)
          .join(", ")
      );
  }
}
