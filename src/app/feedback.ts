/**
 * Feedback per network (`netwerkmeter feedback`, the task pane's "Feedback per netwerk"), written
 * once for both: the data grid and codebook (read by the host) → ingest → analyze → the earlier
 * wave when given → buildNetworkFeedback (src/analysis/networkFeedback.ts) → one Report per network
 * (src/report/feedback.ts) with a safe, unique file name. The hosts only differ in where the
 * reports go: files in a folder (CLI), one .zip (browser preview), new workbooks or one sheet per
 * network (Excel).
 *
 * Privacy: a network's Report is built from its own NetworkFeedback only, which holds no other
 * network's name or answers; the sheet-per-network form (feedbackSheetsReport) puts each network's
 * tables on its own sheet, so the rule holds per sheet.
 */
import type { Codebook } from "../analysis/codebook";
import { analyze } from "../analysis/analyze";
import type { Grid } from "../analysis/grid";
import { ingest } from "../analysis/ingest";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { buildNetworkFeedback } from "../analysis/networkFeedback";
import { resolveGroupColumns } from "../analysis/groups";
import { feedbackReport } from "../report/feedback";
import type { Report, ReportSheet } from "../report/reportModel";
import { WorkbookError, type WorkbookPort } from "../workbook/port";
import { planPublish } from "../workbook/publish";
import { readEarlierWave } from "./earlierWave";
import { uniqueFileNames } from "./safeFileName";

export interface FeedbackSettings {
  networkColumn: string;
  groupBy?: string;
  minCell: number;
  /** Only these networks (by name as in the data); absent: every network. */
  networks?: readonly string[];
  language: Language;
}

/** The earlier wave for "change since": its grids, file name and label. */
export interface FeedbackEarlierWave {
  grids: Grid[];
  file: string;
  label?: string;
}

/** One network's feedback workbook. */
export interface NetworkReport {
  network: string;
  /** Safe, unique file name, e.g. "Netwerk Gent.xlsx". */
  fileName: string;
  report: Report;
}

export interface FeedbackRun {
  reports: NetworkReport[];
  /** The input's problems, the earlier wave's and the feedback's (non-fatal). */
  issues: Issue[];
}

/** A feedback run that cannot go on; `file` names the file it is about when known. */
export class FeedbackError extends WorkbookError {
  constructor(
    message: string,
    code: "FEEDBACK_NO_RESPONDENTS" | "FEEDBACK_NO_NETWORKS" | "FEEDBACK_FATAL",
    readonly file?: string
  ) {
    super(message, code);
    this.name = "FeedbackError";
  }
}

/**
 * The names in a network column, in data order (for the pane's choice of networks); empty when
 * the column is not there.
 *
 * @example feedbackNetworkNames(grid, codebook, "Netwerk", "nl") // ["Netwerk Aalst", …]
 */
