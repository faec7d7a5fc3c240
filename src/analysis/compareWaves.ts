/**
 * Comparing two waves of the same survey (this year against an earlier year, or against the
 * Dēmos 2016 data), item by item: the share agreeing now and then with a two-proportion
 * chi-square test, and, for respondents that can be matched across the waves on a column (the
 * network's name or id), their own change with a Wilcoxon signed-rank test.
 */
import { createFormat } from "./numberFormat";
import type { Dataset, ItemColumn } from "./dataset";
import { countHigh } from "./highCount";
import { resolveGroupColumns } from "./groups";
import type { Issue } from "./issue";
import type { Language } from "./language";
import type { PairedComparisonItem, WaveComparison, WaveComparisonItem } from "./results";
import { twoProportionTest } from "./twoProportionTest";
import { uniqueRows } from "./uniqueRows";
import { wilcoxonSignedRank } from "./wilcoxonSignedRank";

/** The conventional significance level; see docs/methods.md on testing many items at once. */
export const COMPARISON_ALPHA = 0.05;

export interface CompareWavesOptions {
  /** Name of the earlier wave shown in the report ("2016"); default: its file name. */
  label?: string;
  /** Background column to match respondents on (paired comparison); none: independent only. */
  matchOn?: string;
  language?: Language;
}

/**
 * Compares this wave (`current`) with an earlier wave (`previous`, read with the same codebook).
 *
 * Why: surveys come back every year; staff want to know per statement whether the share agreeing
 * moved, and whether that move is more than chance. Independent: for every item in both waves,
 * the % high among valid answers now and then, the change in percentage points and the p-value
 * of {@link twoProportionTest}. Paired (with `matchOn`): respondents whose key occurs once in each
 * wave are matched; per item the mean change of the codes and the p-value of
 * {@link wilcoxonSignedRank}. `significant` is p < 0.05 for each item on its own; with 45 items
 * about 2 are expected to be "significant" by chance alone, which the report says.
 *
 * Reference: docs/methods.md ("Twee bevragingen vergelijken").
 *
 * @returns the `comparison` block of the JSON report and issues (missing items, match problems)
 * @example
 * const { comparison } = compareWaves(ingest(grid2024, codebook), ingest(grid2016, codebook),
 *   { label: "2016", matchOn: "Netwerk" });
 * comparison.items[0] // { id: "INZ_01", n: 77, pctHigh: 81.8, referenceN: 70, referencePctHigh: 71.4, change: 10.4, p: 0.13, significant: false }
 */
