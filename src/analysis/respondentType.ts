/**
 * Respondent type: the kind of local government behind a network, as seed 001 attributes its
 * quotes ("CS 06" = centrumstad 6, "IGS 01", "Stad05", "Gemeente 01"; domain/SPEC.md §3.2). Used to
 * say who wrote a comment without naming a person.
 */
import { normalizeText } from "./textMatch";

/** The types and their normalised long forms. */
const LONG_FORMS: Record<string, string> = {
  centrumstad: "CS",
  stad: "S",
  gemeente: "G",
  igs: "IGS",
};

// SPEC §3.2: ^(CS|IGS|S|G)\s*-?\s*0*(\d{1,2})$, plus the long forms "Centrumstad 08", "Stad05".
const CODE = /^(CS|IGS|S|G)\s*-?\s*0*(\d{1,3})$/i;
const LONG = /^(centrumstad|stad|gemeente|igs)\s*-?\s*0*(\d{1,3})$/;

/**
 * The type prefix of a respondent code, or null when the text is not such a code.
 *
 * @example respondentTypeFromCode("CS 06") // "CS"
 * @example respondentTypeFromCode("Centrumstad 08") // "CS"
 * @example respondentTypeFromCode("Netwerk Gent") // null
 */
export function respondentTypeFromCode(code: string): string | null {
  const text = code.trim();
  const short = CODE.exec(text);
  if (short) return short[1].toUpperCase();
  const long = LONG.exec(normalizeText(text).replace(/ (?=\d)/, " "));
  return long ? LONG_FORMS[long[1]] : null;
}

/** Normalised headers of a column that holds the respondent type. */
export const RESPONDENT_TYPE_HEADERS = new Set([
  "type",
  "respondenttype",
  "respondent type",
  "type respondent",
  "type resp",
  "resp type",
  "bestuurstype",
  "type bestuur",
  "type gemeente",
  "gemeentetype",
  "organisatietype",
  "type organisatie",
]);

/** True when a header names the respondent type column. */
export function isRespondentTypeHeader(header: string): boolean {
  return RESPONDENT_TYPE_HEADERS.has(normalizeText(header.replace(/_/g, " ")));
}
