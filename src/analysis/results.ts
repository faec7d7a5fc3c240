/**
 * The analysis result: the public JSON report (ARCHITECTURE §3.2). Keys are camelCase and stable;
 * change them only on purpose and update docs/json-report.md in the same commit.
 */
import type { CommentEntry } from "./comments";
import type { Issue } from "./issue";

export type PercentBase = "valid" | "all";
export type RoundingMode = "exact" | "legacy";

export interface AnalysisOptions {
  base: PercentBase;
  rounding: RoundingMode;
  minCell: number;
  groupBy: string[];
  /** Numeric columns split into bands (cut points, or quantile groups); absent when none. */
  bands?: { column: string; cuts: number[]; labels: string[] }[];
}

/** One statement's distribution (an indicator-table row). */
export interface ItemSummary {
  id: string;
  label: string;
  scale: string;
  construct: string | null;
  domain: string | null;
  section: string | null;
  reversed: boolean;
  /** Valid answers. */
  n: number;
  /** Blank answers plus rejected cells (rejected cells are also listed as issues). */
  missing: number;
  /** Of `missing`, the cells that were rejected (out of range, unknown label). */
  invalid: number;
  dontKnow: number;
  /** The percentage base actually used (n for base "valid", all respondents for "all"). */
  baseN: number;
  /**
   * Count per scale point, every point present (zeros kept), keyed by code. In group results a
   * count of 1 to minCell − 1 is null (disclosure control, docs/methods.md).
   */
  counts: Record<string, number | null>;
  /** Percentage per scale point on baseN (rounded to one decimal in legacy mode). */
  pcts: Record<string, number | null>;
  pctLow: number | null;
  pctNeutral: number | null;
  pctHigh: number | null;
  mean: number | null;
  sd: number | null;
  median: number | null;
  /** Set when percentages are suppressed (baseN below the minimum cell size). */
  suppressed?: string;
  /** The codebook's published figure for this item (e.g. Dēmos 2016), when it gives one. */
  reference?: { pctHigh: number; source: string };
}

export interface ItemStat {
  item: string;
  itemRestR: number | null;
  alphaIfDeleted: number | null;
}

export interface ScaleReliability {
  id: string;
  items: string[];
  reversed: string[];
  /** Listwise complete cases (as SPSS RELIABILITY). */
  n: number;
  alpha: number | null;
  standardizedAlpha: number | null;
  /** Mean inter-item correlation (psych: average_r). */
  averageR: number | null;
  /** Mean of the per-respondent scale mean (after reverse keying). */
  scaleMean: number | null;
  scaleSd: number | null;
  itemStats: ItemStat[];
}

export type GovernanceRole = "facilitator" | "coproducent" | "opdrachtgever";
export type GovernanceStyle = GovernanceRole | "gemengd" | "onbepaald";

export interface RoleRow {
  role: GovernanceRole;
  item: string;
  n: number;
  pctLow: number | null;
  pctHigh: number | null;
  net: number | null;
}

export interface GovernanceDomain {
  domain: string;
  dominantRole: GovernanceRole | "gemengd" | null;
  roles: RoleRow[];
}

export interface Crosstab {
  by: string;
  /**
   * table[groupValue][style] = count; null when masked (1 to minCell − 1, or a cell masked so the
   * totals do not give such a count back: disclosure control, src/analysis/disclosure.ts).
   */
  table: Record<string, Record<string, number | null>>;
  /** Networks per group value (kept when cells are masked). */
  rowTotals?: Record<string, number>;
  /** Number of cells masked: counts below the minimum cell size and the secondary ones. */
  cellsMasked?: number;
  /** Of those, the cells masked only so that the published totals do not give a small count back. */
  cellsMaskedSecondary?: number;
  chiSquare: number | null;
  df: number | null;
  p: number | null;
  cramersV: number | null;
  smallExpected: boolean;
  /** Cells with expected count below 5 (count), for the note under the table. */
  cellsExpectedBelow5?: number;
}

