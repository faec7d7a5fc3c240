/**
 * Personal columns: columns that hold data about a person (a name, an e-mail address, a phone
 * number, "Ingevuld door"). They are never offered as group columns and never written to a report
 * (GDPR data minimisation: the analysis needs none of them). A column is personal when its header
 * says so, or when most of its values look like e-mail addresses or phone numbers.
 *
 * Why by hand: no library classifies Dutch survey headers; the rules are a short list of words.
 * Reference: GDPR art. 5(1)(c), https://eur-lex.europa.eu/eli/reg/2016/679/oj.
 */
import type { DistinctValues } from "./distinctValues";
import { encodeDistinct } from "./distinctValues";
import { normalizeText } from "./textMatch";

/** Normalised headers (whole header) that name a person or a way to reach one. */
const PERSONAL_HEADERS = new Set([
  "ingevuld door",
  "ingevulddoor",
  "filled in by",
  "naam",
  "name",
  "voornaam",
  "achternaam",
  "familienaam",
  "first name",
  "last name",
  "contactpersoon",
  "contact",
  "contact person",
  "coordinator",
  "naam coordinator",
  "naam contactpersoon",
  "respondent naam",
  "naam respondent",
  "e mail",
  "email",
  "mail",
  "e mailadres",
  "emailadres",
  "mailadres",
  "email address",
  "telefoon",
  "telefoonnummer",
  "tel",
  "gsm",
  "gsm nummer",
  "phone",
  "phone number",
  "mobiel",
]);

/** Words that make a header personal wherever they stand ("E-mail coördinator", "GSM contact"). */
const PERSONAL_WORDS = /\b(e ?mail\w*|telefoon\w*|gsm|phone|ingevuld door|filled in by)\b/;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// A phone number: an optional +, then 8 to 15 digits with spaces, dots, dashes, slashes or brackets.
const PHONE = /^\+?[\d\s./()-]{8,20}$/;
// Dates look like phone numbers to PHONE ("2026-03-01", "01/03/2026"): they are not contact data.
const DATE = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;

/**
 * True when a header names personal data.
 *
 * @example isPersonalHeader("INGEVULD_DOOR") // true
 * @example isPersonalHeader("Naam netwerk") // false (a network, not a person)
 */
export function isPersonalHeader(header: string): boolean {
  const normalized = normalizeText(header.replace(/_/g, " "));
  if (normalized === "") return false;
  return PERSONAL_HEADERS.has(normalized) || PERSONAL_WORDS.test(normalized);
}

/** True when a value looks like an e-mail address or a phone number. */
export function looksLikeContact(value: string): boolean {
  const text = value.trim();
  if (EMAIL.test(text)) return true;
  if (DATE.test(text)) return false;
  if (/^0\d{8,9}$/.test(text)) return true;
  if (!PHONE.test(text) || /^\d+$/.test(text)) return false;
  const digits = text.replace(/\D/g, "").length;
  return digits >= 8 && digits <= 15;
}

/**
 * True when a column holds personal data: by its header, or because at least half of its
 * non-empty values are e-mail addresses or phone numbers.
 *
 * @example isPersonalColumn("Contact", ["an@netwerk.be", "bo@netwerk.be"]) // true
 * @example isPersonalColumn("REGIO", ["Antwerpen", "Gent"]) // false
 */
export function isPersonalColumn(header: string, values: readonly (string | null)[]): boolean {
  return isPersonalDistinct(
    header,
    encodeDistinct(values, (value) => value)
  );
}

/**
 * {@link isPersonalColumn} on a column's distinct values: each different value is tested once and
 * counts as often as it occurs (a group column of 20,000 rows has a handful of values).
 *
 * @example isPersonalDistinct("Contact", encodeDistinct(["an@netwerk.be", "?"], (value) => value)) // true
 */
export function isPersonalDistinct(header: string, distinct: DistinctValues): boolean {
  if (isPersonalHeader(header)) return true;
  let filled = 0;
  let contact = 0;
  distinct.values.forEach((value, index) => {
    const count = distinct.counts[index];
    filled += count;
    if (looksLikeContact(value)) contact += count;
  });
  return filled > 0 && contact * 2 >= filled;
}
