/**
 * `netwerkmeter consolidate <file|folder>... --out antwoorden.xlsx [--report issues.json]`: collects
 * returned coordinator templates into one response workbook that `netwerkmeter analyze` reads as
 * is. The work is consolidateWorkbooks (src/template/consolidate.ts, bytes in); this file only finds
 * the files, reads them from disk one at a time, shows progress and writes the results.
 *
 * Exit 0 when at least one workbook was consolidated (problems go to the report, the Problemen
 * sheet and a summary on stderr), 1 when none could be, 2 for wrong usage.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import { countBySeverity, type Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { createFormat } from "../analysis/numberFormat";
import { TOOL_VERSION } from "../analysis/version";
import { appMessage } from "../app/messages";
import type { ConsolidateResult, WorkbookFile, WorkbookReader } from "../template/consolidate";
import { CONSOLIDATE_MAX_FILE_BYTES, consolidateWorkbooks } from "../template/consolidate";
import { readXlsx } from "../xlsx/readXlsx";
import { writeResponsesWorkbook } from "../xlsx/writeResponses";
import { consolidateMonitoringWorkbooks } from "../app/monitoringConsolidation";
import { kaderSheets, measurementsWithHistory, type KaderSheets } from "../app/kaderSheets";
import { writeMonitoringWorkbook } from "../xlsx/writeMonitoringConsolidation";
import type { CliIO } from "./io";
import { processIO } from "./io";
import { assertOutputsSafe, assertXlsxOutput } from "./outputPaths";
import { writeOutput } from "./writeOutput";
import { CliError, loadCodebook, pathsRead, readGrids } from "./loadInput";
import { readOnce } from "./readOnce";
import { printable } from "./printable";
import { fileSystemMessage, readInputFile } from "./readInputFile";

export interface ConsolidateCommandOptions {
  out: string;
  report?: string;
  codebook?: string;
  /**
   * The indicator framework the monitoring templates were made from: its Indicatoren, Eenheden
   * and Doelen go into the consolidated workbook (monitoring templates only).
   */
  kader?: string;
  lang: Language;
  /** Show progress on stderr; default: when stderr is a terminal (and io is the real process). */
  progress?: boolean;
}

/** Extensions taken from a folder: workbooks, and spreadsheet files a coordinator might return instead (reported). */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".numbers"]);

/** Office lock files ("~$netwerk.xlsx") and hidden files (".DS_Store", "._netwerk.xlsx" from macOS). */
function isIgnoredName(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}

interface FoundFile {
  path: string;
  /** Name in the table and the issues: relative to the folder given, or the file name. */
  name: string;
  size: number;
  modified: Date;
}

interface Found {
  files: FoundFile[];
  issues: Issue[];
}

/**
 * Walks a folder completely (sub-folders too), in name order. A sub-folder that cannot be read is
 * a problem of that folder, not a stop; a symbolic link to a workbook is followed, one to a folder
 * is reported (not followed: it could loop), a broken one is reported; a workbook name that is
 * not a regular file (a pipe) is reported. Nothing vanishes silently.
 */