export interface Governance {
  domains: GovernanceDomain[];
  respondents: {
    respondent: string;
    styles: Record<string, GovernanceStyle>;
    overall: GovernanceStyle;
  }[];
  styleCounts: Record<GovernanceStyle, number>;
  /** Respondents who answered no role statement at all (not classified, not in styleCounts). */
  unclassified: number;
  crosstabs: Crosstab[];
}

export interface ParticipationDomain {
  domain: string;
  involvement: number | null;
  expertise: number | null;
  directive: number | null;
  /** pctLow of the directive item: "niet richtinggevend". */
  notDirective: number | null;
  /** involvement − directive (percentage points). */
  gap: number | null;
}

export interface Participation {
  representation: { item: string; n: number; pctHigh: number | null; pctLow: number | null } | null;
  domains: ParticipationDomain[];
  minimum: { involvement: number | null; expertise: number | null };
  index: {
    n: number;
    mean: number | null;
    sd: number | null;
    minItems: number;
    gapMean: number | null;
  };
  respondents: { respondent: string; index: number | null; gap: number | null }[];
}

export interface GroupResult {
  by: string;
  value: string;
  n: number;
  items: ItemSummary[];
  governance?: Omit<Governance, "respondents" | "crosstabs">;
  participation?: Omit<Participation, "respondents">;
}

export interface AnalysisResult {
  tool: { name: "netwerkmeter"; version: string };
  source: { file: string | null; sheet: string | null; respondents: number; codebook: string };
  options: AnalysisOptions;
  population: number | null;
  responseRate: number | null;
  items: ItemSummary[];
  scales: ScaleReliability[];
  governance: Governance | null;
  participation: Participation | null;
  /** Ordered indicator blocks (seed-002 style two-sided tables), by section. */
  indicators: IndicatorBlock[];
  groups: GroupResult[];
  /** Every free-text answer and comment, with its item, network and respondent type. */
  comments: CommentEntry[];
  /** Present only with `--compare`: this wave against an earlier one (see compareWaves). */
  comparison?: WaveComparison;
  issues: Issue[];
}

/** One item of this wave against the earlier wave (independent samples). */
export interface WaveComparisonItem {
  id: string;
  /** Valid answers and % high (of valid answers, unrounded) in this wave. */
  n: number;
  pctHigh: number | null;
  /** The same in the earlier wave. */
  referenceN: number;
  referencePctHigh: number | null;
  /** pctHigh − referencePctHigh, percentage points. */
  change: number | null;
  /** Two-proportion chi-square, no continuity correction (R prop.test(correct = FALSE)); null without variance. */
  p: number | null;
  /** p < alpha. */
  significant: boolean;
}

/** One item for the respondents matched across waves (paired). */
export interface PairedComparisonItem {
  id: string;
  /** Matched respondents with a valid answer in both waves. */
  n: number;
  /** Mean of (new code − old code). */
  meanChange: number | null;
  /** Wilcoxon signed-rank, normal approximation (R wilcox.test(paired = TRUE, exact = FALSE)). */
  p: number | null;
  significant: boolean;
}

export interface WaveComparison {
  /** Name of the earlier wave, e.g. "2016". */
  label: string;
  /** File the earlier wave was read from. */
  file: string | null;
  /** Respondents in the earlier wave. */
  respondents: number;
  /** Significance level used for `significant` (0.05). */
  alpha: number;
  /** Number of items tested (for the note on testing many items at once). */
  tests: number;
  items: WaveComparisonItem[];
  /** Present with `--match-on`: respondents matched on that column. */
  paired: {
    on: string;
    /** Respondents found in both waves (keys that occur once in each wave). */
    matched: number;
    items: PairedComparisonItem[];
  } | null;
}

/** A seed-002 style indicator table: items of one section with low/high bands, sorted by pctHigh. */
export interface IndicatorBlock {
  id: string;
  title: string;
  scale: string;
  lowLabel: string;
  highLabel: string;
  /** Source of the reference figures in this block (e.g. "Dēmos 2016"); absent without any. */
  referenceSource?: string;
  items: {
    id: string;
    label: string;
    n: number;
    pctLow: number | null;
    pctNeutral: number | null;
    pctHigh: number | null;
    /** Published % high for this item (see referenceSource); null when the codebook gives none. */
    reference?: number | null;
  }[];
}
