/**
 * A short human summary of an analysis: respondents, response rate, dominant role per domain,
 * the participation headline and the alphas. Shown by the command line and on top of the report
 * workbook's overview sheet, in Dutch (decimal comma) or English.
 */
import { constructLabel } from "./constructLabel";
import { domainLabel, styleLabel } from "./labels";
import { createFormat } from "./numberFormat";
import type { Language } from "./language";
import type { AnalysisResult } from "./results";

/**
 * @example summaryLines(result, "nl")[1] // "Responsgraad: 74,0% (77 van 104)."
 * @example summaryLines(result, "en")[2]
 * // "Dominant coordinator role — Vision: co-producer; Objectives: co-producer; Actions: co-producer."
 */
export function summaryLines(result: AnalysisResult, language: Language): string[] {
  const nl = language === "nl";
  const format = createFormat(language);
  const fixed = (value: number | null, decimals = 1) => format.decimal(value, decimals);
  const respondents = format.integer(result.source.respondents);
  const lines: string[] = [];
  const source = `${result.source.file ?? ""}${result.source.sheet ? ` [${result.source.sheet}]` : ""}`;
  lines.push(
    nl
      ? `${source}: ${format.count(result.source.respondents, "respondent", "respondenten")}, ${format.count(result.items.length, "item", "items")} (codeboek ${result.source.codebook}).`
      : `${source}: ${format.count(result.source.respondents, "respondent", "respondents")}, ${format.count(result.items.length, "item", "items")} (codebook ${result.source.codebook}).`
  );
  if (result.responseRate !== null)
    lines.push(
      nl
        ? `Responsgraad: ${fixed(result.responseRate)}% (${respondents} van ${format.integer(result.population ?? 0)}).`
        : `Response rate: ${fixed(result.responseRate)}% (${respondents} of ${format.integer(result.population ?? 0)}).`
    );
  if (result.governance) {
    const roles = result.governance.domains
      .map(
        (domain) =>
          `${domainLabel(domain.domain, language)}: ${roleName(domain.dominantRole, language)}`
      )
      .join("; ");
    lines.push(
      nl ? `Dominante rol van de coördinator — ${roles}.` : `Dominant coordinator role — ${roles}.`
    );
  }
  if (result.participation) {
    const p = result.participation;
    lines.push(
      nl
        ? `Participatie: vertegenwoordiging ${fixed(p.representation?.pctHigh ?? null)}% akkoord; minstens ${fixed(p.minimum.involvement)}% inbreng; index ${fixed(p.index.mean)} (n = ${format.integer(p.index.n)}), kloof ${fixed(p.index.gapMean, 2)}.`
        : `Participation: representation ${fixed(p.representation?.pctHigh ?? null)}% agree; at least ${fixed(p.minimum.involvement)}% involvement; index ${fixed(p.index.mean)} (n = ${format.integer(p.index.n)}), gap ${fixed(p.index.gapMean, 2)}.`
    );
  }
  if (result.scales.length > 0) {
    lines.push(
      `${nl ? "Cronbach's alfa" : "Cronbach's alpha"}: ${result.scales.map((scale) => `${constructLabel(scale.id, language)} ${fixed(scale.alpha, 2)}`).join("; ")}.`
    );
  }
  return lines;
}

/** A role or style as readers say it in a sentence ("co-producer" in English); "—" for none. */
function roleName(role: string | null | undefined, language: Language): string {
  if (!role) return "—";
  return styleLabel(role, language).toLowerCase();
}