export function compareWaves(
  current: Dataset,
  previous: Dataset,
  options: CompareWavesOptions = {}
): { comparison: WaveComparison; issues: Issue[] } {
  const nl = (options.language ?? "nl") === "nl";
  const issues: Issue[] = [];
  const previousFile = previous.source.file;
  const label = options.label ?? previousFile ?? (nl ? "vorige bevraging" : "previous wave");
  const where = { file: previousFile ?? undefined, sheet: previous.source.sheet };
  const previousColumns = new Map(previous.items.map((column) => [column.item.id, column]));

  const pairs: [ItemColumn, ItemColumn][] = [];
  const absent: string[] = [];
  for (const column of current.items) {
    const earlier = previousColumns.get(column.item.id);
    if (earlier) pairs.push([column, earlier]);
    else absent.push(column.item.id);
  }
  if (absent.length > 0) {
    issues.push({
      severity: "info",
      code: "COMPARE_ITEM_MISSING",
      message: nl
        ? `${createFormat("nl").count(absent.length, "item staat", "items staan")} niet in ${label} en worden niet vergeleken: ${absent.join(", ")}.`
        : `${createFormat("en").count(absent.length, "item is", "items are")} not in ${label} and are not compared: ${absent.join(", ")}.`,
      ...where,
    });
  }

  const items: WaveComparisonItem[] = pairs.map(([now, then]) => {
    const a = countHigh(now);
    const b = countHigh(then);
    const test = twoProportionTest(a.high, a.n, b.high, b.n);
    return {
      id: now.item.id,
      n: a.n,
      pctHigh: test.pct1,
      referenceN: b.n,
      referencePctHigh: test.pct2,
      change: test.difference,
      p: test.p,
      significant: test.p !== null && test.p < COMPARISON_ALPHA,
    };
  });

  let paired: WaveComparison["paired"] = null;
  if (options.matchOn !== undefined) {
    const newKey = resolveGroupColumns(current, [options.matchOn]).columns[0];
    const oldKey = resolveGroupColumns(previous, [options.matchOn]).columns[0];
    if (!newKey || !oldKey) {
      const missingIn = !newKey ? current : previous;
      issues.push({
        severity: "error",
        code: "MATCH_COLUMN_MISSING",
        message: nl
          ? `Koppelkolom '${options.matchOn}' bestaat niet in ${missingIn.source.file ?? "de gegevens"}. Beschikbare kolommen: ${missingIn.background.map((column) => column.header).join(", ") || "(geen)"}.`
          : `Match column '${options.matchOn}' does not exist in ${missingIn.source.file ?? "the data"}. Available columns: ${missingIn.background.map((column) => column.header).join(", ") || "(none)"}.`,
        file: missingIn.source.file ?? undefined,
        sheet: missingIn.source.sheet,
      });
    } else {
      const now = uniqueRows(newKey);
      const then = uniqueRows(oldKey);
      for (const [duplicates, dataset] of [
        [now.duplicates, current],
        [then.duplicates, previous],
      ] as const) {
        if (duplicates.length === 0) continue;
        issues.push({
          severity: "warning",
          code: "MATCH_DUPLICATE_KEY",
          message: nl
            ? `${createFormat("nl").count(duplicates.length, "waarde", "waarden")} van '${options.matchOn}' ${duplicates.length === 1 ? "komt" : "komen"} meer dan eens voor in ${dataset.source.file ?? "de gegevens"} en worden niet gekoppeld.`
            : `${createFormat("en").count(duplicates.length, "value", "values")} of '${options.matchOn}' ${duplicates.length === 1 ? "occurs" : "occur"} more than once in ${dataset.source.file ?? "the data"} and are not matched.`,
          file: dataset.source.file ?? undefined,
          sheet: dataset.source.sheet,
        });
      }
      const matchedRows: [number, number][] = [];
      for (const [key, row] of now.rows) {
        const earlierRow = then.rows.get(key);
        if (earlierRow !== undefined) matchedRows.push([row, earlierRow]);
      }
      if (matchedRows.length === 0) {
        issues.push({
          severity: "warning",
          code: "MATCH_NONE",
          message: nl
            ? `Geen enkele waarde van '${options.matchOn}' komt in beide bevragingen voor; er is geen gekoppelde vergelijking.`
            : `No value of '${options.matchOn}' occurs in both waves; there is no paired comparison.`,
          ...where,
        });
      }
      const pairedItems: PairedComparisonItem[] = pairs.map(([nowColumn, thenColumn]) => {
        const test = wilcoxonSignedRank(
          matchedRows.map(([row]) => nowColumn.values[row]),
          matchedRows.map(([, row]) => thenColumn.values[row])
        );
        return {
          id: nowColumn.item.id,
          n: test.pairs,
          meanChange: test.meanDifference,
          p: test.p,
          significant: test.p !== null && test.p < COMPARISON_ALPHA,
        };
      });
      paired = { on: newKey.header, matched: matchedRows.length, items: pairedItems };
    }
  }

  return {
    comparison: {
      label,
      file: previousFile,
      respondents: previous.respondentIds.length,
      alpha: COMPARISON_ALPHA,
      tests: items.length,
      items,
      paired,
    },
    issues,
  };
}
