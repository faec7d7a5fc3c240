/**
 * An Issue is one problem found in the input or the analysis, located as precisely as possible
 * (file, sheet, cell) so a person can find and fix it. Issues never stop an analysis by themselves:
 * bad cells are reported and treated as missing, never silently dropped or clamped.
 */

import type { InputErrorCode } from "./inputError";
import type { LocalizedText } from "./language";

export type IssueSeverity = "error" | "warning" | "info";

/**
 * Stable machine-readable issue codes (part of the public JSON report, each listed in
 * docs/json-report.md). A closed union: a new code is added here and documented there.
 */
export type IssueCode =
  // input (ingest)
  | "EMPTY_INPUT"
  | "NO_HEADER"
  | "NO_ITEMS_RECOGNISED"
  | "DUPLICATE_COLUMN"
  | "BLANK_HEADER"
  | "EXTRA_FIELDS"
  | "OUT_OF_RANGE"
  | "UNKNOWN_LABEL"
  | "NOT_A_NUMBER"
  | "FORMULA_ERROR"
  | "DUPLICATE_RESPONDENT"
  | "EMPTY_ROW"
  | "ITEM_NOT_IN_DATA"
  | "GROUP_COLUMN_MISSING"
  | "GROUP_COLUMN_PERSONAL"
  | "GROUP_COLUMN_FREE_TEXT"
  | "BAND_NOT_A_NUMBER"
  | "DEFAULT_CODEBOOK"
  // codebook
  | "CODEBOOK_MISSING_COLUMN"
  | "CODEBOOK_UNKNOWN_SCALE"
  | "CODEBOOK_DUPLICATE_ITEM"
  | "CODEBOOK_BAD_VALUE"
  | "CODEBOOK_SHEET_MISSING"
  // analysis
  | "SMALL_N"
  | "CELL_SUPPRESSED"
  | "RELIABILITY_TOO_FEW_CASES"
  | "RELIABILITY_ZERO_VARIANCE"
  | "RELIABILITY_NEGATIVE_ITEM_REST"
  | "RELIABILITY_NEGATIVE_ALPHA"
  | "SMALL_EXPECTED_COUNT"
  | "POPULATION_TOO_SMALL"
  // the indicators command (src/indicators, docs/indicators.md)
  | "IND_BAD_DATE"
  | "IND_BAD_DEFINITION"
  | "IND_BAD_NUMBER"
  | "IND_BAD_PERIOD"
  | "IND_COARSE_PERIOD"
  | "IND_DUPLICATE"
  | "IND_INCOMPLETE"
  | "IND_MISSING_COLUMN"
  | "IND_NEGATIVE"
  | "IND_NOT_WHOLE"
  | "IND_NO_INDICATORS_SHEET"
  | "IND_NO_MEASUREMENTS_SHEET"
  | "IND_NUMERATOR_GT_DENOMINATOR"
  | "IND_PERCENT_AS_FRACTION"
  | "IND_PERIOD_OPEN"
  | "IND_TARGET_AGAINST_DIRECTION"
  | "IND_TARGET_NOT_AFTER_BASELINE"
  | "IND_THRESHOLDS_SWAPPED"
  | "IND_UNKNOWN_INDICATOR"
  | "IND_UNKNOWN_UNIT"
  | "IND_UNWEIGHTED"
  | "IND_ZERO_DENOMINATOR"
  // comparison of waves and feedback
  | "COMPARE_ITEM_MISSING"
  | "MATCH_COLUMN_MISSING"
  | "MATCH_DUPLICATE_KEY"
  | "MATCH_NONE"
  // filled-in templates and consolidation
  | "NOT_A_TEMPLATE"
  | "TEMPLATE_SHEET_MISSING"
  | "TEMPLATE_SHEET_RENAMED"
  | "CODEBOOK_SHEET_KEPT"
  | "TEMPLATE_NOT_MARKED"
  | "TEMPLATE_VERSION_OLD"
  | "TEMPLATE_VERSION_UNKNOWN"
  | "TEMPLATE_OTHER_SURVEY"
  | "UNKNOWN_ITEM"
  | "DUPLICATE_ITEM_ROW"
  | "ITEM_NOT_IN_TEMPLATE"
  | "ANSWER_NOT_IN_LIST"
  | "EMPTY_TEMPLATE"
  | "NETWORK_SHEET_MISSING"
  | "NETWORK_NAME_MISSING"
  | "INHABITANTS_NOT_A_NUMBER"
  | "DUPLICATE_NETWORK"
  | "DUPLICATE_UNIT"
  | "MONITORING_OTHER_UNIT"
  | "MONITORING_PERIOD_NOT_ASKED"
  | "MONITORING_UNIT_CELL_CHANGED"
  | "MIXED_TEMPLATES"
  | "UNREADABLE"
  | "IGNORED_FILE"
  | "FILE_NOT_FOUND"
  | "EMPTY_FOLDER"
  | "FOLDER_UNREADABLE"
  | "BROKEN_LINK"
  | "LINKED_FOLDER"
  | "NOT_A_FILE"
  // a file that cannot be read at all, reported as an issue while consolidating
  | InputErrorCode
  // writing into a workbook (task pane)
  | "OUTPUT_SHEET_RENAMED"
  | "METADATA_UNREADABLE"
  | "OUTPUT_WARNING"
  // the task pane's comparison whose earlier file is not at hand (refresh)
  | "EARLIER_WAVE_NEEDED";

/** The names of the severities users read (problem lists, the Problemen sheet). */
export const SEVERITY_LABEL: Readonly<Record<IssueSeverity, LocalizedText>> = {
  error: { nl: "fout", en: "error" },
  warning: { nl: "waarschuwing", en: "warning" },
  info: { nl: "info", en: "info" },
};

export interface Issue {
  severity: IssueSeverity;
  code: IssueCode;
  message: string;
  file?: string;
  sheet?: string;
  cell?: string;
  /**
   * The problem in the words of the data, for people who do not read cell addresses: the network
   * (respondent id), the item and its statement, the column header and the value as typed. Set for
   * answers that were rejected and duplicate respondents.
   */
  context?: IssueContext;
}

/** See {@link Issue.context}. */
export interface IssueContext {
  respondent?: string;
  item?: string;
  statement?: string;
  column?: string;
  value?: string;
  /** The answers the scale allows, in words ("1–5 of helemaal niet akkoord … helemaal akkoord"). */
  allowed?: string;
  /** One-based sheet row. */
  row?: number;
}

/** Counts issues by severity, e.g. for a one-line summary on stderr. */
export function countBySeverity(issues: readonly Issue[]): Record<IssueSeverity, number> {
  const counts: Record<IssueSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
