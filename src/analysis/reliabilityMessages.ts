/**
 * The messages of the reliability warnings (reliability.ts), in Dutch and English, built from
 * facts the way InputError builds its messages. Numbers use the one formatter (numberFormat.ts),
 * with a true minus sign (−) in running text.
 *
 * @example
 * reliabilityMessage("en", { code: "RELIABILITY_NEGATIVE_ALPHA", scale: "A", alpha: -0.12 })
 * // 'Scale "A": Cronbach\'s alpha is negative (−0.12); …'
 */
import type { Language } from "./language";
import { formatNumber } from "./numberFormat";

export type ReliabilityMessage =
  | { code: "RELIABILITY_TOO_FEW_CASES"; scale: string; n: number; k: number; minCases: number }
  | { code: "SMALL_N"; scale: string; n: number; smallN: number }
  | { code: "RELIABILITY_ZERO_VARIANCE"; scale: string; item: string; n: number }
  | {
      code: "RELIABILITY_NEGATIVE_ITEM_REST";
      scale: string;
      item: string;
      r: number;
      reversed: boolean;
    }
  | { code: "RELIABILITY_NEGATIVE_ALPHA"; scale: string; alpha: number };

/** A correlation or alpha in running text: two decimals, a true minus sign. */
function coefficient(value: number, language: Language): string {
  return formatNumber(value, 2, language).replace("-", "−");
}

/** The text of one reliability warning in `language`. */
export function reliabilityMessage(language: Language, message: ReliabilityMessage): string {
  const nl = language === "nl";
  switch (message.code) {
    case "RELIABILITY_TOO_FEW_CASES": {
      const { scale, n, k, minCases } = message;
      return nl
        ? `Schaal "${scale}": slechts ${n} respondent${n === 1 ? "" : "en"} ${n === 1 ? "heeft" : "hebben"} alle ${k} items ingevuld; voor de betrouwbaarheid (Cronbachs alfa) zijn er minstens ${minCases} nodig. Alfa is niet berekend.`
        : `Scale "${scale}": only ${n} respondent${n === 1 ? "" : "s"} answered all ${k} items; reliability (Cronbach's alpha) needs at least ${minCases}. Alpha was not computed.`;
    }
    case "SMALL_N":
      return nl
        ? `Schaal "${message.scale}": Cronbachs alfa is berekend op slechts ${message.n} respondenten die alle items hebben ingevuld (minder dan ${message.smallN}); interpreteer de betrouwbaarheid met voorzichtigheid.`
        : `Scale "${message.scale}": Cronbach's alpha is based on only ${message.n} respondents who answered all items (fewer than ${message.smallN}); interpret the reliability with care.`;
    case "RELIABILITY_ZERO_VARIANCE":
      return nl
        ? `Schaal "${message.scale}", item "${message.item}": alle ${message.n} respondenten die de schaal volledig invulden gaven hetzelfde antwoord (geen variantie). Het item telt niet mee in Cronbachs alfa en heeft geen item-restcorrelatie.`
        : `Scale "${message.scale}", item "${message.item}": all ${message.n} respondents who answered the whole scale gave the same answer (no variance). The item is left out of Cronbach's alpha and has no item-rest correlation.`;
    case "RELIABILITY_NEGATIVE_ITEM_REST": {
      const r = coefficient(message.r, language);
      return nl
        ? `Schaal "${message.scale}", item "${message.item}": negatieve item-restcorrelatie (r = ${r}); het item hangt tegengesteld samen met de andere items. Controleer of het item ${message.reversed ? "terecht" : "niet"} omgescoord ${message.reversed ? "is" : "moet worden"}.`
        : `Scale "${message.scale}", item "${message.item}": negative item-rest correlation (r = ${r}); the item runs against the other items. Check whether the item ${message.reversed ? "should really be" : "should be"} reverse-scored.`;
    }
    case "RELIABILITY_NEGATIVE_ALPHA": {
      const alpha = coefficient(message.alpha, language);
      return nl
        ? `Schaal "${message.scale}": Cronbachs alfa is negatief (${alpha}); de items hangen gemiddeld negatief samen en vormen zo geen schaal. Controleer het omscoren van negatief geformuleerde items.`
        : `Scale "${message.scale}": Cronbach's alpha is negative (${alpha}); the items correlate negatively on average and do not form a scale. Check the reverse-scoring of negatively worded items.`;
    }
  }
}
