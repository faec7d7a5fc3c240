/**
 * Change against the period just before at the same granularity (docs/indicators.md §2
 * "Change"): 2026-Q1 against 2025-Q4, 2026 against 2025. `change` = value − previous (percentage
 * points for percentages), `changePct` = change / previous × 100; null when the previous period has
 * no data, and changePct also when previous is 0. Never skips further back.
 *
 * Reference: "percentage change" vs "percentage-point change" (OECD Glossary of Statistical Terms).
 *
 * @example periodChange(13000, 6000) // { change: 7000, changePct: 116.66… }
 */
export function periodChange(
  value: number | null,
  previous: number | null
): { change: number | null; changePct: number | null } {
  if (value === null || previous === null) return { change: null, changePct: null };
  const change = value - previous;
  return { change, changePct: previous === 0 ? null : (100 * change) / previous };
}