async function walk(root: string, folder: string, found: Found, language: Language): Promise<void> {
  const nl = language === "nl";
  const shownFolder = (path: string) => relative(root, path).split(sep).join("/") || path;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    found.issues.push({
      severity: "error",
      code: "FOLDER_UNREADABLE",
      message: nl
        ? `Deze map kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? "fout"}); de werkmappen erin zijn niet samengevoegd.`
        : `This folder cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); the workbooks in it are not consolidated.`,
      file: printable(folder === root ? folder : shownFolder(folder)),
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const path = join(folder, entry.name);
    const name = printable(relative(root, path).split(sep).join("/"));
    if (entry.isDirectory()) {
      await walk(root, path, found, language);
      continue;
    }
    const isWorkbook = WORKBOOK_EXTENSIONS.has(extname(entry.name).toLowerCase());
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (!target || (!target.isFile() && !target.isDirectory())) {
        found.issues.push({
          severity: "warning",
          code: "BROKEN_LINK",
          message: nl
            ? "Symbolische koppeling naar een bestand dat niet bestaat (of geen gewoon bestand is); overgeslagen."
            : "Symbolic link to a file that does not exist (or is not a regular file); skipped.",
          file: name,
        });
        continue;
      }
      if (target.isDirectory()) {
        found.issues.push({
          severity: "warning",
          code: "LINKED_FOLDER",
          message: nl
            ? "Symbolische koppeling naar een map; niet gevolgd. Geef de map zelf op als u ze wilt samenvoegen."
            : "Symbolic link to a folder; not followed. Give the folder itself to consolidate it.",
          file: name,
        });
        continue;
      }
    } else if (!entry.isFile()) {
      if (isWorkbook)
        found.issues.push({
          severity: "warning",
          code: "NOT_A_FILE",
          message: nl
            ? "Geen gewoon bestand (een pipe, apparaat of socket); overgeslagen."
            : "Not a regular file (a pipe, device or socket); skipped.",
          file: name,
        });
      continue;
    }
    if (!isWorkbook) {
      found.issues.push({
        severity: "info",
        code: "IGNORED_FILE",
        message: nl ? "Geen werkmap (.xlsx); genegeerd." : "Not a workbook (.xlsx); ignored.",
        file: name,
      });
      continue;
    }
    try {
      const info = await stat(path);
      found.files.push({ path, name, size: info.size, modified: info.mtime });
    } catch (error) {
      found.issues.push({
        severity: "error",
        code: "UNREADABLE",
        message: fileSystemMessage(name, (error as NodeJS.ErrnoException).code, language).slice(
          name.length + 2
        ),
        file: name,
      });
    }
  }
}

