/**
 * The names users read for the fixed concepts of the Dēmos survey (domain/SPEC.md §7b): the three
 * domains and the governance styles (the three roles plus "mixed" and "undetermined"), in Dutch
 * and English. One place for the report, the summary lines and the task pane;
 * construct names are in constructLabel.ts.
 *
 * @example domainLabel("acties", "en") // "Actions"
 */
import type { Language, LocalizedText } from "./language";

export const DOMAIN_LABEL: Readonly<Record<string, LocalizedText>> = {
  visie: { nl: "Visie", en: "Vision" },
  doelstellingen: { nl: "Doelstellingen", en: "Objectives" },
  acties: { nl: "Acties", en: "Actions" },
};

/** Governance styles in the order of the style tables: the three roles, then mixed, undetermined. */
export const STYLE_LABEL: Readonly<Record<string, LocalizedText>> = {
  facilitator: { nl: "Facilitator", en: "Facilitator" },
  coproducent: { nl: "Coproducent", en: "Co-producer" },
  opdrachtgever: { nl: "Opdrachtgever", en: "Commissioner" },
  gemengd: { nl: "Gemengd", en: "Mixed" },
  onbepaald: { nl: "Onbepaald", en: "Undetermined" },
};

/** A domain's name; an unknown domain is shown as written. @example domainLabel("visie", "nl") // "Visie" */
export function domainLabel(domain: string, language: Language): string {
  return DOMAIN_LABEL[domain]?.[language] ?? domain;
}

/** A style's (or role's) name. @example styleLabel("coproducent", "en") // "Co-producer" */
export function styleLabel(style: string, language: Language): string {
  return STYLE_LABEL[style]?.[language] ?? style;
}
