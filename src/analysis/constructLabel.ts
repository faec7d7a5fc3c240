/**
 * A plain-language name for a construct, for people who read the summary rather than the codebook:
 * the constructs with a fixed meaning (roles, participation) get their Dutch or English name; any
 * other construct is shown as written, with a capital first letter.
 */
import type { Language } from "./language";

const KNOWN: Record<string, { nl: string; en: string }> = {
  "rol.facilitator": { nl: "Rol facilitator", en: "Facilitator role" },
  "rol.coproducent": { nl: "Rol coproducent", en: "Co-producer role" },
  "rol.opdrachtgever": { nl: "Rol opdrachtgever", en: "Commissioner role" },
  "participatie.vertegenwoordiging": { nl: "Vertegenwoordiging", en: "Representation" },
  "participatie.inbreng": { nl: "Inbreng", en: "Involvement" },
  "participatie.expertise": { nl: "Erkende expertise", en: "Recognised expertise" },
  "participatie.richtinggevend": { nl: "Richtinggevende inbreng", en: "Directive input" },
};

/**
 * @example constructLabel("rol.coproducent", "nl") // "Rol coproducent"
 * @example constructLabel("inzet actietype", "nl") // "Inzet actietype"
 */
export function constructLabel(construct: string, language: Language): string {
  const known = KNOWN[construct];
  if (known) return known[language];
  return construct.charAt(0).toUpperCase() + construct.slice(1);
}
