/**
 * The order of the statements on the template's Bevraging sheet: items grouped by domain
 * (SURVEY_DOMAINS first) and sub-section, from the codebook's `sectie` ("Beleidsthema – visie").
 * Pure; used by buildTemplateSpec (templateSpec.ts).
 *
 * @example splitSection("Beleidsthema – visie") // { domain: "Beleidsthema", sub: "visie" }
 */
import type { CodebookItem } from "../analysis/codebook";
import { SURVEY_DOMAINS } from "./layout";

/** Splits a section such as "Beleidsthema – visie" into its domain and the rest. */
export function splitSection(section: string | null): {
  domain: string | null;
  sub: string | null;
} {
  if (section === null || section.trim() === "") return { domain: null, sub: null };
  const [domain, ...rest] = section.split(/\s+[–—-]\s+/);
  const sub = rest.join(" – ").trim();
  return { domain: domain.trim(), sub: sub === "" ? null : sub };
}

/** The items of one domain of Bevraging, by sub-section. */
export interface SurveyGroup {
  domain: string | null;
  subsections: { sub: string | null; items: CodebookItem[] }[];
}

/**
 * Groups items under their domain (SURVEY_DOMAINS first, in that order; then other domains in
 * order of appearance; items without a section last) and, within a domain, under sub-sections in
 * order of appearance. Items keep their codebook order within a sub-section.
 */
export function groupSurveyItems(items: readonly CodebookItem[]): SurveyGroup[] {
  const groups = new Map<string | null, SurveyGroup>();
  for (const item of items) {
    const { domain, sub } = splitSection(item.section);
    let group = groups.get(domain);
    if (!group) {
      group = { domain, subsections: [] };
      groups.set(domain, group);
    }
    let subsection = group.subsections.find((candidate) => candidate.sub === sub);
    if (!subsection) {
      subsection = { sub, items: [] };
      group.subsections.push(subsection);
    }
    subsection.items.push(item);
  }
  const rank = (group: SurveyGroup): number => {
    if (group.domain === null) return SURVEY_DOMAINS.length + 1;
    const index = (SURVEY_DOMAINS as readonly string[]).indexOf(group.domain);
    return index === -1 ? SURVEY_DOMAINS.length : index;
  };
  // Array.prototype.sort is stable: other domains keep their order of appearance.
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}