/** The files to consolidate: files as given, folders walked. */
async function findFiles(inputs: readonly string[], language: Language): Promise<Found> {
  const nl = language === "nl";
  const found: Found = { files: [], issues: [] };
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      found.issues.push({
        severity: "error",
        code: code === "ENOENT" || code === "ENOTDIR" ? "FILE_NOT_FOUND" : "UNREADABLE",
        message:
          code === "ENOENT" || code === "ENOTDIR"
            ? nl
              ? "Bestand of map niet gevonden."
              : "File or folder not found."
            : fileSystemMessage("", code, language).slice(2),
        file: printable(input),
      });
      continue;
    }
    if (info.isDirectory()) {
      const before = found.files.length;
      await walk(input, input, found, language);
      if (found.files.length === before)
        found.issues.push({
          severity: "warning",
          code: "EMPTY_FOLDER",
          message: nl
            ? "Deze map bevat geen werkmappen (.xlsx)."
            : "This folder holds no workbooks (.xlsx).",
          file: printable(input),
        });
    } else {
      found.files.push({
        path: input,
        name: printable(basename(input)),
        size: info.size,
        modified: info.mtime,
      });
    }
  }
  // The same file given twice (as a file and inside a folder): once.
  const seen = new Set<string>();
  found.files = found.files.filter((file) => {
    const key = resolve(file.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Two files with the same name (from different places): name them by the path as given.
  const counts = new Map<string, number>();
  for (const file of found.files) counts.set(file.name, (counts.get(file.name) ?? 0) + 1);
  for (const file of found.files)
    if ((counts.get(file.name) ?? 0) > 1) file.name = printable(file.path.split(sep).join("/"));
  return found;
}

/** The one-line summary: "300 bestanden gelezen, 297 samengevoegd, 3 overgeslagen; 12 problemen — zie issues.json". */
export function consolidateSummaryLine(
  result: Pick<ConsolidateResult, "filesRead" | "filesConsolidated" | "filesSkipped">,
  issues: readonly Issue[],
  language: Language,
  where: string | null
): string {
  const counts = countBySeverity(issues);
  const problems = counts.error + counts.warning;
  if (language === "nl") {
    return `${result.filesRead} ${result.filesRead === 1 ? "bestand" : "bestanden"} gelezen, ${result.filesConsolidated} samengevoegd, ${result.filesSkipped} overgeslagen; ${problems} ${problems === 1 ? "probleem" : "problemen"}${problems > 0 && where ? ` — zie ${where}` : ""}`;
  }
  return `${result.filesRead} ${result.filesRead === 1 ? "file" : "files"} read, ${result.filesConsolidated} consolidated, ${result.filesSkipped} skipped; ${problems} ${problems === 1 ? "problem" : "problems"}${problems > 0 && where ? ` — see ${where}` : ""}`;
}

/** Lines for the skipped files (at most `limit`), e.g. "  overgeslagen: kapot.xlsx — CORRUPT: …". */
function skippedLines(
  result: Pick<ConsolidateResult, "perFile">,
  issues: readonly Issue[],
  language: Language,
  limit = 10
): string[] {
  const nl = language === "nl";
  const skipped = result.perFile.filter((file) => file.status === "skipped");
  const lines = skipped.slice(0, limit).map((file) => {
    const reason = issues.find((issue) => issue.file === file.file && issue.severity !== "info");
    const why = reason ? ` — ${reason.code}: ${reason.message}` : "";
    return `  ${nl ? "overgeslagen" : "skipped"}: ${file.file}${why}`;
  });
  if (skipped.length > limit)
    lines.push(
      nl ? `  … en nog ${skipped.length - limit}` : `  … and ${skipped.length - limit} more`
    );
  return lines;
}

/**
 * Problems in the consolidated files, one line per code with the first few places, e.g.
 * "  DUPLICATE_NETWORK ×2: kopie.xlsx Netwerk!B4, netwerk-001.xlsx Netwerk!B4".
 */
function problemLines(
  result: Pick<ConsolidateResult, "perFile">,
  issues: readonly Issue[]
): string[] {
  const kept = new Set(
    result.perFile.filter((file) => file.status !== "skipped").map((file) => file.file)
  );
  const byCode = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (issue.severity === "info" || issue.file === undefined || !kept.has(issue.file)) continue;
    const members = byCode.get(issue.code) ?? [];
    members.push(issue);
    byCode.set(issue.code, members);
  }
  return [...byCode].map(([code, members]) => {
    const places = members
      .slice(0, 3)
      .map(
        (issue) =>
          `${issue.file}${issue.sheet && issue.cell ? ` ${issue.sheet}!${issue.cell}` : ""}`
      );
    const more = members.length > places.length ? ", …" : "";
    return `  ${code} ×${members.length}: ${places.join(", ")}${more}`;
  });
}

/** The file counts both consolidations report (survey and monitoring). */
type FileCounts = Pick<
  ConsolidateResult,
  "filesRead" | "filesConsolidated" | "filesSkipped" | "perFile"
>;

/**
 * Writes the `--report` JSON (docs/consolidate.md): the files, the issues and a summary with the
 * file counts, what the kind adds (`respondents` and `codebook`, or `units` and `measurements`),
 * the output (null when nothing was written) and the issue counts. Shared by both kinds so the
 * report keeps one shape.
 *
 * @example await writeProblemReport("p.json", result, issues, {}, { respondents: 3 }, "a.xlsx", "nl");
 */
async function writeProblemReport(
  file: string,
  result: FileCounts,
  issues: readonly Issue[],
  kind: { kind?: "monitoring" },
  counted: Record<string, number | string | null>,
  out: string,
  language: Language
): Promise<void> {
  const counts = countBySeverity(issues);
  const report = {
    tool: { name: "netwerkmeter", version: TOOL_VERSION },
    ...kind,
    files: result.perFile,
    issues,
    summary: {
      filesRead: result.filesRead,
      filesConsolidated: result.filesConsolidated,
      filesSkipped: result.filesSkipped,
      ...counted,
      out: result.filesConsolidated > 0 ? out : null,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
    },
  };
  await writeOutput(file, `${JSON.stringify(report, null, 2)}\n`, language);
}

/**
 * After a workbook was written: the skipped files, the problems by code and the summary line on
 * stderr, pointing at the --report file or else the workbook's problems sheet.
 */
function printWritten(
  result: FileCounts,
  issues: readonly Issue[],
  options: ConsolidateCommandOptions,
  io: CliIO
): void {
  const nl = options.lang === "nl";
  const lines = [...skippedLines(result, issues, options.lang), ...problemLines(result, issues)];
  if (lines.length > 0) io.stderr(`${lines.join("\n")}\n`);
  const where =
    options.report ?? `${basename(options.out)} (${nl ? "blad Problemen" : "sheet Problems"})`;
  io.stderr(`${consolidateSummaryLine(result, issues, options.lang, where)}\n`);
}

/** Runs the consolidate command; returns the exit code. */
export async function runConsolidate(
  inputs: readonly string[],
  options: ConsolidateCommandOptions,
  io: CliIO
): Promise<number> {
  const language = options.lang;
  const nl = language === "nl";
  assertXlsxOutput({ option: "--out", path: options.out }, language);
  // Outputs may not be (or lie inside) what is read: refused before anything is read.
  assertOutputsSafe(
    [
      ...pathsRead(inputs, options.codebook),
      ...(options.kader !== undefined ? [{ option: "--kader", path: options.kader }] : []),
    ],
    [
      { option: "--out", path: options.out },
      ...(options.report !== undefined ? [{ option: "--report", path: options.report }] : []),
    ],
    language
  );
  const kader = options.kader !== undefined ? await loadKader(options.kader, language) : undefined;
  const found = await findFiles(inputs, language);
  const codebook = await loadCodebook(options.codebook, language);
  if (codebook && codebook.codebook.items.length === 0)
    throw new CliError(
      appMessage(language, {
        code: "CODEBOOK_EMPTY",
        codebook: codebook.codebook.name,
        reasons: "",
      })
    );

  const showProgress = options.progress ?? (io === processIO && Boolean(process.stderr.isTTY));
  const files: WorkbookFile[] = found.files.map((file) => ({
    name: file.name,
    size: file.size,
    modified: file.modified,
    bytes: () => readInputFile(file.path, language, { maxBytes: CONSOLIDATE_MAX_FILE_BYTES }),
  }));
  // Monitoring templates are noticed while the survey pass reads every file once; only when the
  // input holds them (and no survey template) does the monitoring pass go over the files again,
  // from what the first read kept (readOnce.ts; docs/consolidate.md).
  const reads = readOnce(readXlsx);
  const progress = showProgress
    ? (done: number, total: number, name: string) => {
        io.stderr(`\r\x1b[K${done}/${total} ${name}`);
        if (done === total) io.stderr("\n");
      }
    : undefined;
  const result = await consolidateWorkbooks(files, {
    readWorkbook: reads.firstPass,
    codebook: codebook?.codebook,
    language,
    maxFileBytes: CONSOLIDATE_MAX_FILE_BYTES,
    onProgress: progress,
  });
  const monitoringFiles = reads.monitoringFiles();
  if (monitoringFiles.length > 0) {
    if (result.filesConsolidated > 0)
      throw new CliError(
        mixedTemplatesMessage(
          result.perFile.filter((file) => file.status !== "skipped").map((file) => file.file),
          monitoringFiles,
          language
        )
      );
    return runMonitoringConsolidate(reads.again(files), found.issues, options, io, {
      progress,
      readWorkbook: reads.secondPass,
      kader,
    });
  }
  if (kader && result.filesConsolidated > 0)
    throw new CliError(
      nl
        ? `--kader ${options.kader}: het kader hoort bij monitoringsjablonen, maar de invoer bevat bevragingssjablonen. Laat --kader weg. Niets geschreven.`
        : `--kader ${options.kader}: the framework belongs with monitoring templates, but the input holds survey templates. Leave out --kader. Nothing written.`,
      2
    );
  const issues = [...(codebook?.issues ?? []), ...found.issues, ...result.issues];

  if (options.report !== undefined)
    await writeProblemReport(
      options.report,
      result,
      issues,
      {},
      { respondents: result.respondents, codebook: result.codebook.name },
      options.out,
      language
    );

  if (result.filesConsolidated === 0) {
    const reason =
      result.filesRead === 0
        ? nl
          ? "geen werkmappen (.xlsx) gevonden"
          : "no workbooks (.xlsx) found"
        : nl
          ? "geen enkel ingevuld sjabloon kon samengevoegd worden"
          : "no filled-in template could be consolidated";
    io.stderr(
      `netwerkmeter: ${inputs.join(", ")}: ${reason}; ${nl ? "niets geschreven" : "nothing written"}.\n`
    );
    const lines = skippedLines(result, issues, language);
    for (const issue of found.issues.filter((entry) => entry.severity === "error"))
      lines.unshift(`  ${issue.file}: ${issue.message}`);
    if (lines.length > 0) io.stderr(`${lines.join("\n")}\n`);
    io.stderr(`${consolidateSummaryLine(result, issues, language, options.report ?? null)}\n`);
    return 1;
  }

  const bytes = await writeResponsesWorkbook(
    { table: result.table, codebook: result.codebook, issues, perFile: result.perFile },
    { language }
  );
  await writeOutput(options.out, bytes, language);
  printWritten(result, issues, options, io);
  io.stdout(
    nl
      ? `${options.out}: ${result.respondents} ${result.respondents === 1 ? "netwerk" : "netwerken"}; analyseer met: netwerkmeter analyze ${options.out}\n`
      : `${options.out}: ${result.respondents} ${result.respondents === 1 ? "network" : "networks"}; analyse with: netwerkmeter analyze ${options.out}\n`
  );
  return 0;
}

/** The first few names of a list, e.g. "a.xlsx, b.xlsx, … (12)". */
function someNames(names: readonly string[]): string {
  return names.length <= 3
    ? names.join(", ")
    : `${names.slice(0, 3).join(", ")}, … (${names.length})`;
}

/**
 * Survey and monitoring templates in one input: refused with one message naming both kinds, since
 * they make different workbooks (responses for `analyze`, a framework for `indicators`). Nothing is
 * written; the user splits the folder.
 */
export function mixedTemplatesMessage(
  surveys: readonly string[],
  monitoring: readonly string[],
  language: Language
): string {
  return language === "nl"
    ? `MIXED_TEMPLATES: de invoer bevat zowel ingevulde bevragingssjablonen (${someNames(surveys)}) als monitoringsjablonen (${someNames(monitoring)}). Die worden niet samen in één werkmap gezet: leg elke soort in een eigen map en voeg ze apart samen. Niets geschreven.`
    : `MIXED_TEMPLATES: the input holds both filled-in survey templates (${someNames(surveys)}) and monitoring templates (${someNames(monitoring)}). They are not put into one workbook: put each kind in a folder of its own and consolidate them separately. Nothing written.`;
}

/**
 * The monitoring half of `consolidate`: the files read again as monitoring templates, written as a
 * framework workbook (Indicatoren, Metingen with provenance, Bestanden, Problemen) for
 * `netwerkmeter indicators`. Same report, exit codes and stderr lines as the survey half.
 */
async function runMonitoringConsolidate(
  files: readonly WorkbookFile[],
  foundIssues: readonly Issue[],
  options: ConsolidateCommandOptions,
  io: CliIO,
  pass: {
    progress: ((done: number, total: number, name: string) => void) | undefined;
    readWorkbook: WorkbookReader;
    kader: KaderSheets | undefined;
  }
): Promise<number> {
  const language = options.lang;
  const nl = language === "nl";
  const { progress, kader } = pass;
  const result = await consolidateMonitoringWorkbooks(files, {
    readWorkbook: pass.readWorkbook,
    language,
    maxFileBytes: CONSOLIDATE_MAX_FILE_BYTES,
    onProgress: progress,
  });
  const issues = [...foundIssues, ...result.issues];
  if (options.report !== undefined)
    await writeProblemReport(
      options.report,
      result,
      issues,
      { kind: "monitoring" },
      {
        units: result.units,
        measurements: result.measurements.length - 1,
        kader: options.kader ?? null,
      },
      options.out,
      language
    );
  if (result.filesConsolidated === 0) {
    io.stderr(
      `netwerkmeter: ${nl ? "geen enkel ingevuld monitoringsjabloon kon samengevoegd worden; niets geschreven" : "no filled-in monitoring template could be consolidated; nothing written"}.\n`
    );
    const lines = skippedLines(result, issues, language);
    if (lines.length > 0) io.stderr(`${lines.join("\n")}\n`);
    io.stderr(`${consolidateSummaryLine(result, issues, language, options.report ?? null)}\n`);
    return 1;
  }
  // With --kader the kader's figures so far come along (a cumulative indicator needs them).
  const merged = kader
    ? measurementsWithHistory(result.measurements, kader, basename(options.kader!))
    : { rows: result.measurements, kept: 0, replaced: 0 };
  const bytes = await writeMonitoringWorkbook(
    {
      definitions: kader?.definitions ?? result.definitions,
      ...(kader?.units ? { units: kader.units } : {}),
      ...(kader?.targets ? { targets: kader.targets } : {}),
      measurements: merged.rows,
      issues,
      perFile: result.perFile,
    },
    { language }
  );
  await writeOutput(options.out, bytes, language);
  printWritten(result, issues, options, io);
  const rows = result.measurements.length - 1;
  const format = createFormat(language);
  const history =
    merged.kept + merged.replaced === 0
      ? ""
      : nl
        ? ` (en ${format.count(merged.kept, "meting", "metingen")} uit het kader${merged.replaced > 0 ? `; ${format.count(merged.replaced, "andere", "andere")} vervangen door de ingezonden cijfers` : ""})`
        : ` (and ${format.count(merged.kept, "measurement", "measurements")} from the framework; ${merged.replaced > 0 ? `${format.count(merged.replaced, "other", "others")} replaced by the returned figures` : "none replaced"})`;
  io.stdout(
    nl
      ? `${options.out}: ${format.count(result.units, "eenheid", "eenheden")}, ${format.count(rows, "meting", "metingen")}${history}; bereken met: netwerkmeter indicators ${options.out}\n`
      : `${options.out}: ${format.count(result.units, "unit", "units")}, ${format.count(rows, "measurement", "measurements")}${history}; compute with: netwerkmeter indicators ${options.out}\n`
  );
  return 0;
}

/**
 * `--kader`: the framework's Indicatoren, Eenheden and Doelen (kaderSheets.ts), read before any
 * template, so a wrong file stops the run at once (exit 1, naming the file).
 */
async function loadKader(path: string, language: Language): Promise<KaderSheets> {
  const sheets = kaderSheets(await readGrids(path, language));
  if (!sheets)
    throw new CliError(
      language === "nl"
        ? `--kader ${printable(basename(path))}: geen blad Indicatoren; geef het indicatorenkader waaruit de monitoringsjablonen gemaakt zijn.`
        : `--kader ${printable(basename(path))}: no Indicatoren (Indicators) sheet; give the indicator framework the monitoring templates were made from.`
    );
  return sheets;
}
