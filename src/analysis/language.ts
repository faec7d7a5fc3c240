/** The languages of what users read: Dutch by default, English available. */
export type Language = "nl" | "en";

/** A text in both user languages. */
export interface LocalizedText {
  nl: string;
  en: string;
}
