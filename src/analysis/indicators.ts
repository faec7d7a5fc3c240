/**
 * Indicator blocks: the seed-002 style two-sided tables ("Score (%)" | Items | Niet akkoord |
 * Wel akkoord), one per report section. A block of parallel items measuring one construct (e.g. the
 * four "Mate van inzet" items, the support needs) is a ranking and is sorted by the high band,
 * descending, as in seed 002's Tables A and D; other blocks keep questionnaire order.
 */
import type { Language } from "./language";
import type { IndicatorBlock, ItemSummary } from "./results";
import type { Scale } from "./scale";

/** Builds the indicator blocks from item summaries (questionnaire order in, blocks out). */
export function buildIndicatorBlocks(
  summaries: readonly ItemSummary[],
  scales: ReadonlyMap<string, Scale>,
  language: Language
): IndicatorBlock[] {
  const bySection = new Map<string, ItemSummary[]>();
  for (const summary of summaries) {
    const key = `${summary.section ?? (language === "nl" ? "Overige items" : "Other items")}\u0000${summary.scale}`;
    const members = bySection.get(key);
    if (members) members.push(summary);
    else bySection.set(key, [summary]);
  }
  return [...bySection.entries()].map(([key, members], index) => {
    const [title] = key.split("\u0000");
    const scale = scales.get(members[0].scale)!;
    const constructs = new Set(members.map((member) => member.construct));
    // Items without a construct are not known to be parallel: they keep questionnaire order.
    const isRanking =
      members.length > 1 &&
      constructs.size === 1 &&
      members[0].construct !== null &&
      !members[0].construct.startsWith("rol.");
    const rows = members.map((member) => ({
      id: member.id,
      label: member.label,
      n: member.n,
      pctLow: member.pctLow,
      pctNeutral: member.pctNeutral,
      pctHigh: member.pctHigh,
      ...(members.some((other) => other.reference)
        ? { reference: member.reference?.pctHigh ?? null }
        : {}),
    }));
    const referenceSource = members.find((member) => member.reference)?.reference?.source;
    if (isRanking) rows.sort((a, b) => (b.pctHigh ?? -1) - (a.pctHigh ?? -1));
    return {
      id: `B${String(index + 1).padStart(2, "0")}`,
      title,
      scale: scale.id,
      lowLabel: scale.lowLabel[language],
      highLabel: scale.highLabel[language],
      ...(referenceSource !== undefined ? { referenceSource } : {}),
      items: rows,
    };
  });
}
