/**
 * An Issue is one problem found in the input or the analysis, located as precisely as possible
 * (file, sheet, cell) so a person can find and fix it. Issues never stop an analysis by themselves:
 * bad cells are reported and treated as missing, never silently dropped or clamped.
 */

export type IssueSeverity = "error" | "warning" | "info";

/** Stable machine-readable issue codes (part of the public JSON report). */
export type IssueCode =
  // input
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
  | "DEFAULT_CODEBOOK"
  // codebook
  | "CODEBOOK_MISSING_COLUMN"
  | "CODEBOOK_UNKNOWN_SCALE"
  | "CODEBOOK_DUPLICATE_ITEM"
  | "CODEBOOK_BAD_VALUE"
  // analysis
  | "SMALL_N"
  | "CELL_SUPPRESSED"
  | "RELIABILITY_TOO_FEW_CASES"
  | "RELIABILITY_ZERO_VARIANCE"
  | "RELIABILITY_NEGATIVE_ITEM_REST"
  | "RELIABILITY_NEGATIVE_ALPHA"
  | "SMALL_EXPECTED_COUNT"
  | "POPULATION_TOO_SMALL"
  // comparison of waves and feedback
  | "COMPARE_ITEM_MISSING"
  | "MATCH_COLUMN_MISSING"
  | "MATCH_DUPLICATE_KEY"
  | "MATCH_NONE";

export interface Issue {
  severity: IssueSeverity;
  code: IssueCode | string;
  message: string;
  file?: string;
  sheet?: string;
  cell?: string;
}

/** Counts issues by severity, e.g. for a one-line summary on stderr. */
export function countBySeverity(issues: readonly Issue[]): Record<IssueSeverity, number> {
  const counts: Record<IssueSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