export function feedbackNetworkNames(
  grid: Grid,
  codebook: Codebook,
  column: string,
  language: Language
): string[] {
  const dataset = ingest(grid, codebook, { language });
  const found = resolveGroupColumns(dataset, [column]).columns[0];
  if (!found) return [];
  const names: string[] = [];
  for (const value of found.values) {
    const name = value === null ? "" : String(value).trim();
    if (name !== "" && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Builds the feedback Report of every network (or the chosen ones).
 *
 * @throws FeedbackError when no respondent has answers, a column is missing, or no network is named
 * @example
 * const { reports } = buildFeedback(grid, codebook, [], { networkColumn: "Netwerk", minCell: 5, language: "nl" });
 * reports[0].fileName // "Netwerk Aalst.xlsx"
 */
export function buildFeedback(
  grid: Grid,
  codebook: Codebook,
  codebookIssues: readonly Issue[],
  settings: FeedbackSettings,
  earlier?: FeedbackEarlierWave | null
): FeedbackRun {
  const { language, minCell } = settings;
  const nl = language === "nl";
  const dataset = ingest(grid, codebook, { language });
  dataset.issues.unshift(...codebookIssues);
  const file = dataset.source.file ?? undefined;
  if (dataset.respondentIds.length === 0 || dataset.items.length === 0)
    throw new FeedbackError(
      nl
        ? "geen enkele respondent met antwoorden op de stellingen van het codeboek gevonden."
        : "no respondent with answers to the codebook's statements found.",
      "FEEDBACK_NO_RESPONDENTS",
      file
    );
  const result = analyze(dataset, { minCell, language });
  const previous = earlier
    ? readEarlierWave(earlier.grids, codebook, { file: earlier.file, language })
    : undefined;
  const { networks, issues } = buildNetworkFeedback(dataset, result, {
    networkColumn: settings.networkColumn,
    groupBy: settings.groupBy,
    minCell,
    previous,
    language,
  });
  const fatal = issues.find((issue) => issue.severity === "error");
  if (fatal) throw new FeedbackError(fatal.message, "FEEDBACK_FATAL", fatal.file ?? file);
  const chosen = settings.networks
    ? networks.filter((network) => settings.networks!.includes(network.network))
    : networks;
  if (chosen.length === 0) {
    // Names there, but each more than once (a group column chosen by mistake): say that.
    const names =
      networks.length === 0 && !settings.networks
        ? new Set(
            (resolveGroupColumns(dataset, [settings.networkColumn]).columns[0]?.values ?? [])
              .map((value) => (value === null ? "" : value.trim()))
              .filter((name) => name !== "")
          )
        : new Set<string>();
    throw new FeedbackError(
      names.size > 0
        ? nl
          ? `elke naam in kolom '${settings.networkColumn}' komt meer dan eens voor (${names.size === 1 ? "1 naam" : `${names.size} namen`} voor ${dataset.respondentIds.length} rijen): kies de kolom met één naam per netwerk.`
          : `every name in column '${settings.networkColumn}' occurs more than once (${names.size === 1 ? "1 name" : `${names.size} names`} for ${dataset.respondentIds.length} rows): choose the column with one name per network.`
        : nl
          ? `geen enkel netwerk met een naam in kolom '${settings.networkColumn}'.`
          : `no network with a name in column '${settings.networkColumn}'.`,
      "FEEDBACK_NO_NETWORKS",
      file
    );
  }

  const referenceSource = codebook.items.find((item) => item.reference)?.reference?.source;
  const previousLabel = earlier ? (earlier.label ?? earlier.file) : undefined;
  return {
    reports: namedReports(
      chosen.map((network) => network.network),
      (index) =>
        feedbackReport(chosen[index], { minCell, referenceSource, previousLabel, language })
    ),
    issues: [...result.issues, ...(previous?.issues ?? []), ...issues],
  };
}

/**
 * One Report per name, each with a safe, unique file name (shared by the survey's and the
 * indicator framework's feedback).
 *
 * @example namedReports(["Netwerk Gent"], () => report)[0].fileName // "Netwerk Gent.xlsx"
 */
export function namedReports(
  names: readonly string[],
  report: (index: number) => Report
): NetworkReport[] {
  const fileNames = uniqueFileNames(names, "xlsx");
  return names.map((network, index) => ({
    network,
    fileName: fileNames[index],
    report: report(index),
  }));
}

/**
 * Prefix of the feedback sheets' markers (`feedback:Netwerk Aalst`): a second feedback run finds a
 * network's sheet by it and writes it again; the analysis's own keys never start with it.
 */
export const FEEDBACK_KEY_PREFIX = "feedback:";

/**
 * The feedback of several networks as one Report with one sheet per network (the Excel host's
 * form where it cannot open new workbooks): every table and chart of a network's feedback stacked
 * on a sheet named after the network, and nothing of any other network on it. Sheet and table
 * names are made valid and unique when published (src/report/names.ts via the publish planner).
 *
 * @example feedbackSheetsReport(run.reports).sheets.map((sheet) => sheet.name) // ["Netwerk Aalst", …]
 */
export function feedbackSheetsReport(reports: readonly NetworkReport[]): Report {
  const sheets: ReportSheet[] = reports.map(({ network, report }) => ({
    name: network,
    tables: report.sheets.flatMap((sheet) => sheet.tables),
    charts: report.sheets.flatMap((sheet) => sheet.charts),
  }));
  return { title: reports[0]?.report.title ?? "", summary: [], sheets };
}

/**
 * Writes feedback reports (a network's or an indicator framework's unit's) as one sheet per name
 * into the open workbook, each marked with its name (FEEDBACK_KEY_PREFIX): a second run writes a
 * name's sheet again instead of adding a copy, and leaves the other sheets alone; a refresh of the
 * analysis never touches them; a user's sheet with that name is never touched either (the output
 * gets another name). Nothing of the analysis is replaced and no metadata is written. Returns the
 * sheet names.
 *
 * @example await publishFeedbackSheets(port, run, "nl") // ["Netwerk Aalst", "Netwerk Gent"]
 */
export async function publishFeedbackSheets(
  port: WorkbookPort,
  run: FeedbackRun,
  language: Language,
  now?: Date
): Promise<string[]> {
  const state = await port.readState({ sheetDetails: true });
  const plan = planPublish(
    feedbackSheetsReport(run.reports),
    { ...state, metadata: { metadata: null } },
    {
      language,
      protectedSheets: [],
      charts: port.drawsCharts,
      now,
      markedKeyPrefix: FEEDBACK_KEY_PREFIX,
    }
  );
  const applied = await port.applyPlan(plan);
  return applied.sheets;
}
